package org.nmoregister.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

/**
 * How a word of the query is widened to the words of the register that may be the same name, at the edges between
 * the kinds of likeness: a sound-alike within typing distance, a sound-alike spelt too differently, and a name that
 * fits worse than nothing. (PersonIndexScoringRulesTest holds the figures of the main kinds.)
 */
class PersonIndexWordRulesTest {

    private static final double NONE_GIVEN = 0.85;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private static PersonIndex<String> one(String name) {
        return PersonIndex.of(List.of(PersonRecord.of("x", "x", name, null)));
    }

    private static PersonMatch<String> only(PersonIndex<String> index, String query) {
        List<PersonMatch<String>> found = index.search(PersonQuery.name(query));
        assertThat(found).as(query).hasSize(1);
        return found.get(0);
    }

    @Test
    void twoSlipsThatAlsoSoundAlikeAreATypoScoredByHowAlikeTheySound() {
        // Stevenson and Stephenson: two edits (0.76 as a typo) and one Double Metaphone code (0.55 + 0.30 x 0.927)
        double sounds = 0.55 + 0.30 * JARO_WINKLER.apply("stevenson", "stephenson");
        assertThat(sounds).isGreaterThan(0.76);
        PersonMatch<String> m = only(one("Anna Stephenson"), "Anna Stevenson");
        assertThat(m.score()).isCloseTo((sounds + 1) / 2 * NONE_GIVEN, within(1e-9));
        assertThat(m.reasons()).containsExactly(MatchReason.TYPO);
    }

    @Test
    void aSoundAlikeBeyondTypingDistanceScoresByItsSpelling() {
        // Filips and Phillips: three edits, one code
        double sounds = 0.55 + 0.30 * JARO_WINKLER.apply("filips", "phillips");
        PersonMatch<String> m = only(one("Anna Phillips"), "Anna Filips");
        assertThat(m.score()).isCloseTo((sounds + 1) / 2 * NONE_GIVEN, within(1e-9));
        assertThat(m.reasons()).containsExactly(MatchReason.PHONETIC);
    }

    @Test
    void aSoundAlikeSpeltTooDifferentlyIsNotTheSameName() {
        // Darcey and Terese share a Double Metaphone code (TRS) but their spelling is only 0.56 alike, under 0.6
        assertThat(JARO_WINKLER.apply("darcey", "terese")).isLessThan(0.6);
        assertThat(one("Terese Jones").search(PersonQuery.name("Darcey Jones"))).isEmpty();
        assertThat(one("Terese Jones").search(PersonQuery.name("Terese Jones"))).hasSize(1);
    }

    @Test
    void aNameThatFitsWorseThanNothingScoresNothingRatherThanLessThanNothing() {
        // one forename and one initial of eight words (1.6 / 8), no surname (0.20 off) and four of the six forenames
        // not given (0.04 each): below zero, which the score does not go
        PersonMatch<String> m = only(one("Anna Bella Cara Dora Ella Fay Smith"), "Anna B Qa Qb Qc Qd Qe Qf");
        assertThat(m.score()).isZero();
        assertThat(m.reasons()).containsExactlyInAnyOrder(MatchReason.INITIALS, MatchReason.PARTIAL_NAME);
        assertThat(m.displayable()).isFalse();
    }
}
