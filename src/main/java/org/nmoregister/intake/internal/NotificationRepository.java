package org.nmoregister.intake.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.intake.NotificationSource;
import org.nmoregister.intake.NotificationStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<NotificationEntity, UUID> {

    Optional<NotificationEntity> findByIdAndForceId(UUID id, UUID forceId);

    /** The original delivery of a reference (not its changed resends). */
    Optional<NotificationEntity> findByForceIdAndSourceAndExternalReferenceAndCorrectionOfIsNull(
            UUID forceId, NotificationSource source, String externalReference);

    /** Every delivery of a reference, the original first. */
    List<NotificationEntity> findByForceIdAndSourceAndExternalReferenceOrderByReceivedAtAscIdAsc(
            UUID forceId, NotificationSource source, String externalReference);

    List<NotificationEntity> findByCorrectionOfOrderByReceivedAt(UUID correctionOf);

    List<NotificationEntity> findByForceIdAndStatusIn(UUID forceId, Collection<NotificationStatus> statuses);

    long countByForceIdAndStatusIn(UUID forceId, Collection<NotificationStatus> statuses);

    long countByForceIdAndStatusInAndReceivedAtBefore(UUID forceId, Collection<NotificationStatus> statuses,
                                                      Instant receivedBefore);

    List<NotificationEntity> findByForceIdAndReceivedAtAfterOrderByReceivedAtDesc(UUID forceId, Instant after,
                                                                                   Limit limit);
}
