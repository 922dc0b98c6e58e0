package org.nmoregister.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Exactly whom each kind of search reads, on a small register whose every person is placed to be read or passed over
 * ({@link PersonIndex.Work}: marked through their names, bounded, scored in full). PersonIndexPruningTest shows the
 * control room's search reads a handful where the full search reads hundreds; this pins each rule of the pruning to
 * the person it turns away, so a rule loosened (reading more, showing the same) or tightened is noticed.
 */
class PersonIndexReadingTest {

    private static final LocalDate BORN = LocalDate.of(1985, 5, 17);

    private static PersonIndex<String> register() {
        String[][] rows = {
                {"target", "John Smith", "1985-05-17"},
                {"far1", "John Smith", "1960-01-01"},
                {"far2", "John Smith", "1960-02-01"},
                {"undated1", "John Smith", null},
                {"undated2", "John Smith", null},
                {"jonsmyth", "Jon Smyth", null}, // no word exact
                {"jonsmith", "Jon Smith", null},
                {"johnsmyth", "John Smyth", null},
                {"johnny", "Johnny Smith", null}, // a nickname (0.90)
                {"brownBorn", "John Brown", "1985-05-17"}, // one word, born that day
                {"brownClose", "John Brown", "1985-05-18"}, // one word, born one digit off
                {"mary", "Mary Smith", "1985-05-17"},
                {"andrewBorn", "John Andrew Smith", "1985-05-17"},
                {"andrew", "John Andrew Smith", null},
                {"peter", "Peter Brown", "1985-05-17"}, // nothing of the name
                {"schmidt", "John Schmidt", null}, // sounds like Smith (0.74 < 0.82)
                {"smithson", "Jon Smithson", "1985-05-17"}, // a typo of John, born that day
        };
        List<PersonRecord<String>> people = new ArrayList<>();
        for (String[] r : rows) {
            people.add(PersonRecord.of(r[0], r[0], r[1], r[2] == null ? null : LocalDate.parse(r[2])));
        }
        return PersonIndex.of(people);
    }

    private static List<String> ids(List<PersonMatch<String>> matches) {
        return matches.stream().map(m -> m.person().id()).toList();
    }

    @Test
    void withADateTheNamesAreReadOnlyForTheirExactWordsAndTheDateFindsTheRest() {
        PersonIndex<String> index = register();
        PersonQuery query = new PersonQuery("John Smith", BORN, 50);
        assertThat(ids(index.searchDisplayable(query)))
                .containsExactlyInAnyOrder("target", "andrewBorn", "undated1", "undated2");
        // an undated person needs 0.70 / 0.71 of a name: both words exact, so only exact words are read, and only
        // Smith's (10 people, fewer than John's 11); bounded: the three undated with both words (andrew scores 0.68
        // in full, its missing forename unknown to the bound) and the two born that day with both; not Mary Smith or
        // the John Browns born that day or one digit off (one word and a date: at most 0.65), nor Jon Smithson
        PersonIndex.Work work = index.displayableWork(query);
        assertThat(work).isEqualTo(new PersonIndex.Work(10, 5, 5));
        // the full search reads everyone with a word alike (all but Peter Brown) and weighs them all, the one-word
        // people among them for their close date
        assertThat(index.fullWork(query)).isEqualTo(new PersonIndex.Work(16, 16, 16));
        assertThat(ids(index.search(query))).contains("brownBorn", "brownClose", "smithson", "mary")
                .doesNotContain("peter");
    }

    @Test
    void oneWordWithADateReadsOnlyItsExactWordAndThoseBornClose() {
        PersonIndex<String> index = register();
        PersonQuery query = new PersonQuery("Smith", BORN, 50);
        assertThat(ids(index.searchDisplayable(query))).containsExactlyInAnyOrder("target", "mary", "andrewBorn");
        // Smith's ten; bounded: its five undated and the three born that day with the word
        assertThat(index.displayableWork(query)).isEqualTo(new PersonIndex.Work(10, 8, 8));
    }

    @Test
    void oneWordWithoutADateReadsTheWordsAlikeEnoughToReachTheThreshold() {
        PersonIndex<String> index = register();
        PersonQuery query = new PersonQuery("Smith", null, 50);
        // a name of one word needs 0.70 / 0.85 = 0.82: Smith and Smyth (0.86), not Schmidt (sounds alike, 0.74)
        assertThat(index.displayableWork(query)).isEqualTo(new PersonIndex.Work(12, 12, 12));
        assertThat(index.fullWork(query).marked()).isEqualTo(13);
        // none is shown: a surname alone leaves the recorded forename unmatched (0.8 of the name)
        assertThat(index.searchDisplayable(query)).isEmpty();
    }

    @Test
    void anInitialAndAWordCannotReachTheThresholdWithoutTheDateSoNoNameIsRead() {
        PersonIndex<String> index = register();
        // (0.6 + 1) / 2 = 0.8 of a name at most: 0.68 without a date, 0.57 undated beside a date given
        assertThat(index.displayableWork(new PersonQuery("J Smith", null, 50)))
                .isEqualTo(new PersonIndex.Work(0, 0, 0));
        PersonQuery dated = new PersonQuery("J Smith", BORN, 50);
        assertThat(index.displayableWork(dated)).isEqualTo(new PersonIndex.Work(0, 2, 2));
        assertThat(ids(index.searchDisplayable(dated))).containsExactlyInAnyOrder("target", "andrewBorn");
        // the full search reads every Smith-alike and John-alike with the initial's help
        assertThat(index.fullWork(new PersonQuery("J Smith", null, 50))).isEqualTo(new PersonIndex.Work(13, 12, 12));
    }

    @Test
    void twoWordsAndAnInitialWithoutADateIntersectTheWordsAlikeEnough() {
        PersonIndex<String> index = register();
        PersonQuery query = new PersonQuery("John A Smith", null, 50);
        assertThat(ids(index.searchDisplayable(query))).containsExactlyInAnyOrder("andrew", "andrewBorn");
        // the two words and the initial (0.6) must average 0.82: each word at least 0.87, so no typo is read; every
        // word must match, so only Smith's people are marked (10, fewer than John's and Johnny's 12); bounded: the
        // two with a forename of initial A
        assertThat(index.displayableWork(query)).isEqualTo(new PersonIndex.Work(10, 2, 2));
        assertThat(index.fullWork(query)).isEqualTo(new PersonIndex.Work(16, 12, 12));
    }

    @Test
    void withoutADateTwoWordsReadEveryAlikeWordOfTheRarerWord() {
        PersonIndex<String> index = register();
        PersonQuery query = new PersonQuery("John Smith", null, 50);
        // two words must average 0.82: any alike word of one can do with the other exact (Schmidt at 0.74 among them)
        assertThat(ids(index.searchDisplayable(query))).hasSize(12).contains("schmidt", "jonsmyth")
                .doesNotContain("mary", "brownBorn");
        assertThat(index.displayableWork(query)).isEqualTo(new PersonIndex.Work(13, 12, 12));
        assertThat(index.fullWork(query)).isEqualTo(new PersonIndex.Work(16, 12, 12));
    }

    @Test
    void aPersonTheFilterTurnsAwayIsAskedAboutOnceAndNeverScored() {
        PersonIndex<String> index = register();
        Map<String, Integer> asked = new HashMap<>();
        List<PersonMatch<String>> shown = index.searchDisplayable(new PersonQuery("John Smith", BORN, 50), id -> {
            asked.merge(id, 1, Integer::sum);
            return !id.equals("target");
        });
        assertThat(ids(shown)).containsExactlyInAnyOrder("andrewBorn", "undated1", "undated2");
        // born that day, turned away before their names are read: asked once, not again when the answer is made
        assertThat(asked.get("target")).isEqualTo(1);
        assertThat(asked.get("peter")).isEqualTo(1);
        assertThat(asked).doesNotContainKeys("far1", "far2", "jonsmyth", "schmidt");
    }

    @Test
    void theForcesAdmittedInPartAreAskedAboutOnlyForPeopleWhoseNamesCouldReachTheThreshold() {
        PersonIndex<String> index = PersonIndex.byForce(payload -> payload.substring(0, payload.indexOf(':')));
        index.add(new PersonRecord<>("smith", "p:smith", "John Smith", List.of(), BORN));
        index.add(new PersonRecord<>("brown", "p:brown", "Peter Brown", List.of(), BORN));
        index.add(new PersonRecord<>("other", "q:other", "John Smith", List.of(), BORN));
        Map<String, Integer> asked = new HashMap<>();
        PersonIndex.ForceFilter<String> filter = new PersonIndex.ForceFilter<>(new BitSet(),
                index.forceNumbers(List.of("p")), payload -> {
                    asked.merge(payload, 1, Integer::sum);
                    return true;
                });
        assertThat(ids(index.searchDisplayable(new PersonQuery("John Smith", BORN, 5), filter)))
                .containsExactly("smith");
        // the force's entries are told apart by a bit before their names are read, and the entry filter (a map read
        // for each order) is asked only about the one who may be shown
        assertThat(asked).containsOnlyKeys("p:smith");
        assertThat(asked.get("p:smith")).isEqualTo(1);
    }

    @Test
    void manyBornOnTheDateWithTheNameAreAllWeighed() {
        // more candidates found by their date than the bound's first array holds
        List<PersonRecord<String>> people = new ArrayList<>();
        for (int i = 0; i < 1100; i++) {
            people.add(PersonRecord.of("p" + i, "p" + i, "John Smith", i % 2 == 0 ? BORN : BORN.plusDays(1)));
        }
        PersonIndex<String> index = PersonIndex.of(people);
        PersonQuery query = new PersonQuery("John Smith", BORN, 600);
        assertThat(index.displayableWork(query).bounded()).isEqualTo(1100);
        List<PersonMatch<String>> shown = index.searchDisplayable(query);
        assertThat(shown).hasSize(600);
        assertThat(shown.subList(0, 550)).allMatch(m -> m.person().dateOfBirth().equals(BORN));
        assertThat(shown.get(550).score()).isCloseTo(0.7 + 0.22, within(1e-9));
    }

    @Test
    void aSoundAlikeFoundOnlyThroughItsAlternateSpellingCode() {
        // Smith is coded SM0 and XMT, Schmidt XMT and SMT: they share only a code Double Metaphone gives as second
        PersonIndex<String> index = register();
        PersonMatch<String> schmidt = index.search(new PersonQuery("John Smith", null, 50)).stream()
                .filter(m -> m.person().id().equals("schmidt")).findFirst().orElseThrow();
        assertThat(schmidt.reasons()).containsExactly(MatchReason.PHONETIC);
        assertThat(schmidt.score()).isCloseTo(0.7435982142857144, within(1e-9));
    }
}
