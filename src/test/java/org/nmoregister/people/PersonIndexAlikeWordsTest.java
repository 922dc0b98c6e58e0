package org.nmoregister.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which words are the same name, each through the one path that finds it, at its exact figure (no date given). */
class PersonIndexAlikeWordsTest {

    private static PersonMatch<String> only(String recorded, String asked) {
        PersonIndex<String> index = PersonIndex.of(List.of(PersonRecord.of("x", "x", recorded, null)));
        List<PersonMatch<String>> found = index.search(new PersonQuery(asked, null, 5));
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aNicknameOfTheAskedNamesTransliteration() {
        // Aleksandr is transliterated Alexander, whose nickname is Sasha; Aleksandr itself has no nickname listed
        PersonMatch<String> m = only("Sasha Petrov", "Aleksandr Petrov");
        assertThat(m.score()).isCloseTo(0.85 * (0.88 + 1) / 2, within(1e-9));
        assertThat(m.reasons()).containsExactly(MatchReason.NICKNAME);
    }

    @Test
    void oneSlipThatDoesNotSoundAlikeIsATypoForAWordOfFiveLetters() {
        // Jonrs is one letter from Jones (one slip allowed at five letters) and does not sound like it
        PersonMatch<String> m = only("Mary Jonrs", "Mary Jones");
        assertThat(m.score()).isCloseTo(0.85 * (1 + 0.86) / 2, within(1e-9));
        assertThat(m.reasons()).containsExactly(MatchReason.TYPO);
    }

    @Test
    void aWordOfTwoLettersIsNeverATypoButMaySoundAlike() {
        // Lo and Li: one slip, but two letters allow none; they sound alike (L)
        PersonMatch<String> m = only("Al Li", "Al Lo");
        assertThat(m.reasons()).containsExactly(MatchReason.PHONETIC);
        assertThat(m.score()).isCloseTo(0.74375, within(1e-9));
    }

    @Test
    void aRunTogetherSurnameAskedAfterTheForenameIsTheWholeSurname() {
        PersonMatch<String> m = only("Anna Smith-Jones", "Anna Smithjones");
        assertThat(m.score()).isCloseTo(0.85, within(1e-9));
        assertThat(m.reasons()).containsExactly(MatchReason.EXACT_NAME);
        PersonMatch<String> swapped = only("Anna Smith-Jones", "Smithjones Anna");
        assertThat(swapped.score()).isCloseTo(0.85 * 0.99, within(1e-9));
        assertThat(swapped.reasons()).containsExactlyInAnyOrder(MatchReason.EXACT_NAME, MatchReason.SWAPPED_NAMES);
    }
}
