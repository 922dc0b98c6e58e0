package org.nmoregister.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressKeysTest {

    @Test
    void sameFirstLineWrittenDifferentlyHasOneKey() {
        String key = AddressKeys.line1Key("Flat 3, 118 Station Road");
        assertThat(key).isEqualTo("flat 3 118 station road");
        assertThat(AddressKeys.line1Key("flat 3 118 STATION RD.")).isEqualTo(key);
        assertThat(AddressKeys.line1Key("  Apt 3 -  118, Station  Rd ")).isEqualTo(key);
        assertThat(AddressKeys.line1Key("22 St. John's Terr")).isEqualTo("22 saint johns terrace");
        assertThat(AddressKeys.line1Key("12 High St.")).isEqualTo("12 high street");
        assertThat(AddressKeys.line1Key("4 Bryn Côte")).isEqualTo("4 bryn cote");
        assertThat(AddressKeys.line1Key(null)).isEmpty();
    }

    @Test
    void addressKeyNeedsARealPostcode() {
        assertThat(AddressKeys.addressKey("22 Rosebank Terrace", "nx47qt")).contains("22 rosebank terrace|NX4 7QT");
        assertThat(AddressKeys.addressKey("22 Rosebank Ter", "NX4  7QT")).contains("22 rosebank terrace|NX4 7QT");
        assertThat(AddressKeys.addressKey("22 Rosebank Terrace", "not known")).isEmpty();
        assertThat(AddressKeys.addressKey("22 Rosebank Terrace", null)).isEmpty();
    }

    @Test
    void houseNumberIsNotTheFlatNumber() {
        assertThat(AddressKeys.houseNumber("Flat 3, 118 Station Road")).contains("118");
        assertThat(AddressKeys.houseNumber("12a High Street")).contains("12a");
        assertThat(AddressKeys.houseNumber("Rose Cottage")).isEmpty();
    }
}
