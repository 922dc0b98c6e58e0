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
                             boolean safetyPlanReviewDue, long version) {

    public boolean isCompleted() {
        return completedAt != null;
    }

    public boolean maracReferralDue() {
        return marac && maracReferredAt == null;
    }
}
