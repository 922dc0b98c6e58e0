package org.nmoregister.breaches.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nmoregister.breaches.check.Outcome.LIKELY_BREACH;
import static org.nmoregister.breaches.check.Outcome.NOT_COVERED;
import static org.nmoregister.breaches.check.Outcome.POSSIBLE_BREACH;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nmoregister.breaches.check.BreachAssessment.TermResult;
import org.nmoregister.terms.ClauseType;

/** The headline and each term's verdict come from one rule, so they agree (issue 17: "Not covered" over "Possible"). */
class VerdictTest {

    @ParameterizedTest(name = "blocked={0} uncertain={1} -> {2}")
    @CsvSource({"true,false,NOT_COVERED", "true,true,NOT_COVERED", "false,true,POSSIBLE_BREACH",
            "false,false,LIKELY_BREACH"})
    void theBoundComesFromBlockersThenUncertainty(boolean blocked, boolean uncertain, Outcome bound) {
        assertThat(Verdict.bound(blocked, uncertain)).isEqualTo(bound);
    }

    @ParameterizedTest(name = "bound {0}, term alone {1} -> {2}")
    @CsvSource({
            "LIKELY_BREACH,LIKELY_BREACH,LIKELY_BREACH", "LIKELY_BREACH,POSSIBLE_BREACH,POSSIBLE_BREACH",
            "LIKELY_BREACH,NOT_COVERED,NOT_COVERED", "POSSIBLE_BREACH,LIKELY_BREACH,POSSIBLE_BREACH",
            "POSSIBLE_BREACH,POSSIBLE_BREACH,POSSIBLE_BREACH", "POSSIBLE_BREACH,NOT_COVERED,NOT_COVERED",
            "NOT_COVERED,LIKELY_BREACH,NOT_COVERED", "NOT_COVERED,POSSIBLE_BREACH,NOT_COVERED",
            "NOT_COVERED,NOT_COVERED,NOT_COVERED"})
    void aTermIsNeverMoreSeriousThanTheBound(Outcome bound, Outcome alone, Outcome verdict) {
        assertThat(Verdict.term(bound, alone)).isEqualTo(verdict);
    }

    @Test
    void theHeadlineIsTheMostSeriousTermVerdict() {
        assertThat(Verdict.headline(LIKELY_BREACH, List.of(NOT_COVERED, POSSIBLE_BREACH, LIKELY_BREACH)))
                .isEqualTo(LIKELY_BREACH);
        assertThat(Verdict.headline(LIKELY_BREACH, List.of(POSSIBLE_BREACH, NOT_COVERED))).isEqualTo(POSSIBLE_BREACH);
        assertThat(Verdict.headline(POSSIBLE_BREACH, List.of(LIKELY_BREACH))).isEqualTo(POSSIBLE_BREACH);
        assertThat(Verdict.headline(NOT_COVERED, List.of(LIKELY_BREACH, POSSIBLE_BREACH))).isEqualTo(NOT_COVERED);
        assertThat(Verdict.headline(LIKELY_BREACH, List.of())).isEqualTo(NOT_COVERED);
        assertThat(Verdict.headline(LIKELY_BREACH, List.of(NOT_COVERED, NOT_COVERED))).isEqualTo(NOT_COVERED);
    }

    /** An incident of several conducts: the most serious conduct's verdict; none is not covered. */
    @Test
    void theOverallVerdictIsTheMostSeriousConduct() {
        assertThat(Verdict.overall(List.of(NOT_COVERED, LIKELY_BREACH, POSSIBLE_BREACH))).isEqualTo(LIKELY_BREACH);
        assertThat(Verdict.overall(List.of(NOT_COVERED, POSSIBLE_BREACH))).isEqualTo(POSSIBLE_BREACH);
        assertThat(Verdict.overall(List.of(POSSIBLE_BREACH, NOT_COVERED))).isEqualTo(POSSIBLE_BREACH);
        assertThat(Verdict.overall(List.of(NOT_COVERED, NOT_COVERED))).isEqualTo(NOT_COVERED);
        assertThat(Verdict.overall(List.of(LIKELY_BREACH))).isEqualTo(LIKELY_BREACH);
        assertThat(Verdict.overall(List.of())).isEqualTo(NOT_COVERED);
    }

    @Test
    void seriousnessRunsLikelyPossibleNotCovered() {
        assertThat(Verdict.moreSerious(LIKELY_BREACH, POSSIBLE_BREACH)).isTrue();
        assertThat(Verdict.moreSerious(POSSIBLE_BREACH, NOT_COVERED)).isTrue();
        assertThat(Verdict.moreSerious(POSSIBLE_BREACH, POSSIBLE_BREACH)).isFalse();
        assertThat(Verdict.moreSerious(NOT_COVERED, LIKELY_BREACH)).isFalse();
    }

    /** The case: an unserved order. The headline says not covered and so does every term. */
    @Test
    void anUnservedOrderSaysNotCoveredAtTheTopAndOnEveryTerm() {
        BreachAssessment a = new BreachChecker().check(Reported.of(Conduct.VIOLENCE).build(),
                Orders.standard().notServed().history(), Orders.LOCATOR, EarlierIncidents.NONE);
        assertThat(a.outcome()).isEqualTo(NOT_COVERED);
        assertThat(a.terms()).anyMatch(t -> t.result() == LIKELY_BREACH);
        assertThat(a.terms()).allMatch(t -> a.verdict(t) == NOT_COVERED);
        TermResult held = a.terms().stream().filter(t -> t.result() == LIKELY_BREACH).findFirst().orElseThrow();
        assertThat(a.heldBack(held)).isTrue();
        assertThat(a.termsThatApply()).contains(held);
        assertThat(a.termsThatDoNotApply()).allMatch(t -> t.result() == NOT_COVERED).doesNotContain(held);
    }

    /** A check stored before the rule (term results unbounded) reads the same way through the headline. */
    @Test
    void aStoredAssessmentIsReadThroughItsHeadline() {
        TermResult contact = new TermResult(1, ClauseType.CONTACT, POSSIBLE_BREACH, "Term 1 forbids contact.", null);
        TermResult place = new TermResult(2, ClauseType.ENTRY, NOT_COVERED, "Term 2 is about the home.", null);
        BreachAssessment stored = new BreachAssessment(NOT_COVERED, List.of(), List.of(contact, place), List.of(),
                1, null, Instant.parse("2026-03-01T10:00:00Z"), List.of());
        assertThat(stored.verdict(contact)).isEqualTo(NOT_COVERED);
        assertThat(stored.heldBack(contact)).isTrue();
        assertThat(stored.heldBack(place)).isFalse();
        BreachAssessment possible = new BreachAssessment(POSSIBLE_BREACH, List.of(), List.of(contact, place),
                List.of(), 1, null, Instant.parse("2026-03-01T10:00:00Z"), List.of());
        assertThat(possible.verdict(contact)).isEqualTo(POSSIBLE_BREACH);
        assertThat(possible.heldBack(contact)).isFalse();
    }
}
