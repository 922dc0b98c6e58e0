package org.nmoregister.risk.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nmoregister.risk.RiskLevel;

/**
 * An assessment as its readers see it. Names the victim, so every read is logged.
 *
 * @param safetyPlanReviewDue whether the victim's safety plan is still to be reviewed after this breach
 * @param corrections         corrections made since completion, oldest first, each with what it said before
 * @param version             the optimistic-lock version; send it back with a change to refuse a stale one
 */
public record AssessmentView(UUID id, String sourceType, UUID sourceId, UUID orderId, String victimName,
                             String reason, int earlierBreaches, String questionSet, String questionSetVersion,
                             Instant openedAt, String openedBy, Instant completedAt, String completedBy,
                             Map<String, DashAnswer> answers, Integer score, RiskLevel computedLevel,
                             RiskLevel overrideLevel, String overrideReason, RiskLevel level, List<String> reasons,
                             boolean potentialEscalation, boolean marac, Instant maracReferredAt,
                             String maracReferredBy, String maracNote, boolean escalated,
                             Instant safetyPlanReviewedAt, String safetyPlanReviewedBy, String safetyPlanNote,
                             boolean safetyPlanReviewDue, List<Correction> corrections, long version) {

    /** A correction of the completed assessment: who, when, why, and the score and level before and after. */
    public record Correction(Instant correctedAt, String correctedBy, String reason, int previousScore,
                             RiskLevel previousLevel, RiskLevel previousOverrideLevel, String previousOverrideReason,
                             int newScore, RiskLevel newLevel) {
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public boolean maracReferralDue() {
        return marac && maracReferredAt == null;
    }
}
