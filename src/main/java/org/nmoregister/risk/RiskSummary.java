package org.nmoregister.risk;

import java.time.Instant;
import java.util.UUID;

/**
 * Where an assessment stands.
 *
 * @param completedAt when the assessment was completed; null while it is open
 * @param score       the number of "yes" answers; null while open
 * @param level       the level after any professional-judgement override; null while open
 * @param marac       whether a MARAC referral is required
 * @param escalated   whether repeat breaches escalated it
 * @param safetyPlanReviewDue whether the victim's safety plan is still to be reviewed after this breach
 */
public record RiskSummary(UUID assessmentId, String sourceType, UUID sourceId, Instant openedAt,
                          Instant completedAt, Integer score, RiskLevel level, boolean marac, boolean escalated,
                          boolean safetyPlanReviewDue) {

    public boolean isCompleted() {
        return completedAt != null;
    }
}
