package org.nmoregister.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PostcodeTest {

    @ParameterizedTest
    @CsvSource({
            "LS1 4DY, LS1 4DY",
            "ls14dy, LS1 4DY",
            "' Ls1   4dY ', LS1 4DY",
            "M1 1AE, M1 1AE",
            "B33 8TH, B33 8TH",
            "CR2 6XH, CR2 6XH",
            "DN55 1PT, DN55 1PT",
            "W1A 0AX, W1A 0AX",
            "ec1a1bb, EC1A 1BB",
            "gir0aa, GIR 0AA",
            "'GIR  0AA', GIR 0AA",
            "'sw1a\t2aa', SW1A 2AA",
            "'NX4 7QT', NX4 7QT"})
    void normalisesAnyCaseAndSpacingOfTheRealShapes(String text, String normal) {
        assertThat(Postcode.parse(text)).map(Postcode::toString).contains(normal);
        assertThat(Postcode.of(text).toString()).isEqualTo(normal);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "LS1", "4DY", "LS14D", "LS1 4D1", "1LS 4DY", "LSS1 4DY", "LS123 4DY", "LS1 DDY",
            "BFPO 123", "BFPO123", "ASCN 1ZZ", "LS1-4DY", "LS1 4DYX", "L$1 4DY", "GIR 0AB", "EC1AA 1BB", "AA1A1 1AA"})
    void refusesWhatIsNotAPostcode(String text) {
        assertThat(Postcode.parse(text)).isEmpty();
        if (text != null) {
            assertThatThrownBy(() -> Postcode.of(text)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void namesItsParts() {
        Postcode p = Postcode.of("sw1a 2aa");
        assertThat(p.outward()).isEqualTo("SW1A");
        assertThat(p.inward()).isEqualTo("2AA");
        assertThat(p.area()).isEqualTo("SW");
        assertThat(p.district()).isEqualTo("SW1A");
        assertThat(p.sector()).isEqualTo("SW1A 2");
        assertThat(p.districtNumber()).isEqualTo(1);
        assertThat(p.compact()).isEqualTo("SW1A2AA");

        Postcode leeds = Postcode.of("LS12 1AA");
        assertThat(leeds.area()).isEqualTo("LS");
        assertThat(leeds.sector()).isEqualTo("LS12 1");
        assertThat(leeds.districtNumber()).isEqualTo(12);
        assertThat(Postcode.of("M1 1AE").area()).isEqualTo("M");
        assertThat(Postcode.of("GIR 0AA").districtNumber()).isEqualTo(-1);
    }

    @Test
    void tellsWhetherRoyalMailWouldAllocateTheLetters() {
        assertThat(Postcode.of("LS1 4DY").followsRoyalMailLetterRules()).isTrue();
        assertThat(Postcode.of("EC1A 1BB").followsRoyalMailLetterRules()).isTrue();
        assertThat(Postcode.of("W1A 0AX").followsRoyalMailLetterRules()).isTrue();
        assertThat(Postcode.of("GIR 0AA").followsRoyalMailLetterRules()).isTrue();
        // Inward letters never include C, I, K, M, O or V; Q, V and X never start a postcode.
        assertThat(Postcode.of("SV8 2AI").followsRoyalMailLetterRules()).isFalse();
        assertThat(Postcode.of("NX1 7MS").followsRoyalMailLetterRules()).isFalse();
        assertThat(Postcode.of("QA1 1AA").followsRoyalMailLetterRules()).isFalse();
        assertThat(Postcode.of("XA1 1AA").followsRoyalMailLetterRules()).isFalse();
        // The second letter is never I, J or Z.
        assertThat(Postcode.of("AZ1 1AA").followsRoyalMailLetterRules()).isFalse();
    }

    @Test
    void equalWhenTheSamePostcodeIsWrittenDifferently() {
        assertThat(Postcode.of("ls1 4dy")).isEqualTo(Postcode.of("LS14DY")).hasSameHashCodeAs(Postcode.of("LS1 4DY"));
        assertThat(Postcode.of("LS1 4DY")).isNotEqualTo(Postcode.of("LS14 4DY"));
    }
}
