package org.nmoregister.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.places.Coordinates;
import org.nmoregister.places.Gazetteer;
import org.nmoregister.places.PlaceLocation;
import org.nmoregister.terms.Clause;
import org.nmoregister.terms.ClauseType;

class PlaceConfirmationTest {

    private static final Coordinates HERE = new Coordinates(53.7, -1.6);
    private static final List<Gazetteer.Candidate> ONE = List.of(new Gazetteer.Candidate(7, "16 Heron Way", 0.95));

    private static PlaceLocation property(double confidence) {
        return new PlaceLocation(HERE, PlaceLocation.Precision.PROPERTY, 0, 7L, "16 Heron Way", confidence);
    }

    private static final PlaceLocation CENTRE = new PlaceLocation(HERE, PlaceLocation.Precision.POSTCODE_CENTRE, 150,
            null, null, 0);

    @Test
    void aSureMatchIsNotAskedAboutUnlessAChoiceWasMade() {
        assertThat(PlaceConfirmation.needsConfirming(property(1.0), ONE, false)).isFalse();
        assertThat(PlaceConfirmation.needsConfirming(property(1.0), ONE, true)).as("shown with the choice").isTrue();
    }

    @Test
    void aDoubtfulMatchIsAskedAbout() {
        assertThat(PlaceConfirmation.needsConfirming(property(0.95), ONE, false)).isTrue();
        assertThat(PlaceConfirmation.needsConfirming(property(0.95), List.of(), false)).isTrue();
    }

    @Test
    void aPlaceAtItsPostcodesCentreIsAskedAboutOnlyWhenThereAreCandidates() {
        // two equally good matches: the gazetteer does not guess, the point of contact chooses
        assertThat(PlaceConfirmation.needsConfirming(CENTRE, ONE, false)).isTrue();
        assertThat(PlaceConfirmation.needsConfirming(CENTRE, List.of(), false)).isFalse();
        assertThat(PlaceConfirmation.needsConfirming(null, ONE, false)).isTrue();
        assertThat(PlaceConfirmation.needsConfirming(null, List.of(), false)).isFalse();
    }

    @Test
    void thePlacesAreEachWrittenAddressOnceAndTheApplicantsHomeForHerHome() {
        OrderDetails order = OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), Instant.now());
        List<Clause> clauses = List.of(
                clause(1, new Clause.Place(Clause.PlaceKind.OTHER, " 12 Heron Way, Yewdale WQ9 1AA "),
                        new Clause.Place(Clause.PlaceKind.SCHOOL, null)),
                clause(2, new Clause.Place(Clause.PlaceKind.HOME, null),
                        new Clause.Place(Clause.PlaceKind.OTHER, "12 Heron Way, Yewdale WQ9 1AA"),
                        new Clause.Place(Clause.PlaceKind.WORKPLACE, "  ")));
        assertThat(PlaceConfirmation.addresses(order, clauses)).containsExactly("12 Heron Way, Yewdale WQ9 1AA",
                order.applicant().addresses().get(0).oneLine());
    }

    @Test
    void onlyHerHomeIsTakenFromTheApplicantsAddressNotAnUnnamedSchoolOrWorkplace() {
        OrderDetails order = OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), Instant.now());
        assertThat(PlaceConfirmation.addresses(order, List.of(clause(1,
                new Clause.Place(Clause.PlaceKind.SCHOOL, null), new Clause.Place(Clause.PlaceKind.WORKPLACE, null)))))
                .isEmpty();
    }

    @Test
    void herHomeWithoutAnApplicantAddressIsNoPlace() {
        OrderDetails base = OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), Instant.now());
        var applicant = base.applicant();
        OrderDetails order = new OrderDetails(base.court(), base.caseNumber(), base.orderType(), base.madeAt(),
                base.withoutNotice(), base.returnHearing(), base.duration(), base.endsAt(), base.penalNotice(),
                new org.nmoregister.orders.ProtectedPerson(applicant.name(), applicant.dateOfBirth(),
                        applicant.aliases(), List.of(), applicant.contacts()),
                base.otherProtectedPersons(), base.children(), base.respondent(), base.relationship(), base.terms(),
                base.service(), base.dischargedAt(), base.notes());
        assertThat(PlaceConfirmation.addresses(order, List.of(clause(1,
                new Clause.Place(Clause.PlaceKind.HOME, null))))).isEmpty();
    }

    private static Clause clause(int index, Clause.Place... places) {
        return new Clause(index, "term " + index, ClauseType.PROXIMITY, List.of(), Set.of(), true, false, true,
                List.of(places), 100, List.of(), List.of(), List.of());
    }
}
