package org.nmoregister.flags.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmoregister.flags.MarkerKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.Term;
import org.nmoregister.terms.TermsChecker;

class MarkerPlanTest {

    final OrderDetails order = OrderFixtures.withoutNoticeNmo("LS26F00001", Instant.parse("2026-11-02T10:30:00Z"));

    @Test
    void theRespondentIsTheSubjectAndEveryProtectedPersonAndPlaceIsMarked() {
        List<DesiredMarker> planned = plan(order);
        assertThat(planned).extracting(DesiredMarker::kind, DesiredMarker::partyRole, DesiredMarker::personName)
                .contains(tuple(MarkerKind.SUBJECT, "RESPONDENT", "John Smith"),
                        tuple(MarkerKind.PROTECTED_PERSON, "APPLICANT", "Jane Smith"),
                        tuple(MarkerKind.PROTECTED_PERSON, "CHILD", "Amy Smith"));
        List<DesiredMarker> places = places(planned);
        assertThat(places).hasSize(1);
        assertThat(places.get(0).postcode()).isEqualTo("LS6 2AB");
        assertThat(places.get(0).confidential()).as("the applicant's address is held under C8").isTrue();
    }

    @Test
    void aProximityTermGivesThePlaceItsRadiusAndHerHomeIsTheApplicantsAddress() {
        List<DesiredMarker> places = places(plan(withTerms(
                "The respondent must not go within one hundred metres of the applicant's home.")));
        assertThat(places).hasSize(1);
        assertThat(places.get(0).radiusMetres()).isEqualTo(100);
        assertThat(places.get(0).address()).contains("14 Acacia Avenue");
        assertThat(places.get(0).confidential()).isTrue();
    }

    @Test
    void aNamedSchoolIsMarkedWithoutPretendingItIsConfidential() {
        List<DesiredMarker> places = places(plan(withTerms(
                "The respondent must not go to, enter or attempt to enter the school known as Oakwood Primary School, Leeds LS8 4QB.")));
        assertThat(places).singleElement().satisfies(p -> {
            assertThat(p.placeKind()).isEqualTo("SCHOOL");
            assertThat(p.postcode()).isEqualTo("LS8 4QB");
            assertThat(p.confidential()).isFalse();
        });
    }

    @Test
    void aPlaceNamedInAnotherFormOfTheConfidentialAddressIsFlaggedConfidential() {
        // The term parser reads the place of the first as "Wing, 14 Acacia Ave", which the old check did not know.
        for (String term : List.of("The respondent must not enter Refuge Wing, 14 Acacia Ave.",
                "The respondent must not go within 100 metres of the property at Wing, 14 Acacia Ave, Leeds LS62AB.")) {
            List<DesiredMarker> places = places(plan(withTerms(term)));
            String place = term;
            assertThat(places).as(place).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.confidential()).as(p.address()).isTrue());
        }
        List<DesiredMarker> neighbour = places(plan(withTerms(
                "The respondent must not go within 100 metres of the property at 16 Acacia Avenue, Leeds LS6 2AD.")));
        assertThat(neighbour).singleElement().satisfies(p -> assertThat(p.confidential()).isFalse());
    }

    @Test
    void aContactTermAloneMarksNoPlace() {
        assertThat(places(plan(withTerms(
                "The respondent must not telephone, text, email or otherwise contact the applicant.")))).isEmpty();
    }

    @Test
    void theKeyIgnoresCaseAndPunctuationButNotTheRadius() {
        var a = new DesiredMarker(MarkerKind.PROTECTED_PLACE, null, null, List.of(), null, "HOME", "14 Acacia Avenue, Leeds",
                null, 100, true);
        var b = new DesiredMarker(MarkerKind.PROTECTED_PLACE, null, null, List.of(), null, "HOME", "14 ACACIA AVENUE  LEEDS",
                null, 100, true);
        var wider = new DesiredMarker(MarkerKind.PROTECTED_PLACE, null, null, List.of(), null, "HOME", "14 Acacia Avenue, Leeds",
                null, 200, true);
        assertThat(a.key()).isEqualTo(b.key()).isNotEqualTo(wider.key());
    }

    private static List<DesiredMarker> places(List<DesiredMarker> planned) {
        return planned.stream().filter(m -> m.kind() == MarkerKind.PROTECTED_PLACE).toList();
    }

    private OrderDetails withTerms(String... texts) {
        List<Term> terms = new ArrayList<>();
        for (String t : texts) {
            terms.add(new Term(terms.size() + 1, t));
        }
        return new OrderDetails(order.court(), order.caseNumber(), order.orderType(), order.madeAt(),
                order.withoutNotice(), order.returnHearing(), order.duration(), order.endsAt(), true,
                order.applicant(), List.of(), order.children(), order.respondent(), order.relationship(), terms,
                List.of(), null, null);
    }

    private static List<DesiredMarker> plan(OrderDetails order) {
        var clauses = new TermsChecker().check(order.terms().stream().map(Term::text).toList(), null).clauses();
        return MarkerPlan.of(order, clauses);
    }
}
