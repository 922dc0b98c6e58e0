package org.nmoregister.breaches.web;

import java.time.Instant;
import java.util.List;
import org.nmoregister.breaches.check.BreachAssessment;
import org.nmoregister.breaches.check.IncidentAssessment;

/**
 * The breach check as the API gives it: {@code outcome}, the blocker codes, and every term with its result and
 * reason; with the explanations, other offences to consider, and the version judged against.
 *
 * <p>An incident may hold several conducts (issue 17), each checked on its own: {@code conducts} gives each one's
 * check in full. The top-level fields say the incident as a whole, and for an incident of one conduct they are
 * exactly that conduct's check, as before: {@code outcome} is the most serious of the conducts' outcomes;
 * {@code blockers} and {@code notes} are those every conduct shares (about the order itself); {@code terms} gives each
 * term once, with the most serious verdict any conduct reaches on it and that conduct; {@code otherOffences} is every
 * offence any conduct prompts, once.
 */
record CheckResponse(String outcome, List<String> blockers, List<Blocker> blockerDetails, List<Term> terms,
                     List<Offence> otherOffences, Integer orderVersion, String statusAtTime, Instant judgedAt,
                     List<String> notes, List<ConductCheck> conducts) {

    record Blocker(String code, String explanation) {
    }

    /**
     * @param result         the term's verdict, from the same rule as the headline {@code outcome}
     * @param resultAlone    what the term alone says, before a blocker or uncertainty holds it back (the conduct
     *                       would breach it once, say, service is recorded)
     * @param conduct        the conduct this verdict is for (at the top level: the one that reaches it)
     */
    record Term(int index, String type, String result, String resultAlone, String reason, Double distanceMetres,
                String conduct) {
    }

    record Offence(String offence, String reason) {
    }

    /** One conduct of the incident and its own check against the order. */
    record ConductCheck(String conduct, String channel, String outcome, List<String> blockers,
                        List<Blocker> blockerDetails, List<Term> terms, List<Offence> otherOffences,
                        List<String> notes) {
    }

    static CheckResponse of(IncidentAssessment a) {
        return new CheckResponse(a.outcome().name(),
                a.sharedBlockers().stream().map(b -> b.code().name()).toList(),
                a.sharedBlockers().stream().map(b -> new Blocker(b.code().name(), b.explanation())).toList(),
                a.terms().stream().map(t -> new Term(t.term().index(), name(t.term().type()), t.verdict().name(),
                        t.term().result().name(), t.term().reason(), t.term().distanceMetres(),
                        t.conduct().name())).toList(),
                offences(a.otherOffences()), a.orderVersion(), name(a.statusAtTime()), a.judgedAt(),
                a.sharedNotes(), a.conducts().stream().map(CheckResponse::conduct).toList());
    }

    private static ConductCheck conduct(IncidentAssessment.ConductCheck c) {
        BreachAssessment a = c.check();
        return new ConductCheck(c.conduct().name(), name(c.channel()), a.outcome().name(),
                a.blockers().stream().map(b -> b.code().name()).toList(),
                a.blockers().stream().map(b -> new Blocker(b.code().name(), b.explanation())).toList(),
                a.terms().stream().map(t -> new Term(t.index(), name(t.type()), a.verdict(t).name(),
                        t.result().name(), t.reason(), t.distanceMetres(), c.conduct().name())).toList(),
                offences(a.otherOffences()), a.notes());
    }

    private static List<Offence> offences(List<BreachAssessment.OffencePrompt> prompts) {
        return prompts.stream().map(o -> new Offence(o.offence().name(), o.reason())).toList();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
