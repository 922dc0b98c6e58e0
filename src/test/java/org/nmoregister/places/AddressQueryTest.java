package org.nmoregister.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Addresses as call-handlers type them, against addresses as orders record them. */
class AddressQueryTest {

    private static double score(String typed, String recorded, String recordedPostcode) {
        return AddressQuery.parse(typed).orElseThrow().score(recorded, recordedPostcode);
    }

    @Test
    void theSameAddressInOtherWordsMatches() {
        assertThat(score("14 elm grove northtown", "14 Elm Grove, Northtown", "NT4 7XY")).isEqualTo(1.0);
        assertThat(score("14 Elm Gr", "14 Elm Grove, Northtown", "NT4 7XY")).isEqualTo(1.0);
        assertThat(score("Flat 3, 118 Station Rd.", "Flat 3, 118 Station Road, Easton", null)).isEqualTo(1.0);
        assertThat(score("118 STATION ROAD EA1 2BB", "118 Station Road, Easton EA1 2BB", null)).isEqualTo(1.0);
        assertThat(score("118 station road ea12bb", "118 Station Road, Easton", "EA1 2BB")).isEqualTo(1.0);
    }

    @Test
    void aTypingErrorInALongWordAndATownTheRecordLeavesOutAreForgiven() {
        assertThat(score("14 Acacia Avenue Leeeds", "14 Acacia Avenue, Leeds LS6 2AB", null)).isEqualTo(1.0);
        assertThat(score("14 Acacia Avenue, Headingley", "14 Acacia Avenue, Leeds", null))
                .isGreaterThanOrEqualTo(AddressQuery.MIN_SCORE).isLessThan(1.0);
    }

    @Test
    void anotherHouseNumberOrPostcodeIsAnotherPlace() {
        assertThat(score("41 Elm Grove, Northtown", "14 Elm Grove, Northtown", "NT4 7XY")).isZero();
        assertThat(score("14 Elm Grove NT4 7XZ", "14 Elm Grove, Northtown", "NT4 7XY")).isZero();
        assertThat(score("14 Oak Grove, Southvale", "14 Elm Grove, Northtown", "NT4 7XY")).isZero();
        // short words need to be exact: "Elm" is not "Ely"
        assertThat(score("14 Ely Grove", "14 Elm Grove", null)).isLessThan(1.0);
    }

    @Test
    void aStreetWithoutANumberMatchesEveryHouseInItAndNoOtherStreet() {
        assertThat(score("Elm Grove Northtown", "14 Elm Grove, Northtown", null)).isEqualTo(1.0);
        assertThat(score("Elm Grove Northtown", "2 Elm Grove, Northtown", null)).isEqualTo(1.0);
        assertThat(score("Elm Grove Northtown", "3 Oak Grove, Northtown", null)).isZero();
        assertThat(score("Elm Grove Northtown", "3 Elm Road, Northtown", null)).isZero();
        // "St" mid-line is read as Saint; it still matches a street
        assertThat(score("12 High St Northby", "12 High Street, Northby", null)).isEqualTo(1.0);
    }

    @Test
    void thePostcodeIsReadOutOfTheAddress() {
        AddressQuery q = AddressQuery.parse("9 Mill Lane, Easton ea1 2bb").orElseThrow();

        assertThat(q.postcode()).contains(Postcode.parse("EA1 2BB").orElseThrow());
        assertThat(q.hasWords()).isTrue();
        assertThat(AddressQuery.parse("EA1 2BB").orElseThrow().hasWords()).isFalse();
    }

    @Test
    void nothingToMatchIsNoQuery() {
        assertThat(AddressQuery.parse("  ")).isEmpty();
        assertThat(AddressQuery.parse("14, flat")).isEmpty();
    }
}
