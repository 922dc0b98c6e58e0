package org.nmoregister.breaches.check;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nmoregister.breaches.check.BreachAssessment.BlockerFinding;
import org.nmoregister.breaches.check.BreachAssessment.OffencePrompt;
import org.nmoregister.breaches.check.BreachAssessment.TermResult;
import org.nmoregister.orders.OrderStatus;

/**
 * The check's answer for an incident that may hold several kinds of conduct: one {@link BreachAssessment} per conduct
 * reported, each judged against every term of the order in force at the time, and the overall verdict from the one
 * rule ({@link Verdict#overall}): the most serious of the conducts' verdicts. What is the same for every conduct (the
 * version judged, the blockers about the order itself, the notes about it) is said once by {@link #sharedBlockers()}
 * and {@link #sharedNotes()}; what belongs to one conduct only by {@link #ownBlockers(ConductCheck)} and
 * {@link #ownNotes(ConductCheck)}.
 *
 * @param outcome  the incident's verdict: the most serious of the conducts' verdicts
 * @param conducts one check per conduct, in the order reported
 */
public record IncidentAssessment(Outcome outcome, List<ConductCheck> conducts) {

    public IncidentAssessment {
        Objects.requireNonNull(outcome, "outcome");
        conducts = List.copyOf(conducts);
        if (conducts.isEmpty()) {
            throw new IllegalArgumentException("an incident has at least one conduct");
        }
    }

    /** The overall verdict of the conducts' checks, by the one rule. */
    public static IncidentAssessment of(List<ConductCheck> conducts) {
        return new IncidentAssessment(Verdict.overall(conducts.stream().map(c -> c.check().outcome()).toList()),
                conducts);
    }

    /** One conduct and its check against the order. */
    public record ConductCheck(Conduct conduct, ContactChannel channel, BreachAssessment check) {

        public ConductCheck {
            Objects.requireNonNull(conduct, "conduct");
            Objects.requireNonNull(check, "check");
        }

        /** What it was, in words: "Contact by text message". */
        public String words() {
            return ConductReported.words(conduct, channel);
        }
    }

    private BreachAssessment first() {
        return conducts.get(0).check();
    }

    /** The order version judged against (the same for every conduct: the one in force when it happened). */
    public Integer orderVersion() {
        return first().orderVersion();
    }

    /** The order's status when it happened. */
    public OrderStatus statusAtTime() {
        return first().statusAtTime();
    }

    /** The instant the order was judged at. */
    public Instant judgedAt() {
        return first().judgedAt();
    }

    /** Whether the incident holds more than one conduct. */
    public boolean several() {
        return conducts.size() > 1;
    }

    /** The blockers that every conduct meets (those about the order: not served, ended, none found). */
    public List<BlockerFinding> sharedBlockers() {
        return first().blockers().stream()
                .filter(b -> conducts.stream().allMatch(c -> c.check().blockers().contains(b))).toList();
    }

    /** The blockers of one conduct that the others do not share (an exception, a person a term does not protect). */
    public List<BlockerFinding> ownBlockers(ConductCheck conduct) {
        List<BlockerFinding> shared = sharedBlockers();
        return conduct.check().blockers().stream().filter(b -> !shared.contains(b)).toList();
    }

    /** The notes every conduct's check makes (about the order at the time, a later variation). */
    public List<String> sharedNotes() {
        return first().notes().stream()
                .filter(n -> conducts.stream().allMatch(c -> c.check().notes().contains(n))).toList();
    }

    /** The notes of one conduct that the others do not share. */
    public List<String> ownNotes(ConductCheck conduct) {
        List<String> shared = sharedNotes();
        return conduct.check().notes().stream().filter(n -> !shared.contains(n)).toList();
    }

    /** Every other offence to consider, once each, with the first reason given for it. */
    public List<OffencePrompt> otherOffences() {
        Map<OtherOffence, OffencePrompt> out = new LinkedHashMap<>();
        conducts.forEach(c -> c.check().otherOffences().forEach(o -> out.putIfAbsent(o.offence(), o)));
        return List.copyOf(out.values());
    }

    /**
     * Each term once, with the most serious verdict any conduct reaches on it and the conduct that reaches it (the
     * first reported, on a tie): what the incident as a whole does to each term.
     */
    public List<TermVerdict> terms() {
        Map<Integer, TermVerdict> out = new LinkedHashMap<>();
        for (ConductCheck c : conducts) {
            for (TermResult t : c.check().terms()) {
                TermVerdict candidate = new TermVerdict(t, c.check().verdict(t), c.conduct());
                TermVerdict held = out.get(t.index());
                if (held == null || Verdict.moreSerious(candidate.verdict(), held.verdict())
                        || candidate.verdict() == held.verdict()
                        && Verdict.moreSerious(t.result(), held.term().result())) {
                    out.put(t.index(), candidate);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** A term, its verdict for the incident, and the conduct that gives it. */
    public record TermVerdict(TermResult term, Outcome verdict, Conduct conduct) {
    }
}
