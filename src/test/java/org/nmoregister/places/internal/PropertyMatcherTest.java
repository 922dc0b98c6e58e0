package org.nmoregister.places.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nmoregister.places.AddressKeys;
import org.nmoregister.places.internal.PropertyMatcher.Candidate;

class PropertyMatcherTest {

    private static final List<Candidate> HERON_WAY = List.of(
            new Candidate(1, "10 heron way"), new Candidate(2, "12 heron way"), new Candidate(3, "14 heron way"),
            new Candidate(4, "flat 1 16 heron way"), new Candidate(5, "flat 2 16 heron way"),
            new Candidate(6, "16 heron way"), new Candidate(7, "rose cottage heron way"),
            new Candidate(8, "12a heron way"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            12 Heron Way, Leeds                 | 2
            12 Heron Wy, Leeds                  | 2
            12 Herron Way, Leeds                | 2
            12A Heron Way, Leeds                | 8
            Flat 2, 16 Heron Way, Leeds         | 5
            Apartment 2, 16 Heron Way           | 5
            Flat 9, 16 Heron Way, Leeds         | 6
            16 Heron Way                        | 6
            Rose Cottage, Heron Way, Leeds      | 7
            """)
    void theWrittenAddressFindsItsProperty(String written, long uprn) {
        var match = PropertyMatcher.best(AddressKeys.line1Key(written), HERON_WAY);
        assertThat(match).hasValueSatisfying(m -> assertThat(m.candidate().uprn()).isEqualTo(uprn));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            18 Heron Way, Leeds
            12 Kestrel Close, Leeds
            Heron Way, Leeds
            Ivy Cottage, Heron Way
            """)
    void anotherHouseIsNotMatched(String written) {
        assertThat(PropertyMatcher.best(AddressKeys.line1Key(written), HERON_WAY)).isEmpty();
    }

    @Test
    void anExactMatchScoresOneAndATypoLess() {
        double exact = PropertyMatcher.best("12 heron way leeds", HERON_WAY).orElseThrow().score();
        double typo = PropertyMatcher.best("12 herron way leeds", HERON_WAY).orElseThrow().score();
        assertThat(exact).isEqualTo(1.0);
        assertThat(typo).isLessThan(1.0).isGreaterThanOrEqualTo(PropertyMatcher.THRESHOLD);
    }

    @Test
    void twoPropertiesWithTheSameAddressAreNotGuessedBetween() {
        List<Candidate> twins = List.of(new Candidate(1, "12 heron way"), new Candidate(2, "12 heron way"));
        assertThat(PropertyMatcher.best("12 heron way", twins)).isEmpty();
    }

    @Test
    void everyCandidateTheAddressMayNameIsOfferedClosestFirstAndTiesInUprnOrder() {
        List<Candidate> twins = List.of(new Candidate(22, "3 mill lane"), new Candidate(21, "3 mill lane"),
                new Candidate(23, "3 mill lame"), new Candidate(24, "5 mill lane"), new Candidate(25, "3 kiln lane"));
        var all = PropertyMatcher.all(AddressKeys.line1Key("3 Mill Lane, Leeds"), twins);
        // never another house number; "kiln" is not like enough to "mill"
        assertThat(all).extracting(m -> m.candidate().uprn()).containsExactly(21L, 22L, 23L);
        assertThat(all.get(0).score()).isEqualTo(1.0);
        assertThat(all.get(2).score()).isLessThan(1.0).isGreaterThanOrEqualTo(PropertyMatcher.THRESHOLD);
        // two equally good are not guessed between, but both are offered to the point of contact
        assertThat(PropertyMatcher.best(AddressKeys.line1Key("3 Mill Lane, Leeds"), twins)).isEmpty();
    }

    @Test
    void ofEquallyCloseCandidatesTheMoreSpecificIsOfferedFirst() {
        var all = PropertyMatcher.all(AddressKeys.line1Key("Flat 2, 16 Heron Way"), HERON_WAY);
        assertThat(all).extracting(m -> m.candidate().uprn()).startsWith(5L);
        assertThat(all).extracting(m -> m.candidate().uprn()).contains(6L).doesNotContain(4L);
        // whatever their UPRNs
        var reversed = PropertyMatcher.all(AddressKeys.line1Key("Flat 2, 16 Heron Way"), List.of(
                new Candidate(30, "16 heron way"), new Candidate(31, "flat 2 16 heron way")));
        assertThat(reversed).extracting(m -> m.candidate().uprn()).containsExactly(31L, 30L);
    }
}
