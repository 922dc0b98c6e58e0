package org.nmoregister.breaches.check;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nmoregister.breaches.check.BreachAssessment.BlockerFinding;
import org.nmoregister.breaches.check.BreachAssessment.TermResult;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.OrderStatus;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.OrderStatusRule;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.Term;
import org.nmoregister.terms.Clause;

/**
 * Judges an incident against the order version in force when it happened. Stateless and thread-safe.
 *
 * <p>The steps: find the version in force at the start of the incident's window (never today's); say what stops the
 * conduct being a breach at all (no order, not yet made, expired, discharged, not served or aware, an undertaking);
 * judge every term (see {@code TermJudge}); find whom the conduct targeted and whether any relevant term protects
 * them; apply the order's exceptions; and list the other offences to consider. Where the window straddles the
 * making, service, expiry or discharge of the order, or awareness is claimed but not recorded, the outcome is at
 * most {@link Outcome#POSSIBLE_BREACH}. See docs/breach-check.md.
 */
public final class BreachChecker {

    /**
     * Judges an incident in which the respondent did several things (contact by text and going to the home, say):
     * each conduct is checked on its own against every term, as {@link #check} does, and the incident's verdict is
     * the most serious of theirs ({@link Verdict#overall}).
     *
     * @param incident when, to whom, where and how it was reported; its own conduct and channel are not used
     * @param conducts what the respondent did, at least one, each kind once
     */
    public IncidentAssessment checkEach(Incident incident, List<ConductReported> conducts, OrderHistory order,
                                        PlaceLocator places, EarlierIncidents earlier) {
        Objects.requireNonNull(incident, "incident");
        if (conducts == null || conducts.isEmpty()) {
            throw new IllegalArgumentException("at least one conduct");
        }
        if (conducts.stream().map(ConductReported::conduct).distinct().count() != conducts.size()) {
            throw new IllegalArgumentException("each kind of conduct once");
        }
        return IncidentAssessment.of(conducts.stream().map(c -> new IncidentAssessment.ConductCheck(c.conduct(),
                c.channel(), check(incident.as(c), order, places, earlier))).toList());
    }

    /**
     * @param incident the incident reported
     * @param order    the order's history; null when no order was found
     * @param places   locates the places the order's terms name
     * @param earlier  earlier incidents between the same people, for course-of-conduct prompts
     */
    public BreachAssessment check(Incident incident, OrderHistory order, PlaceLocator places,
                                  EarlierIncidents earlier) {
        Objects.requireNonNull(incident, "incident");
        places = places == null ? PlaceLocator.NONE : places;
        earlier = earlier == null ? EarlierIncidents.NONE : earlier;
        Instant from = incident.occurredFrom();
        Instant until = incident.occurredUntil();
        List<BlockerFinding> blockers = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (order == null) {
            blockers.add(new BlockerFinding(Blocker.NO_ORDER_FOUND, "No order was found between these people, so"
                    + " there is nothing to breach. Check the court's records and the Police National Computer"
                    + " before ruling it out."));
            return new BreachAssessment(Outcome.NOT_COVERED, blockers, List.of(),
                    OffencePrompter.prompts(incident, earlier, null), null, null, from, notes);
        }
        Optional<OrderSnapshot> atStart = order.at(from);
        Optional<OrderSnapshot> atEnd = until.equals(from) ? atStart : order.at(until);
        boolean uncertain = false;
        OrderSnapshot snap;
        if (atStart.isEmpty()) {
            if (atEnd.isEmpty()) {
                blockers.add(new BlockerFinding(Blocker.ORDER_NOT_YET_MADE, "The order had not been made when this"
                        + " happened (" + Wording.when(from) + (until.equals(from) ? "" : " to " + Wording.when(until))
                        + "). Conduct before an order is made cannot breach it."));
                return new BreachAssessment(Outcome.NOT_COVERED, blockers, List.of(),
                        OffencePrompter.prompts(incident, earlier, null), null, null, from, notes);
            }
            snap = atEnd.get();
            uncertain = true;
            notes.add("The order was made at " + Wording.when(snap.details().madeAt()) + ", within the incident's"
                    + " window (" + Wording.when(from) + " to " + Wording.when(until) + "): only conduct after it"
                    + " was made can breach it. Establish when it happened. Judged on version " + snap.version()
                    + ", the order as made.");
        } else {
            snap = atStart.get();
        }
        OrderDetails details = snap.details();
        OrderStatus status = atStart.map(OrderSnapshot::status).orElse(null);
        OrderStatus effective = snap.status();
        OrderStatus endStatus = atEnd.map(OrderSnapshot::status).orElse(effective);

        List<ServiceRecord> service = knownService(atStart, atEnd, order.latest());
        switch (effective) {
            case DISCHARGED -> blockers.add(new BlockerFinding(Blocker.ORDER_DISCHARGED, "The court discharged the"
                    + " order at " + Wording.when(details.dischargedAt()) + ", before this happened ("
                    + Wording.relative(details.dischargedAt(), from) + "). A discharged order cannot be breached."));
            case EXPIRED -> {
                Instant end = OrderStatusRule.endOf(details).orElse(null);
                blockers.add(new BlockerFinding(Blocker.ORDER_EXPIRED, "The order expired at " + Wording.when(end)
                        + (end == null ? "" : ", " + Wording.relative(end, from)) + ". An order that has ended"
                        + " cannot be breached; check whether it was extended (FL403) before relying on this."));
            }
            case PENDING_SERVICE -> {
                if (endStatus == OrderStatus.IN_FORCE) {
                    uncertain = true;
                    Instant served = firstService(service).map(ServiceRecord::servedAt).orElse(null);
                    notes.add("The respondent was served or made aware at " + Wording.when(served) + ", within the"
                            + " incident's window (" + Wording.when(from) + " to " + Wording.when(until) + "): only"
                            + " conduct after that can breach the order. Establish when it happened.");
                } else if (incident.awarenessEvidence() != null && !incident.awarenessEvidence().isBlank()) {
                    uncertain = true;
                    notes.add("The order is not recorded as served, but awareness is reported (\""
                            + incident.awarenessEvidence().strip() + "\"). " + (details.withoutNotice()
                            ? "It was made without notice, so it binds the respondent only once they are aware of"
                            + " it. " : "") + "The officer must verify that the respondent knew of the order and"
                            + " its terms before this happened, and record the awareness on the order (made aware"
                            + " by other means) with its evidence. Until then this is at most a possible breach.");
                } else {
                    blockers.add(new BlockerFinding(Blocker.NOT_SERVED_OR_AWARE, notServed(details, service, from)));
                }
            }
            case IN_FORCE -> firstService(service).filter(s -> !s.servedAt().isAfter(from)).ifPresent(s -> {
                if (s.method() == ServiceMethod.MADE_AWARE_OTHER_MEANS) {
                    notes.add("The respondent was not served before this but was made aware of the order at "
                            + Wording.when(s.servedAt()) + (s.servedBy() == null ? "" : " by " + s.servedBy())
                            + ", which is enough for it to bind them (FLA 1996 s.42A(2)). Keep the evidence of"
                            + " that awareness" + (s.proofDocument() == null ? "" : " (" + s.proofDocument() + ")")
                            + " with the case.");
                }
            });
        }
        if (effective == OrderStatus.IN_FORCE || effective == OrderStatus.PENDING_SERVICE) {
            if (endStatus == OrderStatus.EXPIRED || endStatus == OrderStatus.DISCHARGED) {
                uncertain = true;
                Instant end = endStatus == OrderStatus.DISCHARGED ? atEnd.get().details().dischargedAt()
                        : OrderStatusRule.endOf(atEnd.get().details()).orElse(null);
                notes.add("The order " + (endStatus == OrderStatus.DISCHARGED ? "was discharged" : "expired")
                        + " at " + Wording.when(end) + ", within the incident's window: only conduct before then"
                        + " can breach it. Establish when it happened.");
            }
        }
        if (details.orderType() != null && details.orderType() != OrderType.UNDERTAKING
                && !details.orderType().breachIsOffence()) {
            notes.add("Breaking " + (details.orderType() == OrderType.DAPN ? "a domestic abuse protection notice"
                    : "an occupation order") + " is not itself a criminal offence: "
                    + (details.orderType() == OrderType.DAPN ? "the respondent may be arrested and must be brought "
                    + "before the magistrates' court, which may make a DAPO" : "it is contempt of court (arrest only "
                    + "under a power of arrest attached to the order)") + "; consider other offences.");
        }
        if (details.orderType() == OrderType.UNDERTAKING) {
            blockers.add(new BlockerFinding(Blocker.UNDERTAKING_ONLY, "This is an undertaking (a promise to the"
                    + " court, form N117), not an order: breaking it is contempt of court, for the applicant or"
                    + " the court to enforce, not the s.42A offence. There is no power to arrest for the offence;"
                    + " consider other offences and tell the applicant and the court."));
        }
        varied(atStart, atEnd, order.latest(), snap, notes);

        // the terms
        ClauseLabels labels = ClauseLabels.of(snap.clauses());
        PersonMatcher.Target target = PersonMatcher.resolve(incident.protectedPerson(), details);
        if (!target.ambiguity().isEmpty()) {
            notes.add("\"" + target.reported() + "\" could mean " + target.describe() + " or "
                    + String.join(", ", target.ambiguity()) + ": judged as " + target.describe() + "; confirm.");
        }
        TermJudge judge = new TermJudge(incident, details, places, target, labels.clauses(), labels);
        List<TermJudge.Judgement> judged = judge.judgeAll();
        List<TermResult> results = judged.stream().map(TermJudge.Judgement::result).toList();
        int best = judged.stream().mapToInt(TermJudge.Judgement::level).max().orElse(TermJudge.NOT_COVERED);

        if (best == TermJudge.NOT_COVERED) {
            boolean excepted = judged.stream().anyMatch(TermJudge.Judgement::excepted);
            boolean personRejected = judged.stream().anyMatch(TermJudge.Judgement::personRejected);
            if (excepted) {
                blockers.add(new BlockerFinding(Blocker.EXCEPTION_APPLIES, "Every term the conduct would otherwise"
                        + " breach permits it: " + String.join(" ", judged.stream()
                        .filter(TermJudge.Judgement::excepted).map(j -> j.result().reason()).toList())));
            } else if (target.role() == PersonMatcher.Role.NOT_ON_ORDER || personRejected) {
                blockers.add(new BlockerFinding(Blocker.PROTECTED_PERSON_NOT_COVERED, personExplanation(target,
                        judged)));
            }
        } else if (target.role() == PersonMatcher.Role.NOT_ON_ORDER) {
            notes.add(ClauseLabels.cap(target.describe()) + " is not protected by the order, but terms about a"
                    + " place apply whoever was there.");
        }
        if (incident.purpose() != null && !judge.orderHasException(incident.purpose())) {
            notes.add("The respondent says this was for " + Wording.lower(incident.purpose()) + ", but the order"
                    + " (version " + snap.version() + ") makes no exception for that: the claim does not stop it"
                    + " being a breach, though it may go to reasonable excuse.");
        } else if (incident.purpose() == null) {
            for (Clause.ExceptionKind hinted : judge.hintedPurposes()) {
                if (judge.orderHasException(hinted)) {
                    notes.add("The description mentions " + Wording.lower(hinted) + " and the order permits some"
                            + " conduct for it: record the purpose the respondent gives, if any, and check it.");
                }
            }
        }

        boolean blocked = blockers.stream().anyMatch(b -> b.code().blocksBreach());
        // the headline and every term's verdict come from the one rule (Verdict), so they agree
        Outcome outcome = Verdict.headline(Verdict.bound(blocked, uncertain),
                results.stream().map(TermResult::result).toList());
        return new BreachAssessment(outcome, blockers, results,
                OffencePrompter.prompts(incident, earlier, details.relationship()), snap.version(), status, from,
                notes);
    }

    private static String personExplanation(PersonMatcher.Target target, List<TermJudge.Judgement> judged) {
        if (target.role() == PersonMatcher.Role.NOT_ON_ORDER) {
            return "The person targeted, \"" + target.reported() + "\", is not named on the order (looked for the"
                    + " applicant, the other protected people and the children, with their aliases), and no term"
                    + " about a place applies. Check whether they are known by another name.";
        }
        return "The terms about this conduct do not protect " + target.describe() + ": " + String.join(" ",
                judged.stream().filter(TermJudge.Judgement::personRejected).map(j -> j.result().reason()).toList());
    }

    private static String notServed(OrderDetails details, List<ServiceRecord> service, Instant from) {
        StringBuilder text = new StringBuilder("Looked for a record of service on, or awareness by, the"
                + " respondent before " + Wording.when(from) + " and found none");
        if (service.isEmpty()) {
            text.append(": no service or awareness is recorded at all.");
        } else {
            text.append(". Records found: ");
            text.append(String.join("; ", service.stream().map(s -> s.method().label().toLowerCase(java.util.Locale.ROOT) + " at "
                    + Wording.when(s.servedAt()) + " (" + Wording.relative(s.servedAt(), from) + ")").toList()));
            text.append(".");
        }
        text.append(" An order binds the respondent only once served or made aware of it (FLA 1996 s.42A(2))");
        text.append(details.withoutNotice() ? "; this one was made without notice." : ".");
        text.append(" If they knew of it by other means (told by an officer, at the hearing), record that with its"
                + " evidence and check again.");
        return text.toString();
    }

    /** Every service record the versions seen hold, earliest first, without repeats. */
    private static List<ServiceRecord> knownService(Optional<OrderSnapshot> a, Optional<OrderSnapshot> b,
                                                    Optional<OrderSnapshot> latest) {
        Map<String, ServiceRecord> out = new LinkedHashMap<>();
        for (Optional<OrderSnapshot> s : List.of(a, b, latest)) {
            s.ifPresent(snap -> snap.details().service().stream().filter(r -> r.servedAt() != null)
                    .forEach(r -> out.putIfAbsent(r.servedAt() + "|" + r.method(), r)));
        }
        return out.values().stream().sorted(Comparator.comparing(ServiceRecord::servedAt)).toList();
    }

    private static Optional<ServiceRecord> firstService(List<ServiceRecord> service) {
        return service.stream().findFirst();
    }

    private static void varied(Optional<OrderSnapshot> atStart, Optional<OrderSnapshot> atEnd,
                               Optional<OrderSnapshot> latest, OrderSnapshot judged, List<String> notes) {
        if (atStart.isPresent() && atEnd.isPresent() && atEnd.get().version() != judged.version()
                && !sameTerms(atEnd.get(), judged)) {
            notes.add("The order's terms changed during the incident's window (version " + judged.version()
                    + " to version " + atEnd.get().version() + " from " + Wording.when(atEnd.get().effectiveFrom())
                    + "): judged on version " + judged.version() + "; " + termChanges(judged, atEnd.get())
                    + " Establish when the conduct happened.");
        }
        OrderSnapshot last = atEnd.orElse(judged);
        latest.filter(l -> l.version() != last.version() && !sameTerms(l, judged)).ifPresent(l -> notes.add(
                "The order has been varied since (version " + l.version() + " from "
                        + Wording.when(l.effectiveFrom()) + "); this incident is judged on the terms in force when"
                        + " it happened (version " + judged.version() + "), not today's: " + termChanges(judged, l)));
    }

    private static boolean sameTerms(OrderSnapshot a, OrderSnapshot b) {
        return texts(a).equals(texts(b));
    }

    private static List<String> texts(OrderSnapshot s) {
        return s.details().terms().stream().sorted(Comparator.comparingInt(Term::number))
                .map(t -> t.text() == null ? "" : t.text().strip()).toList();
    }

    private static String termChanges(OrderSnapshot then, OrderSnapshot later) {
        List<String> before = texts(then);
        List<String> after = texts(later);
        List<String> parts = new ArrayList<>();
        long added = after.stream().filter(t -> !before.contains(t)).count();
        long removed = before.stream().filter(t -> !after.contains(t)).count();
        if (added > 0) {
            parts.add(added + " term" + (added == 1 ? "" : "s") + " added or reworded later (not applied here)");
        }
        if (removed > 0) {
            parts.add(removed + " term" + (removed == 1 ? "" : "s") + " in force then since removed or reworded"
                    + " (still applied here)");
        }
        return parts.isEmpty() ? "the terms are the same." : String.join("; ", parts) + ".";
    }
}
