package org.nmoregister.risk.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RiskMeetingRepository extends JpaRepository<RiskMeetingEntity, UUID> {

    Optional<RiskMeetingEntity> findByIdAndForceId(UUID id, UUID forceId);

    Optional<RiskMeetingEntity> findFirstByForceIdOrderByHeldAtDesc(UUID forceId);

    List<RiskMeetingEntity> findTop50ByForceIdOrderByHeldAtDesc(UUID forceId);
}
