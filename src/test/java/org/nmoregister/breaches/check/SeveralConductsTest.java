package org.nmoregister.breaches.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nmoregister.breaches.check.Outcome.LIKELY_BREACH;
import static org.nmoregister.breaches.check.Outcome.NOT_COVERED;
import static org.nmoregister.breaches.check.Outcome.POSSIBLE_BREACH;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmoregister.breaches.check.BreachAssessment.BlockerFinding;
import org.nmoregister.breaches.check.IncidentAssessment.ConductCheck;
import org.nmoregister.breaches.check.IncidentAssessment.TermVerdict;
import org.nmoregister.terms.Clause.ExceptionKind;
import org.nmoregister.terms.Clause.PlaceKind;
import org.nmoregister.terms.ClauseType;

/**
 * Issue 17: "what the respondent did" can be more than one thing. Each conduct of an incident is judged against every
 * term on its own, with its own means, and the incident's verdict is the most serious of theirs.
 */
class SeveralConductsTest {

    private final BreachChecker checker = new BreachChecker();

    private static final ConductReported CONTACT_BY_TEXT = new ConductReported(Conduct.CONTACT, ContactChannel.TEXT);
    private static final ConductReported APPROACH_IN_PERSON = new ConductReported(Conduct.APPROACH,
            ContactChannel.IN_PERSON);

    private IncidentAssessment check(Reported incident, Orders order, ConductReported... conducts) {
        return checker.checkEach(incident.build(), List.of(conducts), order.history(), Orders.LOCATOR,
                EarlierIncidents.NONE);
    }

    private static ConductCheck of(IncidentAssessment a, Conduct conduct) {
        return a.conducts().stream().filter(c -> c.conduct() == conduct).findFirst().orElseThrow();
    }

    private static List<Blocker> codes(List<BlockerFinding> found) {
        return found.stream().map(BlockerFinding::code).toList();
    }

    /** The example: texted her, then came to the house. Both are breaches, each of its own terms. */
    @Test
    void contactByTextAndGoingToTheHomeAreEachJudgedOnTheirOwnTerms() {
        IncidentAssessment a = check(Reported.of(Conduct.CONTACT).atPlace(PlaceKind.HOME), Orders.standard(),
                CONTACT_BY_TEXT, APPROACH_IN_PERSON);
        assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
        assertThat(a.several()).isTrue();
        assertThat(a.conducts()).extracting(ConductCheck::conduct).containsExactly(Conduct.CONTACT, Conduct.APPROACH);
        BreachAssessment contact = of(a, Conduct.CONTACT).check();
        BreachAssessment approach = of(a, Conduct.APPROACH).check();
        assertThat(contact.outcome()).isEqualTo(LIKELY_BREACH);
        assertThat(approach.outcome()).isEqualTo(LIKELY_BREACH);
        // the contact breaches the contact term (3), the approach the home (6) and the zone (11), not the other's
        assertThat(verdictOf(contact, 3)).isEqualTo(LIKELY_BREACH);
        assertThat(verdictOf(contact, 6)).isEqualTo(NOT_COVERED);
        assertThat(verdictOf(approach, 6)).isEqualTo(LIKELY_BREACH);
        assertThat(verdictOf(approach, 11)).isEqualTo(LIKELY_BREACH);
        assertThat(verdictOf(approach, 3)).isEqualTo(POSSIBLE_BREACH); // in person: contact only if they met
        // the means is each conduct's own: the approach is not "by text message"
        assertThat(approach.terms()).noneMatch(t -> t.reason().contains("text message"));
        assertThat(of(a, Conduct.CONTACT).words()).isEqualTo("Contact by text message");
        assertThat(of(a, Conduct.APPROACH).words()).isEqualTo("Approach in person");
        // each term once, at the most serious verdict any conduct reaches, with that conduct
        assertThat(a.terms()).extracting(t -> t.term().index()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(rolled(a, 3)).isEqualTo(new TermVerdict(term(contact, 3), LIKELY_BREACH, Conduct.CONTACT));
        assertThat(rolled(a, 6)).isEqualTo(new TermVerdict(term(approach, 6), LIKELY_BREACH, Conduct.APPROACH));
        assertThat(a.sharedBlockers()).isEmpty();
        assertThat(a.orderVersion()).isEqualTo(contact.orderVersion()).isEqualTo(1);
        assertThat(a.judgedAt()).isEqualTo(Orders.DURING);
        assertThat(a.statusAtTime()).isEqualTo(contact.statusAtTime()).isNotNull();
    }

    /** One conduct that is a likely breach makes the incident one, whatever an excepted conduct says. */
    @Test
    void anExceptionForOneConductDoesNotCoverTheOther() {
        String handovers = "The respondent must not approach the applicant except for handovers of the children as"
                + " agreed in writing or ordered by the court.";
        IncidentAssessment a = check(Reported.of(Conduct.APPROACH).atPlace(PlaceKind.STREET_OR_AREA)
                        .purpose(ExceptionKind.CHILD_ARRANGEMENTS).saying("Pushed her at the handover"),
                Orders.withTerms(Orders.T1_VIOLENCE, handovers), new ConductReported(Conduct.APPROACH, null),
                new ConductReported(Conduct.VIOLENCE, null));
        assertThat(of(a, Conduct.APPROACH).check().outcome()).isEqualTo(NOT_COVERED);
        assertThat(of(a, Conduct.VIOLENCE).check().outcome()).isEqualTo(LIKELY_BREACH);
        assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
        assertThat(a.sharedBlockers()).isEmpty();
        assertThat(codes(a.ownBlockers(of(a, Conduct.APPROACH)))).containsExactly(Blocker.EXCEPTION_APPLIES);
        assertThat(a.ownBlockers(of(a, Conduct.VIOLENCE))).isEmpty();
        assertThat(of(a, Conduct.APPROACH).words()).isEqualTo("Approach");
    }

    /** What stops any of it being a breach (an unserved order) is said once, and bounds every conduct. */
    @Test
    void anUnservedOrderBlocksEveryConductAndIsSaidOnce() {
        IncidentAssessment a = check(Reported.of(Conduct.CONTACT).atPlace(PlaceKind.HOME),
                Orders.standard().notServed(), CONTACT_BY_TEXT, APPROACH_IN_PERSON);
        assertThat(a.outcome()).isEqualTo(NOT_COVERED);
        assertThat(a.conducts()).allMatch(c -> c.check().outcome() == NOT_COVERED);
        assertThat(codes(a.sharedBlockers())).containsExactly(Blocker.NOT_SERVED_OR_AWARE);
        assertThat(a.conducts()).allMatch(c -> a.ownBlockers(c).isEmpty());
        // a term either conduct would breach alone is held back, and the roll-up says so
        assertThat(rolled(a, 3).verdict()).isEqualTo(NOT_COVERED);
        assertThat(rolled(a, 3).term().result()).isEqualTo(LIKELY_BREACH);
        assertThat(rolled(a, 3).conduct()).isEqualTo(Conduct.CONTACT);
    }

    /** A possible breach and a conduct the order does not cover: possible. */
    @Test
    void thePossibleOutranksTheNotCovered() {
        IncidentAssessment a = check(Reported.of(Conduct.CONTACT), Orders.withTerms(
                "The respondent shall not telephone the applicant."), CONTACT_BY_TEXT,
                new ConductReported(Conduct.PUBLICATION, ContactChannel.SOCIAL_MEDIA));
        assertThat(of(a, Conduct.CONTACT).check().outcome()).isEqualTo(POSSIBLE_BREACH);
        assertThat(of(a, Conduct.PUBLICATION).check().outcome()).isEqualTo(NOT_COVERED);
        assertThat(a.outcome()).isEqualTo(POSSIBLE_BREACH);
        assertThat(rolled(a, 1).conduct()).isEqualTo(Conduct.CONTACT);
        assertThat(rolled(a, 1).verdict()).isEqualTo(POSSIBLE_BREACH);
    }

    /** Someone the order does not protect: the text to them is blocked, the visit to the protected home is not. */
    @Test
    void aPersonBlockerBelongsToTheConductItStops() {
        IncidentAssessment a = check(Reported.of(Conduct.CONTACT).to("Brian Stranger").atPlace(PlaceKind.HOME),
                Orders.withTerms(Orders.T3_CONTACT, Orders.T6_ENTER_HOME), CONTACT_BY_TEXT,
                new ConductReported(Conduct.ENTRY, ContactChannel.IN_PERSON));
        ConductCheck contact = of(a, Conduct.CONTACT);
        ConductCheck entry = of(a, Conduct.ENTRY);
        assertThat(contact.check().outcome()).isEqualTo(NOT_COVERED);
        assertThat(entry.check().outcome()).isEqualTo(LIKELY_BREACH);
        assertThat(a.outcome()).isEqualTo(LIKELY_BREACH);
        assertThat(codes(a.ownBlockers(contact))).containsExactly(Blocker.PROTECTED_PERSON_NOT_COVERED);
        assertThat(a.ownBlockers(entry)).isEmpty();
        assertThat(a.sharedBlockers()).isEmpty();
        // the note that place terms apply to anyone belongs to the entry only
        assertThat(a.ownNotes(entry)).anyMatch(n -> n.contains("terms about a place apply whoever was there"));
        assertThat(a.ownNotes(contact)).noneMatch(n -> n.contains("terms about a place"));
        assertThat(a.sharedNotes()).noneMatch(n -> n.contains("terms about a place"));
        assertThat(a.sharedNotes()).allMatch(n -> a.conducts().stream().allMatch(c -> c.check().notes().contains(n)));
    }

    /** A note about the order (a purpose it does not permit) is the same for every conduct: said once. */
    @Test
    void aNoteAboutTheOrderIsShared() {
        IncidentAssessment a = check(Reported.of(Conduct.CONTACT).purpose(ExceptionKind.CHILD_ARRANGEMENTS),
                Orders.standard(), CONTACT_BY_TEXT, new ConductReported(Conduct.THREAT, ContactChannel.TEXT));
        assertThat(a.sharedNotes()).anyMatch(n -> n.contains("makes no exception"));
        assertThat(a.conducts()).allMatch(c -> a.ownNotes(c).stream().noneMatch(n -> n.contains("makes no exception")));
    }

    /** Every other offence any conduct prompts, once each. */
    @Test
    void otherOffencesAreListedOnceEach() {
        var earlier = new EarlierIncidents(List.of(Orders.DURING.minus(Duration.ofDays(10))),
                List.of(List.of(Conduct.CONTACT)));
        IncidentAssessment a = checker.checkEach(Reported.of(Conduct.VIOLENCE).build(), List.of(
                new ConductReported(Conduct.VIOLENCE, ContactChannel.IN_PERSON),
                new ConductReported(Conduct.DAMAGE, null)), Orders.standard().history(), Orders.LOCATOR, earlier);
        assertThat(a.otherOffences()).extracting(BreachAssessment.OffencePrompt::offence).containsExactly(
                OtherOffence.ASSAULT, OtherOffence.HARASSMENT, OtherOffence.CRIMINAL_DAMAGE);
        assertThat(a.conducts()).allMatch(c -> c.check().otherOffences().stream()
                .anyMatch(o -> o.offence() == OtherOffence.HARASSMENT)); // prompted by both, listed once
    }

    /** One conduct: exactly the check of that conduct, as before incidents could hold several. */
    @Test
    void oneConductIsTheSingleCheck() {
        Incident incident = Reported.contact(ContactChannel.TEXT).build();
        BreachAssessment single = checker.check(incident, Orders.standard().history(), Orders.LOCATOR,
                EarlierIncidents.NONE);
        IncidentAssessment each = checker.checkEach(incident, List.of(CONTACT_BY_TEXT), Orders.standard().history(),
                Orders.LOCATOR, EarlierIncidents.NONE);
        assertThat(each.several()).isFalse();
        assertThat(each.outcome()).isEqualTo(single.outcome());
        assertThat(each.conducts()).singleElement().satisfies(c -> assertThat(c.check()).isEqualTo(single));
        assertThat(each.sharedBlockers()).isEqualTo(single.blockers());
        assertThat(each.sharedNotes()).isEqualTo(single.notes());
        assertThat(each.otherOffences()).isEqualTo(single.otherOffences());
        assertThat(each.terms()).extracting(TermVerdict::term).isEqualTo(single.terms());
    }

    /** No order at all: every conduct says so, and the incident is not covered. */
    @Test
    void noOrderFound() {
        IncidentAssessment a = checker.checkEach(Reported.of(Conduct.CONTACT).build(), List.of(CONTACT_BY_TEXT,
                APPROACH_IN_PERSON), null, Orders.LOCATOR, EarlierIncidents.NONE);
        assertThat(a.outcome()).isEqualTo(NOT_COVERED);
        assertThat(codes(a.sharedBlockers())).containsExactly(Blocker.NO_ORDER_FOUND);
        assertThat(a.orderVersion()).isNull();
        assertThat(a.terms()).isEmpty();
    }

    @Test
    void anIncidentNeedsAConductAndEachKindOnce() {
        Incident incident = Reported.of(Conduct.CONTACT).build();
        var history = Orders.standard().history();
        assertThatThrownBy(() -> checker.checkEach(incident, List.of(), history, Orders.LOCATOR, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> checker.checkEach(incident, null, history, Orders.LOCATOR, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> checker.checkEach(incident, List.of(CONTACT_BY_TEXT,
                new ConductReported(Conduct.CONTACT, ContactChannel.PHONE)), history, Orders.LOCATOR, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("once");
        assertThatThrownBy(() -> checker.checkEach(null, List.of(CONTACT_BY_TEXT), history, Orders.LOCATOR, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ConductReported(null, ContactChannel.TEXT))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new IncidentAssessment(LIKELY_BREACH, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        // a missing place locator or earlier incidents are none
        assertThat(checker.checkEach(incident, List.of(CONTACT_BY_TEXT), history, null, null).outcome())
                .isEqualTo(LIKELY_BREACH);
    }

    /** The roll-up of a term: the more serious verdict wins; on a tie, what the term alone says; then the first. */
    @Test
    void theRollUpOfATermPrefersTheMoreSeriousThenTheFirst() {
        var possible = new BreachAssessment.TermResult(1, ClauseType.CONTACT, POSSIBLE_BREACH, "possible", null);
        var likely = new BreachAssessment.TermResult(1, ClauseType.CONTACT, LIKELY_BREACH, "likely", null);
        var none = new BreachAssessment.TermResult(1, ClauseType.CONTACT, NOT_COVERED, "none", null);
        ConductCheck a = conduct(Conduct.CONTACT, LIKELY_BREACH, possible);
        ConductCheck b = conduct(Conduct.THREAT, LIKELY_BREACH, likely);
        ConductCheck c = conduct(Conduct.APPROACH, LIKELY_BREACH, none);
        assertThat(IncidentAssessment.of(List.of(a, b, c)).terms()).singleElement()
                .isEqualTo(new TermVerdict(likely, LIKELY_BREACH, Conduct.THREAT));
        assertThat(IncidentAssessment.of(List.of(b, a)).terms()).singleElement()
                .isEqualTo(new TermVerdict(likely, LIKELY_BREACH, Conduct.THREAT));
        // held back by a bound: the same verdict, but what the term alone says decides
        ConductCheck heldPossible = conduct(Conduct.CONTACT, NOT_COVERED, possible);
        ConductCheck heldLikely = conduct(Conduct.THREAT, NOT_COVERED, likely);
        assertThat(IncidentAssessment.of(List.of(heldPossible, heldLikely)).terms()).singleElement()
                .isEqualTo(new TermVerdict(likely, NOT_COVERED, Conduct.THREAT));
        ConductCheck otherLikely = conduct(Conduct.HARASSMENT, NOT_COVERED, likely);
        assertThat(IncidentAssessment.of(List.of(heldLikely, otherLikely)).terms()).singleElement()
                .isEqualTo(new TermVerdict(likely, NOT_COVERED, Conduct.THREAT));
        assertThat(IncidentAssessment.of(List.of(c, a)).outcome()).isEqualTo(POSSIBLE_BREACH);
        assertThat(IncidentAssessment.of(List.of(c, b)).outcome()).isEqualTo(LIKELY_BREACH);
    }

    /** Earlier incidents of several conducts count once each, and any presence among them prompts stalking. */
    @Test
    void anEarlierIncidentOfSeveralConductsCountsOnceAndByEachConduct() {
        var earlier = new EarlierIncidents(List.of(Orders.DURING.minus(Duration.ofDays(10))),
                List.of(List.of(Conduct.CONTACT, Conduct.APPROACH)));
        BreachAssessment a = checker.check(Reported.contact(ContactChannel.TEXT).build(), Orders.standard().history(),
                Orders.LOCATOR, earlier);
        String harassment = a.otherOffences().stream().filter(o -> o.offence() == OtherOffence.HARASSMENT)
                .findFirst().orElseThrow().reason();
        assertThat(harassment).contains("second incident").contains("(contact and approach)");
        assertThat(a.otherOffences()).extracting(BreachAssessment.OffencePrompt::offence)
                .contains(OtherOffence.STALKING);
        assertThatThrownBy(() -> new EarlierIncidents(List.of(Orders.DURING), List.of(List.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EarlierIncidents(List.of(Orders.DURING), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void conductInWords() {
        assertThat(new ConductReported(Conduct.THREAT, ContactChannel.PHONE).words()).isEqualTo("A threat by telephone");
        assertThat(new ConductReported(Conduct.ENTRY, null).words()).isEqualTo("Going to or entering a place");
        assertThat(new ConductReported(Conduct.DAMAGE, ContactChannel.VIA_THIRD_PARTY).words())
                .isEqualTo("Damage to property through another person");
        assertThat(new ConductReported(Conduct.VIOLENCE, null).words()).isEqualTo("Violence");
        assertThat(new ConductReported(Conduct.PUBLICATION, ContactChannel.SOCIAL_MEDIA).words())
                .isEqualTo("Publishing by social media");
        assertThat(new ConductReported(Conduct.HARASSMENT, ContactChannel.EMAIL).words())
                .isEqualTo("Harassment by email");
        assertThat(new ConductReported(Conduct.CONTACT, ContactChannel.LETTER).words()).isEqualTo("Contact by letter");
    }

    private static ConductCheck conduct(Conduct conduct, Outcome bound, BreachAssessment.TermResult term) {
        return new ConductCheck(conduct, null, new BreachAssessment(Verdict.headline(bound, List.of(term.result())),
                List.of(), List.of(term), List.of(), 1, null, Orders.DURING, List.of()));
    }

    private static Outcome verdictOf(BreachAssessment a, int index) {
        return a.verdict(term(a, index));
    }

    private static BreachAssessment.TermResult term(BreachAssessment a, int index) {
        return a.terms().stream().filter(t -> t.index() == index).findFirst().orElseThrow();
    }

    private static TermVerdict rolled(IncidentAssessment a, int index) {
        return a.terms().stream().filter(t -> t.term().index() == index).findFirst().orElseThrow();
    }
}
