package org.nmoregister.breaches.web;

import java.time.Instant;
import java.util.List;
import org.nmoregister.breaches.check.BreachAssessment;

/**
 * The breach check as the API gives it: {@code outcome}, the blocker codes, and every term with its result and
 * reason; with the explanations, other offences to consider, and the version judged against.
 */
record CheckResponse(String outcome, List<String> blockers, List<Blocker> blockerDetails, List<Term> terms,
                     List<Offence> otherOffences, Integer orderVersion, String statusAtTime, Instant judgedAt,
                     List<String> notes) {

    record Blocker(String code, String explanation) {
    }

    /**
     * @param result         the term's verdict, from the same rule as the headline {@code outcome}
     * @param resultAlone    what the term alone says, before a blocker or uncertainty holds it back (the conduct
     *                       would breach it once, say, service is recorded)
     */
    record Term(int index, String type, String result, String resultAlone, String reason, Double distanceMetres) {
    }

    record Offence(String offence, String reason) {
    }

    static CheckResponse of(BreachAssessment a) {
        return new CheckResponse(a.outcome().name(),
                a.blockers().stream().map(b -> b.code().name()).toList(),
                a.blockers().stream().map(b -> new Blocker(b.code().name(), b.explanation())).toList(),
                a.terms().stream().map(t -> new Term(t.index(), t.type() == null ? null : t.type().name(),
                        a.verdict(t).name(), t.result().name(), t.reason(), t.distanceMetres())).toList(),
                a.otherOffences().stream().map(o -> new Offence(o.offence().name(), o.reason())).toList(),
                a.orderVersion(), a.statusAtTime() == null ? null : a.statusAtTime().name(), a.judgedAt(),
                a.notes());
    }
}
