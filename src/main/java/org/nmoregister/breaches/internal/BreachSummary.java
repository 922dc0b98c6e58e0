package org.nmoregister.breaches.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.breaches.check.Conduct;
import org.nmoregister.breaches.check.Outcome;
import org.nmoregister.breaches.investigation.ArrestDecision;
import org.nmoregister.breaches.investigation.CaseOutcome;
import org.nmoregister.breaches.review.Inadequacy;

/**
 * One breach in a list or queue.
 *
 * @param check         the strongest outcome of its incidents' checks
 * @param crimeDue      when the crime record is due
 * @param crimeOverdue  not crimed and the target has passed
 * @param riskLevel     the DASH level once the assessment is completed (STANDARD, MEDIUM, HIGH), else null
 * @param openDirections supervisors' directions not yet answered
 */
public record BreachSummary(UUID id, String reference, UUID orderId, Instant reportedAt, String protectedPerson,
                            String respondentName, List<Conduct> conduct, Outcome check, String crimeReference,
                            Instant crimeDue, boolean crimeOverdue, ArrestDecision arrestDecision,
                            CaseOutcome outcome, String riskLevel, Set<Inadequacy> inadequacies,
                            int openDirections) {
}
