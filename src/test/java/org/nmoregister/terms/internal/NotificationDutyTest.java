package org.nmoregister.terms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nmoregister.terms.Clause;
import org.nmoregister.terms.ClauseType;
import org.nmoregister.terms.Finding;
import org.nmoregister.terms.OrderContext;
import org.nmoregister.terms.TermsChecker;
import org.nmoregister.terms.TermsReading;

/**
 * A duty to tell the police the respondent's name and address (a DAPO's notification requirement) is a positive
 * requirement: no place is read from "his home address", no distance from "within 3 days", and nothing in it blocks
 * quality assurance. Prohibitions that name a home or a distance are read as before.
 */
class NotificationDutyTest {

    private final TermsChecker checker = new TermsChecker();

    @ParameterizedTest
    @ValueSource(strings = {
            "The respondent must notify the police of his name and home address within 3 days of the order being "
                    + "served on him.",
            "The respondent must, within 3 days of service, notify the police of his home address.",
            "The respondent shall notify the police of his name and address and of any change to them within 3 days.",
            "The respondent must tell the police his name and home address within three days.",
            "Within seven days of this order the respondent is required to inform Northshire Constabulary of the "
                    + "address at which he is living.",
            "The Respondent must give his full name and current address to the police within 72 hours.",
            "The respondent must notify the police, in person at any police station in Northshire, of his new "
                    + "address within 3 days of moving home.",
            "THE RESPONDENT MUST NOTIFY THE POLICE OF HIS NAME AND HOME ADDRESS WITHIN 3 DAYS.",
            "The respondent is subject to the notification requirements in section 39 of the Domestic Abuse Act 2021.",
            "The respondent must provide the officer in the case with details of where he is staying, within 48 hours.",
    })
    void aDutyToNotifyIsARequirementWithNoPlaceAndNoDistance(String wording) {
        TermsReading reading = checker.check(List.of(wording), OrderContext.none());

        Clause clause = reading.clauses().get(0);
        assertThat(reading.clauses()).hasSize(1);
        assertThat(clause.type()).isEqualTo(ClauseType.OTHER);
        assertThat(clause.places()).isEmpty();
        assertThat(clause.distanceMetres()).isNull();
        assertThat(clause.spans()).anyMatch(s -> s.attribute().equals("requirement"));
        assertThat(reading.findings()).extracting(Finding::severity).doesNotContain(Finding.Severity.ERROR);
        assertThat(reading.findings()).extracting(f -> f.code().name())
                .doesNotContain("PLACE_NOT_IDENTIFIED", "UNCLASSIFIED_TERM", "PROXIMITY_WITHOUT_DISTANCE");
        assertThat(reading.hasErrors()).isFalse();
    }

    @Test
    void theDutySitsBesideProhibitionsWithoutChangingThem() {
        TermsReading reading = checker.check(List.of(
                "The respondent must not go within 100 metres of 14 Acacia Avenue, Leeds LS6 2AB.",
                "The respondent must notify the police of his name and home address within 3 days of service."),
                OrderContext.none());

        assertThat(reading.clauses().get(0).type()).isEqualTo(ClauseType.PROXIMITY);
        assertThat(reading.clauses().get(0).distanceMetres()).isEqualTo(100);
        assertThat(reading.clauses().get(0).places()).extracting(Clause.Place::address)
                .containsExactly("14 Acacia Avenue, Leeds LS6 2AB");
        assertThat(reading.clauses().get(1).type()).isEqualTo(ClauseType.OTHER);
        assertThat(reading.clauses().get(1).places()).isEmpty();
        assertThat(reading.hasErrors()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // prohibitions that mention the police or an address stay prohibitions with their places
            "The respondent must not go to her home, save to collect his belongings with the police present.",
            "The respondent must not go within 100 metres of her home address and must not tell anyone where she lives.",
            "The respondent must not contact the applicant at her home address, save through the police.",
    })
    void aProhibitionMentioningThePoliceOrAnAddressKeepsItsPlace(String wording) {
        Clause clause = checker.check(List.of(wording), OrderContext.none()).clauses().get(0);

        assertThat(clause.type()).isNotEqualTo(ClauseType.OTHER);
        assertThat(clause.spans()).noneMatch(s -> s.attribute().equals("requirement"));
        assertThat(clause.places()).extracting(Clause.Place::kind).contains(Clause.PlaceKind.HOME);
    }

    @Test
    void aPositiveTermThatIsNotANotificationIsReadAsBefore() {
        // leaving a home is an occupation order's requirement about a place: the place stays
        Clause leave = checker.check(List.of("The respondent must leave the property at 14 Acacia Avenue, Leeds "
                + "LS6 2AB by 6pm on the day this order is served and give the keys to the police."),
                OrderContext.none()).clauses().get(0);
        assertThat(leave.spans()).noneMatch(s -> s.attribute().equals("requirement"));
        assertThat(leave.places()).isNotEmpty();
    }
}
