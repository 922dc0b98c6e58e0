package org.nmoregister.risk.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RiskAssessmentRepository extends JpaRepository<RiskAssessmentEntity, UUID> {

    /**
     * Opens the assessment unless one exists for the source. Two requests for the same breach can race; the unique
     * key decides and neither fails.
     */
    @Modifying
    @Query(value = """
            insert into risk_assessment (id, force_id, source_type, source_id, order_id, victim_name, reason,
                earlier_breaches, question_set, question_set_version, opened_at, opened_by, escalated)
            values (:id, :forceId, :sourceType, :sourceId, :orderId, :victimName, :reason, :earlierBreaches,
                :questionSet, :questionSetVersion, :openedAt, :openedBy, false)
            on conflict (force_id, source_type, source_id) do nothing""", nativeQuery = true)
    int openIfAbsent(UUID id, UUID forceId, String sourceType, UUID sourceId, UUID orderId, String victimName,
                     String reason, int earlierBreaches, String questionSet, String questionSetVersion,
                     Instant openedAt, String openedBy);

    Optional<RiskAssessmentEntity> findByIdAndForceId(UUID id, UUID forceId);

    List<RiskAssessmentEntity> findByForceIdAndCompletedAtIsNullOrderByOpenedAtAsc(UUID forceId);

    long countByForceIdAndCompletedAtIsNull(UUID forceId);

    List<RiskAssessmentEntity> findByForceIdAndMaracRequiredTrueAndMaracReferredAtIsNullOrderByOpenedAtAsc(
            UUID forceId);

    long countByForceIdAndMaracRequiredTrueAndMaracReferredAtIsNull(UUID forceId);

    Optional<RiskAssessmentEntity> findByForceIdAndSourceTypeAndSourceId(UUID forceId, String sourceType, UUID sourceId);

    List<RiskAssessmentEntity> findByForceIdAndSourceTypeAndSourceIdIn(UUID forceId, String sourceType,
                                                                       java.util.Collection<UUID> sourceIds);

    /**
     * Assessments completed HIGH in the period, and every completed one still waiting for its MARAC referral (HIGH,
     * or potential escalation), whenever it was completed.
     */
    @Query("""
            select a from RiskAssessmentEntity a
            where a.forceId = :forceId and a.completedAt < :until
              and ((a.level = org.nmoregister.risk.RiskLevel.HIGH and a.completedAt >= :since)
                   or (a.maracRequired = true and a.maracReferredAt is null))
            order by a.completedAt""")
    List<RiskAssessmentEntity> highRiskForMeeting(UUID forceId, Instant since, Instant until);

    List<RiskAssessmentEntity> findTop100ByForceIdOrderByOpenedAtDesc(UUID forceId);
}
