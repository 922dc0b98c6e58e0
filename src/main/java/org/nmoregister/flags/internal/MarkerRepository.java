package org.nmoregister.flags.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MarkerRepository extends JpaRepository<MarkerEntity, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from MarkerEntity m where m.orderId = :orderId and m.withdrawnAt is null")
    List<MarkerEntity> activeForOrderLocked(UUID orderId);

    List<MarkerEntity> findByOrderIdAndKindOrderByRaisedAtDesc(UUID orderId, org.nmoregister.flags.MarkerKind kind);

    List<MarkerEntity> findByOrderIdAndForceIdOrderByRaisedAtAsc(UUID orderId, UUID forceId);

    @Query("select m from MarkerEntity m where m.withdrawnAt is null and m.expiresAt <= :now order by m.expiresAt")
    List<MarkerEntity> dueForWithdrawal(Instant now);

    @Query("select distinct m.orderId from MarkerEntity m where m.heldByForceId is null")
    List<UUID> ordersEverMarked();

    @Query("select m from MarkerEntity m where m.withdrawnAt is null and m.heldByForceId is null")
    List<MarkerEntity> allActive();

    @Query(value = "select * from marker where changed_at > :since order by changed_at limit 10000", nativeQuery = true)
    List<MarkerEntity> changedSince(Instant since);

    @Query("select m from MarkerEntity m where m.forceId = :forceId and m.withdrawnAt is null and (m.expiresAt is null or m.expiresAt > :now)")
    List<MarkerEntity> activeInForce(UUID forceId, Instant now);
}
