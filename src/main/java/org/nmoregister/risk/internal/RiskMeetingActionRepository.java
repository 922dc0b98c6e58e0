package org.nmoregister.risk.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RiskMeetingActionRepository extends JpaRepository<RiskMeetingActionEntity, UUID> {

    List<RiskMeetingActionEntity> findByMeetingIdOrderByPosition(UUID meetingId);

    Optional<RiskMeetingActionEntity> findByIdAndMeetingId(UUID id, UUID meetingId);
}
