package org.nmoregister.transfers.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TransferRepository extends JpaRepository<TransferEntity, UUID> {

    /** A request the force sent or received; another force's is not found. */
    @Query("select t from TransferEntity t where t.id = :id and (t.fromForceId = :forceId or t.toForceId = :forceId)")
    Optional<TransferEntity> findForForce(UUID id, UUID forceId);

    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from TransferEntity t where t.id = :id and (t.fromForceId = :forceId or t.toForceId = :forceId)")
    Optional<TransferEntity> findForForceLocked(UUID id, UUID forceId);

    @Query("""
            select t from TransferEntity t where (:incoming = true and t.toForceId = :forceId
                or :outgoing = true and t.fromForceId = :forceId) and (:status is null or t.status = :status)
            order by t.requestedAt desc, t.id""")
    List<TransferEntity> list(UUID forceId, boolean incoming, boolean outgoing, TransferStatus status,
                              Pageable page);

    @Query("""
            select count(t) from TransferEntity t where (:incoming = true and t.toForceId = :forceId
                or :outgoing = true and t.fromForceId = :forceId) and (:status is null or t.status = :status)""")
    long count(UUID forceId, boolean incoming, boolean outgoing, TransferStatus status);

    /** The force's transfers of an order (either way), newest first: for the order's page. */
    @Query("""
            select t from TransferEntity t where t.orderId = :orderId
              and (t.fromForceId = :forceId or t.toForceId = :forceId) order by t.requestedAt desc""")
    List<TransferEntity> ofOrder(UUID orderId, UUID forceId);

    /** Pending requests not yet escalated, made before {@code before} (the job checks the working days). */
    @Query("""
            select t from TransferEntity t where t.status = 'PENDING' and t.escalatedAt is null
              and t.requestedAt < :before order by t.requestedAt""")
    List<TransferEntity> pendingNotEscalatedBefore(Instant before);
}
