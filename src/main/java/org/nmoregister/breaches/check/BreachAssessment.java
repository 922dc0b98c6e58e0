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

    /**
     * What the check says of one term: what the term alone says, no more serious than the headline allows
     * ({@link Verdict}). For an assessment stored before the rule existed, the headline is the bound it was computed
     * under, so the stored rows read the same way.
     */
    public Outcome verdict(TermResult term) {
        return Verdict.term(outcome, term.result());
    }

    /** Whether a term would breach the order but for what bounds the headline (a blocker, an uncertainty). */
    public boolean heldBack(TermResult term) {
        return verdict(term) != term.result();
    }

    /** The terms the conduct bears on at all (the others fold away on the page). */
    public List<TermResult> termsThatApply() {
        return terms.stream().filter(t -> t.result() != Outcome.NOT_COVERED).toList();
    }

    /** The terms that do not bear on the conduct. */
    public List<TermResult> termsThatDoNotApply() {
        return terms.stream().filter(t -> t.result() == Outcome.NOT_COVERED).toList();
    }

    /** A blocker with what the check looked for and found. */
    public record BlockerFinding(Blocker code, String explanation) {
    }

    /**
     * One term judged against the incident.
     *
     * @param index          the clause's 1-based position in the order's terms
     * @param result         what this term alone says of the conduct, before any blocker or uncertainty; the verdict
     *                       shown is {@link BreachAssessment#verdict(TermResult)}
     * @param distanceMetres how far the incident was from the term's place, when both are located; else null
     */
    public record TermResult(int index, ClauseType type, Outcome result, String reason, Double distanceMetres) {
    }

    /** Another offence to consider, and why. */
    public record OffencePrompt(OtherOffence offence, String reason) {
    }
}
