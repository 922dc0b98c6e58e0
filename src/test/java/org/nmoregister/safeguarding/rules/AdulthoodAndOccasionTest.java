package org.nmoregister.safeguarding.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.Relationship;

/** Who is contacted (adults, judged at the order's date) and why (lodged, changed, extended, ended). */
class AdulthoodAndOccasionTest {

    static final LocalDate ORDER = LocalDate.of(2026, 12, 3);

    @Test
    void adulthoodIsJudgedAtTheOrdersDateToTheDay() {
        assertThat(Adulthood.of(LocalDate.of(2008, 12, 3), ORDER, null)).isEqualTo(Adulthood.ADULT);
        assertThat(Adulthood.of(LocalDate.of(2008, 12, 4), ORDER, null)).isEqualTo(Adulthood.CHILD);
        assertThat(Adulthood.of(LocalDate.of(1950, 1, 1), ORDER, Relationship.RELATIVE)).isEqualTo(Adulthood.ADULT);
        assertThat(Adulthood.of(LocalDate.of(2015, 1, 1), ORDER, Relationship.SPOUSE))
                .as("a date of birth wins over a relationship").isEqualTo(Adulthood.CHILD);
    }

    @Test
    void withNoDateOfBirthAnAdultRelationshipMakesAnAdultAndAnythingElseIsNotKnown() {
        for (Relationship r : Relationship.values()) {
            Adulthood a = Adulthood.of(null, ORDER, r);
            boolean adult = switch (r) {
                case SPOUSE, FORMER_SPOUSE, CIVIL_PARTNER, FORMER_CIVIL_PARTNER, COHABITANT, FORMER_COHABITANT,
                     ENGAGED, FORMERLY_ENGAGED, INTIMATE_RELATIONSHIP, PARENTS_OF_SAME_CHILD -> true;
                default -> false;
            };
            assertThat(a).as(r.name()).isEqualTo(adult ? Adulthood.ADULT : Adulthood.NOT_KNOWN);
        }
        assertThat(Adulthood.of(null, ORDER, null)).isEqualTo(Adulthood.NOT_KNOWN);
        assertThat(Adulthood.of(LocalDate.of(1990, 1, 1), null, null)).isEqualTo(Adulthood.NOT_KNOWN);
        assertThat(Adulthood.ADULT.contacted()).isTrue();
        assertThat(Adulthood.NOT_KNOWN.contacted()).isTrue();
        assertThat(Adulthood.CHILD.contacted()).isFalse();
    }

    @Test
    void eachChangeHasItsOccasion() {
        assertThat(ContactOccasion.of(ChangeKind.MADE, false, false)).isEqualTo(ContactOccasion.LODGED);
        assertThat(ContactOccasion.of(ChangeKind.MADE, true, true)).isEqualTo(ContactOccasion.LODGED);
        assertThat(ContactOccasion.of(ChangeKind.VARIATION, true, true)).isEqualTo(ContactOccasion.VARIED);
        assertThat(ContactOccasion.of(ChangeKind.VARIATION, false, true))
                .as("never told: the whole order is explained").isEqualTo(ContactOccasion.LODGED);
        assertThat(ContactOccasion.of(ChangeKind.EXTENSION, true, true)).isEqualTo(ContactOccasion.EXTENDED);
        assertThat(ContactOccasion.of(ChangeKind.EXTENSION, false, true)).isEqualTo(ContactOccasion.LODGED);
        assertThat(ContactOccasion.of(ChangeKind.DISCHARGE, false, false)).isEqualTo(ContactOccasion.DISCHARGED);
        assertThat(ContactOccasion.of(ChangeKind.DISCHARGE, true, true)).isEqualTo(ContactOccasion.DISCHARGED);
        assertThat(ContactOccasion.of(ChangeKind.SERVICE, true, true)).isNull();
        assertThat(ContactOccasion.of(ChangeKind.SERVICE, false, true)).isNull();
        assertThat(ContactOccasion.of(ChangeKind.SERVICE, false, false))
                .as("the first version assured is a service: the order is new to the victim")
                .isEqualTo(ContactOccasion.LODGED);
        assertThat(ContactOccasion.of(ChangeKind.CORRECTION, false, true)).isNull();
        assertThat(ContactOccasion.of(ChangeKind.CORRECTION, false, false)).isEqualTo(ContactOccasion.LODGED);
        assertThat(ContactOccasion.LODGED.label()).isEqualTo("Your order is lodged");
    }
}
