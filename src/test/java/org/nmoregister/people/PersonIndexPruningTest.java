package org.nmoregister.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The control room's search reads only the people who can reach the display threshold (PersonIndex's class comment):
 * given a date, those born on a date within one error of it and those with no recorded date whose name is all but
 * exact; without one, only those matching every word. PersonIndexDisplayableTest proves it shows the same people as
 * the full search; this proves it does not read the others, by counting what it reads. A search that read everyone
 * would show the same people, at a thousand times the work at a million people.
 */
class PersonIndexPruningTest {

    private static final LocalDate BORN = LocalDate.of(1985, 5, 17);

    /** Built in each test (not shared), so that every rule of the index is exercised by the test that needs it. */
    private static PersonIndex<String> register() {
        List<PersonRecord<String>> people = new ArrayList<>();
        // namesakes born on dates two or more digits from BORN (1960 against 1985)
        for (int i = 0; i < 300; i++) {
            people.add(PersonRecord.of("far" + i, "far" + i, "John Smith", LocalDate.of(1960, 1 + i % 12, 1 + i % 28)));
        }
        // sharing the forename only: never a candidate for a search needing every word
        for (int i = 0; i < 200; i++) {
            people.add(PersonRecord.of("brown" + i, "brown" + i, "John Brown", LocalDate.of(1960, 1 + i % 12, 1)));
        }
        people.add(PersonRecord.of("target", "target", "John Smith", BORN));
        for (int i = 0; i < 4; i++) {
            people.add(PersonRecord.of("undated" + i, "undated" + i, "John Smith", null));
        }
        // born on the caller's date, with nothing of the name
        for (int i = 0; i < 3; i++) {
            people.add(PersonRecord.of("peter" + i, "peter" + i, "Peter Brown", BORN));
        }
        // a misspelt forename and no date: under the 0.70 a name needs beside a date the caller gave
        for (int i = 0; i < 2; i++) {
            people.add(PersonRecord.of("jon" + i, "jon" + i, "Jon Smith", null));
        }
        // a misspelt surname, born one digit from the caller's date
        for (int i = 0; i < 2; i++) {
            people.add(PersonRecord.of("smyth" + i, "smyth" + i, "John Smyth", BORN.plusDays(1)));
        }
        return PersonIndex.of(people);
    }

    @Test
    void withADateOnlyThoseBornCloseAndTheUndatedWithTheExactNameAreRead() {
        PersonIndex<String> index = register();
        PersonQuery query = new PersonQuery("John Smith", BORN, 50);

        List<PersonMatch<String>> shown = index.searchDisplayable(query);

        assertThat(shown).extracting(m -> m.person().id()).containsExactlyInAnyOrder("target", "smyth0", "smyth1",
                "undated0", "undated1", "undated2", "undated3");
        assertThat(shown.get(0).score()).isCloseTo(1.0, within(1e-9));
        // the people read in full are exactly those shown: the 300 namesakes born far off are not read, nor the
        // undated Jon Smiths (a typo cannot reach 0.70 without a date), nor those born that day with other names
        PersonIndex.Work work = index.displayableWork(query);
        assertThat(work.scored()).isEqualTo(7);
        assertThat(work.bounded()).isEqualTo(7);
        // the full search weighs every namesake with both words (the 300 born far off among them), though not the
        // John Browns: one word beside a date that is not close is never enough
        assertThat(index.fullWork(query).bounded()).isEqualTo(309);
    }

    @Test
    void withoutADateEveryWordMustMatchSoTheRarerWordsPeopleAreTheCandidates() {
        PersonIndex<String> index = register();
        PersonQuery query = new PersonQuery("John Smith", null, 400);

        List<PersonMatch<String>> shown = index.searchDisplayable(query);

        // 305 John Smiths at 0.85, two John Smyths and two Jon Smiths at (1 + 0.86) / 2 * 0.85
        assertThat(shown).hasSize(309);
        assertThat(shown.get(308).score()).isCloseTo((1 + 0.86) / 2 * 0.85, within(1e-9));
        PersonIndex.Work work = index.displayableWork(query);
        // the candidates are the people of the rarer word (Smith and Smyth: 309), never the 200 John Browns
        assertThat(work.marked()).isEqualTo(309);
        assertThat(work.bounded()).isEqualTo(309);
        assertThat(work.scored()).isEqualTo(309);
        // the full search marks everyone with either word
        assertThat(index.fullWork(query).marked()).isEqualTo(509);
    }

    @Test
    void aDateWithNoOneBornCloseReadsOnlyTheUndatedWithTheExactName() {
        PersonIndex<String> index = register();
        PersonQuery query = new PersonQuery("John Smith", LocalDate.of(2001, 11, 30), 50);

        assertThat(index.searchDisplayable(query)).extracting(m -> m.person().id())
                .containsExactlyInAnyOrder("undated0", "undated1", "undated2", "undated3");
        PersonIndex.Work work = index.displayableWork(query);
        assertThat(work.bounded()).isEqualTo(4);
        assertThat(work.scored()).isEqualTo(4);
    }

    @Test
    void initialsAloneReadNoOne() {
        PersonIndex<String> index = register();
        PersonQuery query = new PersonQuery("J S", BORN, 50);

        assertThat(index.searchDisplayable(query)).isEmpty();
        assertThat(index.displayableWork(query).scored()).isZero();
        assertThat(index.displayableWork(new PersonQuery("-", BORN, 5))).isEqualTo(new PersonIndex.Work(0, 0, 0));
    }

    @Test
    void anInitialAndASurnameBesideTheDateReadOnlyThoseBornCloseWithTheInitial() {
        PersonIndex<String> index = register();
        PersonQuery query = new PersonQuery("J Smith", BORN, 50);

        // the initial and the exact surname: (0.6 + 1) / 2 with the date's bonus; the Smyths' surname is a typo
        // beside an initial, so no word of theirs is the caller's own and their near date does not count
        assertThat(index.searchDisplayable(query)).extracting(m -> m.person().id()).containsExactly("target");
        assertThat(index.displayableWork(query).scored()).isLessThanOrEqualTo(3);
    }
}
