package org.nmoregister.breaches.check;

import java.time.Instant;
import java.util.List;
import org.nmoregister.orders.OrderStatus;
import org.nmoregister.terms.ClauseType;

/**
 * The check's answer for one incident, explained: which order version it was judged against (the one in force when
 * it happened), the blockers found, every term's result with its reason, and the other offences to consider.
 *
 * @param orderVersion   the version judged against, or null when there was no order at the time
 * @param statusAtTime   the order's status when the incident happened, or null
 * @param judgedAt       the instant the order was judged at (the start of the incident's window)
 * @param notes          further points for the officer (a window that straddles service, a later variation)
 */
public record BreachAssessment(Outcome outcome, List<BlockerFinding> blockers, List<TermResult> terms,
                               List<OffencePrompt> otherOffences, Integer orderVersion, OrderStatus statusAtTime,
                               Instant judgedAt, List<String> notes) {

    public BreachAssessment {
        blockers = List.copyOf(blockers);
        terms = List.copyOf(terms);
        otherOffences = List.copyOf(otherOffences);
        notes = List.copyOf(notes);
    }

    /** A blocker with what the check looked for and found. */
    public record BlockerFinding(Blocker code, String explanation) {
    }

    /**
     * One term judged against the incident.
     *
     * @param index          the clause's 1-based position in the order's terms
     * @param distanceMetres how far the incident was from the term's place, when both are located; else null
     */
    public record TermResult(int index, ClauseType type, Outcome result, String reason, Double distanceMetres) {
    }

    /** Another offence to consider, and why. */
    public record OffencePrompt(OtherOffence offence, String reason) {
    }
}
