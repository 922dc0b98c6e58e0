package org.nmoregister.breaches;

import java.time.Instant;
import java.time.Period;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The DASH risk assessment a breach opens, as the breach file, the lists and the supervisor's review show it.
 * Breaches defines what it needs and the risk module provides it, so the dependency runs one way (risk on breaches):
 * breaches tells risk of a report by {@link BreachReported}, and reads back only the state of the assessment.
 * Scoped to the signed-in user's force.
 */
public interface BreachRisk {

    /** The assessment opened for the breach; empty until the risk module has opened it. */
    Optional<Assessment> forBreach(UUID reportId);

    /** The assessments of many breaches at once, by report id, for lists. */
    Map<UUID, Assessment> forBreaches(Collection<UUID> reportIds);

    /** How far back an earlier breach counts as a repeat (the risk rules' escalation window). */
    Period repeatWindow();

    /**
     * Where an assessment stands.
     *
     * @param assessmentId null while the assessment is still being opened
     * @param completedAt  null while it is open
     * @param score        the number of "yes" answers; null while open
     * @param level        the level after any override (STANDARD, MEDIUM, HIGH); null while open
     * @param marac        whether a MARAC referral is required
     * @param escalated    whether repeat breaches escalated it
     * @param safetyPlanReviewDue whether the victim's safety plan is still to be reviewed after this breach
     */
    record Assessment(UUID assessmentId, String sourceType, UUID sourceId, Instant openedAt, Instant completedAt,
                      Integer score, String level, boolean marac, boolean escalated, boolean safetyPlanReviewDue) {

        /** The source type a breach's assessment is opened under. */
        public static final String SOURCE = "breach";

        /** The assessment of a breach just reported, which the risk module is still opening. */
        public static Assessment pending(UUID reportId) {
            return new Assessment(null, SOURCE, reportId, null, null, null, null, false, false, true);
        }

        public boolean isCompleted() {
            return completedAt != null;
        }

        public boolean isPending() {
            return assessmentId == null;
        }
    }
}
