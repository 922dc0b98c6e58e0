package org.nmoregister.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The exact score of each kind of match, so that a change to a weight or a penalty shows. */
class PersonIndexScoreTest {

    private static final LocalDate DOB = LocalDate.of(1980, 3, 4);

    private final PersonIndex<String> index = PersonIndex.of(List.of(
            PersonRecord.of("william", "w", "William Henry Smith", DOB),
            new PersonRecord<>("elizabeth", "e", "Elizabeth Taylor", List.of("Elizabeth Burton"),
                    LocalDate.of(1932, 2, 27)),
            PersonRecord.of("sarah", "s", "Sarah Bonham-Carter", LocalDate.of(1988, 9, 12)),
            PersonRecord.of("yusuf", "y", "Yusuf Hussain", null)));

    @Test
    void theNameAloneScoresItsFitTimesWhatNoDateAllows() {
        assertScore("William Henry Smith", null, "william", 0.85, MatchReason.EXACT_NAME);
        // one recorded forename not given: 0.04 off
        assertScore("William Smith", null, "william", 0.96 * 0.85, MatchReason.PARTIAL_NAME);
        // no forename given, or no surname: 0.20 off
        assertScore("Smith", null, "william", 0.80 * 0.85, MatchReason.PARTIAL_NAME);
        assertScore("William Henry", null, "william", 0.80 * 0.85, MatchReason.PARTIAL_NAME);
        assertScore("Smith William Henry", null, "william", 0.99 * 0.85, MatchReason.SWAPPED_NAMES);
        assertScore("Wiliam Henry Smith", null, "william", (0.86 + 2) / 3 * 0.85, MatchReason.TYPO);
        assertScore("Bill Smith", null, "william", ((0.90 + 1) / 2 - 0.04) * 0.85, MatchReason.NICKNAME);
        assertScore("Elizabeth Burton", null, "elizabeth", 0.97 * 0.85, MatchReason.ALIAS);
        assertScore("Sarah Bonham", null, "sarah", 0.98 * 0.85, MatchReason.SURNAME_PART);
        assertScore("Sarah Bonham-Carter", null, "sarah", 0.85, MatchReason.EXACT_NAME);
    }

    @Test
    void theDateOfBirthRaisesOrSinksTheScore() {
        assertScore("William Henry Smith", DOB, "william", 1.0, MatchReason.DOB_EXACT);
        assertScore("William Henry Smith", LocalDate.of(1980, 4, 3), "william", 0.94,
                MatchReason.DOB_DAY_MONTH_SWAPPED);
        assertScore("William Henry Smith", LocalDate.of(1980, 3, 5), "william", 0.92, MatchReason.DOB_ONE_DIGIT);
        assertScore("William Henry Smith", LocalDate.of(1981, 3, 4), "william", 0.92, MatchReason.DOB_ONE_DIGIT);
        // two digits wrong is another date
        assertScore("William Henry Smith", LocalDate.of(1981, 3, 5), "william", 0.6, MatchReason.DOB_MISMATCH);
        assertScore("William Henry Smith", LocalDate.of(1980, 3, 15), "william", 0.6, MatchReason.DOB_MISMATCH);
        // none recorded
        assertScore("Yusuf Hussain", DOB, "yusuf", 0.71, MatchReason.EXACT_NAME);
        assertScore("W H Smith", DOB, "william", 0.7 * (0.6 + 0.6 + 1) / 3 + 0.3, MatchReason.INITIALS);
        assertScore("William Smith", DOB, "william", 0.7 * 0.96 + 0.3, MatchReason.PARTIAL_NAME);
    }

    @Test
    void removingAndReaddingAPersonChangesWhatIsFound() {
        assertThat(index.size()).isEqualTo(4);
        index.add(PersonRecord.of("william", "w2", "William Henry Smith", LocalDate.of(1990, 1, 1)));
        assertThat(index.size()).isEqualTo(4);
        assertThat(index.searchDisplayable(new PersonQuery("William Henry Smith", DOB))).isEmpty();
        assertThat(index.searchDisplayable(new PersonQuery("William Henry Smith", LocalDate.of(1990, 1, 1))))
                .singleElement().satisfies(m -> assertThat(m.person().payload()).isEqualTo("w2"));

        assertThat(index.remove("william")).isTrue();
        assertThat(index.remove("william")).isFalse();
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.search(PersonQuery.name("William Henry Smith"))).isEmpty();
        assertThat(index.searchDisplayable(new PersonQuery("William Henry Smith", LocalDate.of(1990, 1, 1))))
                .isEmpty();
        assertThat(index.searchDisplayable(new PersonQuery("Sarah Bonham-Carter", LocalDate.of(1988, 9, 12))))
                .extracting(m -> m.person().id()).containsExactly("sarah");
    }

    @Test
    void peopleBornOnOneDayAreFoundByTheirDateAfterOthersAreRemoved() {
        PersonIndex<String> born = new PersonIndex<>();
        LocalDate day = LocalDate.of(1970, 6, 6);
        List<String> surnames = List.of("Abbott", "Barker", "Carver", "Dalton", "Ellison", "Fairley", "Garner");
        for (int i = 0; i < surnames.size(); i++) {
            born.add(PersonRecord.of("p" + i, "p" + i, "Oliver " + surnames.get(i), day));
        }
        assertThat(born.remove("p1")).isTrue();
        assertThat(born.remove("p0")).isTrue();
        for (int i = 2; i < surnames.size(); i++) {
            assertThat(born.searchDisplayable(new PersonQuery("Olivr " + surnames.get(i), day)))
                    .as(surnames.get(i)).extracting(m -> m.person().id()).first().isEqualTo("p" + i);
        }
        assertThat(born.searchDisplayable(new PersonQuery("Olivr Barker", day)))
                .extracting(m -> m.person().id()).doesNotContain("p1", "p0");
        assertThat(born.searchDisplayable(new PersonQuery("Olivr Abbott", day))).isEmpty();
    }

    @Test
    void manyCandidatesAreAllWeighedAndTheBestKept() {
        PersonIndex<String> many = new PersonIndex<>();
        for (int i = 0; i < 1_500; i++) {
            many.add(PersonRecord.of("s" + i, "s" + i, "John Smith", LocalDate.of(1900 + i % 100, 1 + i % 12, 1)));
        }
        many.add(PersonRecord.of("exact", "exact", "John Smith", LocalDate.of(1985, 5, 17)));
        List<PersonMatch<String>> found = many.search(new PersonQuery("John Smith", LocalDate.of(1985, 5, 17), 3));
        assertThat(found).hasSize(3);
        assertThat(found.get(0).person().id()).isEqualTo("exact");
        assertThat(found.get(0).score()).isCloseTo(1.0, within(1e-9));
        // no one else is born within one digit of the date
        assertThat(found.get(1).score()).isCloseTo(0.6, within(1e-9));
        assertThat(many.searchDisplayable(new PersonQuery("John Smith", LocalDate.of(1985, 5, 17), 1)))
                .extracting(m -> m.person().id()).containsExactly("exact");
    }

    private void assertScore(String name, LocalDate dob, String id, double score, MatchReason reason) {
        List<PersonMatch<String>> found = index.search(new PersonQuery(name, dob));
        assertThat(found).as(name).isNotEmpty();
        PersonMatch<String> best = found.get(0);
        assertThat(best.person().id()).as(name).isEqualTo(id);
        assertThat(best.score()).as(name + " " + dob).isCloseTo(score, within(1e-9));
        assertThat(best.reasons()).as(name).contains(reason);
    }
}
