package org.nmoregister.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The search's working arrays ({@link PersonIndex.Scratch}), pooled between searches and reset in constant time with a
 * generation stamp, and the lists of people by date of birth ({@link PersonIndex.IntList}). A stamp left from an
 * earlier search must never make a person or a word look marked in this one: after 2^31 searches the generation wraps,
 * and without clearing the stamps a person marked long ago would count as already marked (their words not added, or
 * added twice). Tested directly, as no test can run two thousand million searches.
 */
class PersonIndexWorkingArraysTest {

    private static PersonIndex.Expansion expansion(Map<Integer, Double> scores) {
        Map<Integer, PersonIndex.Similarity> alike = new java.util.HashMap<>();
        scores.forEach((w, s) -> alike.put(w, new PersonIndex.Similarity(s, MatchReason.NICKNAME)));
        return new PersonIndex.Expansion(alike, 0);
    }

    @Test
    void eachSearchStartsWithNoOneMarkedAndTheArraysGrowOnlyWhenTheIndexOutgrowsThem() {
        PersonIndex.Scratch s = new PersonIndex.Scratch();
        s.begin(8);
        assertThat(s.stamp).hasSize(9); // an eighth more than asked, so a growing index does not reallocate each time
        assertThat(s.mask).hasSize(9);
        assertThat(s.sum).hasSize(9);
        assertThat(s.generation).isEqualTo(1);
        s.mark(3, 1, 0.5f);
        s.mark(3, 2, 0.25f);
        s.mark(3, 2, 0.125f); // a second mark for the same word adds nothing
        s.mark(6, 2, 1f);
        assertThat(s.touchedCount).isEqualTo(2);
        assertThat(Arrays.copyOf(s.touched, 2)).containsExactly(3, 6);
        assertThat(s.mask[3]).isEqualTo(3);
        assertThat(s.sum[3]).isEqualTo(0.75f);
        s.markIfTouched(6, 1, 0.5f);
        s.markIfTouched(6, 1, 0.25f);
        s.markIfTouched(5, 1, 0.5f); // not marked before: not a candidate
        assertThat(s.mask[6]).isEqualTo(3);
        assertThat(s.sum[6]).isEqualTo(1.5f);
        assertThat(s.stamp[5]).isNotEqualTo(s.generation);
        s.boundedCount = 4;
        s.scoredCount = 2;

        s.begin(9); // exactly as long as the arrays: kept
        assertThat(s.stamp).hasSize(9);
        assertThat(s.generation).isEqualTo(2);
        assertThat(s.touchedCount).isZero();
        assertThat(s.boundedCount).isZero();
        assertThat(s.scoredCount).isZero();
        s.markIfTouched(3, 4, 0.5f); // marked in the last search only: not a candidate now
        assertThat(s.mask[3]).isEqualTo(3);
        s.mark(3, 4, 0.5f);
        assertThat(s.touchedCount).isEqualTo(1);
        assertThat(s.mask[3]).isEqualTo(4);
        assertThat(s.sum[3]).isEqualTo(0.5f);

        s.begin(16); // one more than they hold: new arrays, and the generation starts again
        assertThat(s.stamp).hasSize(18);
        assertThat(s.mask).hasSize(18);
        assertThat(s.sum).hasSize(18);
        assertThat(s.generation).isEqualTo(1);
    }

    @Test
    void whenTheGenerationWrapsNoStampFromAnEarlierSearchCounts() {
        PersonIndex.Scratch s = new PersonIndex.Scratch();
        s.begin(8);
        s.mark(4, 1, 1f); // stamped with generation 1
        s.generation = Integer.MAX_VALUE - 2;
        s.begin(8);
        assertThat(s.generation).isEqualTo(Integer.MAX_VALUE - 1);
        s.mark(5, 1, 1f);
        s.begin(8); // the next generation would be Integer.MAX_VALUE: every stamp is cleared and it starts at 1
        assertThat(s.generation).isEqualTo(1);
        assertThat(s.stamp).containsOnly(0);
        s.mark(4, 2, 0.5f); // a new candidate, not one already marked in generation 1
        assertThat(s.touchedCount).isEqualTo(1);
        assertThat(s.mask[4]).isEqualTo(2);
        assertThat(s.sum[4]).isEqualTo(0.5f);
        s.begin(8);
        assertThat(s.generation).isEqualTo(2);
    }

    @Test
    void eachSearchReadsOnlyItsOwnWordsSimilarities() {
        PersonIndex.Scratch s = new PersonIndex.Scratch();
        PersonIndex.Expansion first = expansion(Map.of(2, 0.9, 5, 1.0));
        PersonIndex.Expansion third = expansion(Map.of(5, 0.86, 1, 0.76));
        s.beginWords(6, new PersonIndex.Expansion[] {first, null, third});
        assertThat(s.wordStamp).hasSize(6); // 6 + 6 / 8
        assertThat(s.wordSims).hasSize(6 * 8);
        assertThat(s.wordGeneration).isEqualTo(1);
        float[] expected = new float[6 * 8];
        expected[2 * 8] = 0.9f;
        expected[5 * 8] = 1f;
        expected[5 * 8 + 2] = 0.86f;
        expected[8 + 2] = 0.76f;
        assertThat(s.wordSims).containsExactly(expected);
        assertThat(s.wordStamp[1]).isEqualTo(1);
        assertThat(s.wordStamp[2]).isEqualTo(1);
        assertThat(s.wordStamp[5]).isEqualTo(1);
        assertThat(s.wordStamp[0]).isZero();
        assertThat(s.wordStamp[3]).isZero();

        // the next search's second word is alike word 2: its similarity to the last search's first word is forgotten
        s.beginWords(6, new PersonIndex.Expansion[] {null, expansion(Map.of(2, 0.88))});
        assertThat(s.wordGeneration).isEqualTo(2);
        assertThat(s.wordSims[2 * 8]).isZero();
        assertThat(s.wordSims[2 * 8 + 1]).isEqualTo(0.88f);
        assertThat(s.wordStamp[2]).isEqualTo(2);
        assertThat(s.wordStamp[5]).isNotEqualTo(s.wordGeneration); // word 5 is not alike any word of this search

        s.beginWords(7, new PersonIndex.Expansion[] {expansion(Map.of(6, 1.0))}); // more words than held
        assertThat(s.wordStamp).hasSize(7);
        assertThat(s.wordSims).hasSize(7 * 8);
        assertThat(s.wordGeneration).isEqualTo(1);
        assertThat(s.wordSims[6 * 8]).isEqualTo(1f);

        s.beginWords(16, new PersonIndex.Expansion[] {expansion(Map.of(15, 1.0))});
        assertThat(s.wordStamp).hasSize(18);
        assertThat(s.wordSims).hasSize(18 * 8);
    }

    @Test
    void whenTheWordGenerationWrapsNoWordFromAnEarlierSearchCounts() {
        PersonIndex.Scratch s = new PersonIndex.Scratch();
        s.beginWords(6, new PersonIndex.Expansion[] {expansion(Map.of(2, 0.9))}); // word 2 stamped in generation 1
        s.wordGeneration = Integer.MAX_VALUE - 2;
        s.beginWords(6, new PersonIndex.Expansion[] {expansion(Map.of(3, 0.9))});
        assertThat(s.wordGeneration).isEqualTo(Integer.MAX_VALUE - 1);
        s.beginWords(6, new PersonIndex.Expansion[] {expansion(Map.of(5, 1.0))});
        assertThat(s.wordGeneration).isEqualTo(1);
        assertThat(s.wordStamp[2]).isZero(); // else word 2 would read as alike the query's word at 0.9
        assertThat(s.wordStamp[3]).isZero();
        assertThat(s.wordStamp[5]).isEqualTo(1);
        assertThat(s.wordSims[5 * 8]).isEqualTo(1f);
        s.beginWords(6, new PersonIndex.Expansion[] {expansion(Map.of(5, 1.0))});
        assertThat(s.wordGeneration).isEqualTo(2);
    }

    @Test
    void theBoundedCandidatesGrowOnlyPastWhatTheyHoldAndKeepWhatTheyHeld() {
        PersonIndex.Scratch s = new PersonIndex.Scratch();
        long[] first = s.bounded(1024);
        assertThat(first).hasSize(1024);
        first[1023] = 42;
        assertThat(s.bounded(10)).isSameAs(first);
        long[] grown = s.bounded(1025);
        assertThat(grown).hasSize(1025 + 256 + 16);
        assertThat(grown[1023]).isEqualTo(42);
        assertThat(s.bounded).isSameAs(grown);
    }

    @Test
    void theTouchedListGrowsAsPeopleAreMarked() {
        PersonIndex.Scratch s = new PersonIndex.Scratch();
        s.begin(3000);
        for (int slot = 0; slot < 2500; slot++) {
            s.mark(slot, 1, 1f);
        }
        assertThat(s.touchedCount).isEqualTo(2500);
        assertThat(s.touched[2499]).isEqualTo(2499);
        assertThat(s.touched[1024]).isEqualTo(1024);
    }

    @Test
    void aListOfPeopleBornOnADateRemovesOnlyThoseInIt() {
        PersonIndex.IntList born = new PersonIndex.IntList();
        for (int slot : new int[] {1, 3, 5, 7, 9}) {
            born.add(slot);
        }
        assertThat(born.size).isEqualTo(5);
        assertThat(born.remove(4)).isFalse();
        assertThat(born.remove(10)).isFalse();
        assertThat(born.size).isEqualTo(5);
        assertThat(born.remove(1)).isTrue();
        assertThat(born.remove(9)).isTrue();
        assertThat(born.remove(9)).isFalse();
        assertThat(born.size).isEqualTo(3);
        assertThat(Arrays.copyOf(born.items, born.size)).containsExactly(3, 5, 7);
    }

    @Test
    void letterCountsAreTwoBitsALetterInAlphabeticalOrderSaturatingAtThree() {
        assertThat(PersonIndex.letterCounts("")).isZero();
        assertThat(PersonIndex.letterCounts("a")).isEqualTo(1L);
        assertThat(PersonIndex.letterCounts("b")).isEqualTo(1L << 2);
        assertThat(PersonIndex.letterCounts("z")).isEqualTo(1L << 50);
        assertThat(PersonIndex.letterCounts("abba")).isEqualTo(2L | 2L << 2);
        assertThat(PersonIndex.letterCounts("aaa")).isEqualTo(3L);
        assertThat(PersonIndex.letterCounts("aaaaab")).isEqualTo(3L | 1L << 2);
        assertThat(PersonIndex.letterCounts("zzzzz")).isEqualTo(3L << 50);
    }
}
