package org.nmoregister.quality.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.quality.QualityStatus;
import org.springframework.data.jpa.repository.JpaRepository;

interface QualityReviewRepository extends JpaRepository<QualityReviewEntity, QualityReviewEntity.Key> {

    Optional<QualityReviewEntity> findByOrderIdAndVersion(UUID orderId, int version);

    Optional<QualityReviewEntity> findFirstByOrderIdOrderByVersionDesc(UUID orderId);

    List<QualityReviewEntity> findByForceIdAndStatusInOrderByCreatedAtAsc(UUID forceId, List<QualityStatus> statuses);
}
