package org.nmoregister.quality.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.quality.QualityStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface QualityReviewRepository extends JpaRepository<QualityReviewEntity, QualityReviewEntity.Key> {

    /**
     * Creates the review unless it exists. The event listener and a user's request can both be first for a version;
     * the database decides, and neither fails.
     */
    @Modifying
    @Query(value = """
            insert into quality_review (order_id, version, force_id, status, findings, error_count, created_at)
            values (:orderId, :version, :forceId, 'PENDING_QA', '[]'::jsonb, 0, :createdAt)
            on conflict (order_id, version) do nothing""", nativeQuery = true)
    int createIfAbsent(UUID orderId, int version, UUID forceId, java.time.Instant createdAt);

    Optional<QualityReviewEntity> findByOrderIdAndVersion(UUID orderId, int version);

    Optional<QualityReviewEntity> findFirstByOrderIdOrderByVersionDesc(UUID orderId);

    List<QualityReviewEntity> findByForceIdAndStatusInOrderByCreatedAtAsc(UUID forceId, List<QualityStatus> statuses);

    long countByForceIdAndStatusIn(UUID forceId, List<QualityStatus> statuses);

    long countByForceIdAndStatusInAndErrorCountGreaterThan(UUID forceId, List<QualityStatus> statuses, int errors);
}
