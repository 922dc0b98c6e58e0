package org.nmoregister.quality.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LiaisonRequestRepository extends JpaRepository<LiaisonRequestEntity, UUID> {

    Optional<LiaisonRequestEntity> findByIdAndForceId(UUID id, UUID forceId);

    List<LiaisonRequestEntity> findByOrderIdOrderByRaisedAtDesc(UUID orderId);

    boolean existsByOrderIdAndStatus(UUID orderId, LiaisonRequestEntity.Status status);

    boolean existsByOrderIdAndKindAndStatus(UUID orderId, org.nmoregister.quality.LiaisonKind kind,
                                            LiaisonRequestEntity.Status status);

    List<LiaisonRequestEntity> findByForceIdAndStatusOrderByDueAtAsc(UUID forceId, LiaisonRequestEntity.Status status);

    long countByForceIdAndStatus(UUID forceId, LiaisonRequestEntity.Status status);

    long countByForceIdAndStatusAndDueAtBefore(UUID forceId, LiaisonRequestEntity.Status status, Instant now);

    List<LiaisonRequestEntity> findByStatusAndDueAtBefore(LiaisonRequestEntity.Status status, Instant now);
}
