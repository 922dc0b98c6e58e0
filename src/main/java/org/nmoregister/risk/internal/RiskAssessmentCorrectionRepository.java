package org.nmoregister.risk.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RiskAssessmentCorrectionRepository extends JpaRepository<RiskAssessmentCorrectionEntity, UUID> {

    List<RiskAssessmentCorrectionEntity> findByAssessmentIdAndForceIdOrderByCorrectedAt(UUID assessmentId,
                                                                                     UUID forceId);

    List<RiskAssessmentCorrectionEntity> findByForceIdAndAssessmentIdInOrderByCorrectedAt(UUID forceId,
                                                                                        java.util.Collection<UUID> assessmentIds);
}
