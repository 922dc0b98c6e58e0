package org.nmoregister.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nmoregister.people.bench.SyntheticPeople;
import org.nmoregister.support.TestSize;

/**
 * The control room's search skips the people who cannot reach the display threshold (by date of birth, by requiring
 * every word, by not reading unlike words). It must show exactly what the full search shows above the threshold, for
 * every kind of query: noisy names with and without dates, initials, absent names, one-word names.
 */
class PersonIndexDisplayableTest {

    private static final List<PersonRecord<String>> REGISTER = new SyntheticPeople(7101).people(TestSize.of(30_000));
    private static final PersonIndex<String> INDEX = PersonIndex.of(REGISTER);

    @Test
    void showsExactlyTheFullSearchesDisplayableMatches() {
        SyntheticPeople noise = new SyntheticPeople(7102);
        Random pick = new Random(7103);
        List<PersonQuery> queries = new ArrayList<>();
        for (int i = 0; i < TestSize.of(3_000); i++) {
            PersonRecord<String> p = REGISTER.get(pick.nextInt(REGISTER.size()));
            PersonQuery q = noise.anyQuery(p, i).query();
            queries.add(q);
            queries.add(new PersonQuery(q.name(), null, q.limit()));
            if (p.dateOfBirth() != null && i % 5 == 0) {
                // a wrong date that is not within one error, and a date a namesake might share
                queries.add(new PersonQuery(q.name(), p.dateOfBirth().plusYears(11).plusDays(3)));
                queries.add(new PersonQuery(q.name().split(" ")[0], p.dateOfBirth()));
                queries.add(new PersonQuery(q.name().charAt(0) + " " + q.name().substring(q.name().lastIndexOf(' ') + 1),
                        p.dateOfBirth(), 3));
                // initials alone
                queries.add(new PersonQuery(p.name().charAt(0) + " " + p.name().charAt(p.name().indexOf(' ') + 1),
                        p.dateOfBirth()));
            }
        }
        Set<String> names = new HashSet<>();
        REGISTER.forEach(p -> names.add(SyntheticPeople.nameKey(p.name())));
        for (int i = 0; i < TestSize.of(1_000); i++) {
            queries.add(noise.absentQuery(names));
        }

        int showing = 0;
        for (PersonQuery q : queries) {
            List<PersonMatch<String>> full = INDEX.search(q).stream().filter(PersonMatch::displayable).toList();
            List<PersonMatch<String>> fast = INDEX.searchDisplayable(q);
            assertSame(q, full, fast);
            showing += fast.isEmpty() ? 0 : 1;
        }
        // not a vacuous comparison: most queries show someone
        assertThat(showing).isGreaterThan(queries.size() / 2);
    }

    @Test
    void aDateWithNoOneBornCloseStillShowsAnExactNameWithNoRecordedDate() {
        PersonIndex<String> index = PersonIndex.of(List.of(
                new PersonRecord<>("a", "a", "Alan Birtwistle", List.of(), null),
                new PersonRecord<>("b", "b", "Alan Birtwistle", List.of(), LocalDate.of(1950, 3, 3))));

        List<PersonMatch<String>> shown = index.searchDisplayable(
                new PersonQuery("Alan Birtwistle", LocalDate.of(1990, 7, 21)));

        assertThat(shown).extracting(m -> m.person().id()).containsExactly("a");
    }

    @Test
    void aPersonBornOnACloseDateIsShownThroughOneWordOfTheirName() {
        PersonIndex<String> index = PersonIndex.of(List.of(
                new PersonRecord<>("a", "a", "Margaret Okonkwo-Bell", List.of(), LocalDate.of(1984, 2, 11))));

        // day and month swapped, and a nickname for the forename
        List<PersonMatch<String>> shown = index.searchDisplayable(
                new PersonQuery("Peggy Okonkwo-Bell", LocalDate.of(1984, 11, 2)));

        assertThat(shown).extracting(m -> m.person().id()).containsExactly("a");
        assertThat(shown.get(0).reasons()).contains(MatchReason.DOB_DAY_MONTH_SWAPPED, MatchReason.NICKNAME);
    }

    private static void assertSame(PersonQuery q, List<PersonMatch<String>> full, List<PersonMatch<String>> fast) {
        assertThat(fast).as("scores for %s", q).extracting(PersonMatch::score)
                .containsExactlyElementsOf(full.stream().map(PersonMatch::score).toList());
        if (full.isEmpty()) {
            return;
        }
        // people tied at the last place may differ; everyone above it must be the same
        double last = full.get(full.size() - 1).score();
        assertThat(ids(fast, last)).as("people for %s", q).isEqualTo(ids(full, last));
    }

    private static Set<String> ids(List<PersonMatch<String>> matches, double above) {
        Set<String> ids = new HashSet<>();
        matches.stream().filter(m -> m.score() > above).forEach(m -> ids.add(m.person().id()));
        return ids;
    }
}
