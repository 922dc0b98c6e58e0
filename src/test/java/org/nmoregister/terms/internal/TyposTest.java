package org.nmoregister.terms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which slips of the keyboard are corrected, at the edges of each rule, and the distance they are measured by. */
class TyposTest {

    @Test
    void aWordOneSlipFromALexiconWordIsCorrected() {
        assertThat(Typos.correct("contcat")).isEqualTo("contact"); // two letters swapped
        assertThat(Typos.correct("harrass")).isEqualTo("harass"); // one letter more
        assertThat(Typos.correct("respondant")).isEqualTo("respondent"); // one letter wrong
        assertThat(Typos.correct("entar")).isEqualTo("enter"); // five letters: long enough to correct
    }

    @Test
    void shortWordsRealWordsAndFarWordsAreLeftAlone() {
        assertThat(Typos.correct("txet")).isEqualTo("txet"); // four letters: too short to tell from a word
        assertThat(Typos.correct("contract")).isEqualTo("contract"); // a real word one slip from "contact"
        assertThat(Typos.correct("contact")).isEqualTo("contact");
        assertThat(Typos.correct("harrasss")).isEqualTo("harrasss"); // two letters more than "harass"
        assertThat(Typos.correct("cnotcat")).isEqualTo("cnotcat"); // two slips from a seven-letter word
    }

    @Test
    void aWordOfNineLettersOrMoreMayHaveTwoSlips() {
        assertThat(Typos.correct("enkouraje")).isEqualTo("encourage"); // nine letters, two wrong
        assertThat(Typos.correct("instrcut")).isEqualTo("instruct"); // eight letters, one swap
        assertThat(Typos.correct("instrkkt")).isEqualTo("instrkkt"); // eight letters, two wrong: too far
    }

    @Test
    void aTieGoesToTheFirstWordOfTheLexicon() {
        // one slip from both "metres" and "meters"; "metres" is listed first
        assertThat(Typos.correct("meteres")).isEqualTo("metres");
    }

    @Test
    void theDistanceCountsEditsAndSwapsOfNeighbours() {
        assertThat(Typos.distance("contact", "contact")).isZero();
        assertThat(Typos.distance("ab", "ba")).isEqualTo(1);
        assertThat(Typos.distance("abc", "acb")).isEqualTo(1);
        assertThat(Typos.distance("abc", "x")).isEqualTo(3);
        assertThat(Typos.distance("x", "abc")).isEqualTo(3);
        assertThat(Typos.distance("", "abc")).isEqualTo(3);
        assertThat(Typos.distance("abc", "")).isEqualTo(3);
        assertThat(Typos.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Typos.distance("ca", "abc")).isEqualTo(3); // optimal string alignment, not full Damerau
    }
}
