package org.nmoregister.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The control room's search (searchDisplayable, given a date) reads only the people born on a date within one error
 * of the caller's: each of the eight digits of the date changed to each other digit, and day and month swapped. Each
 * digit's place, the digits 0 and 9, and a day of 12 (the last that can be a month) are found here at the figure the
 * full search gives; two errors are not.
 */
class PersonIndexNearDatesTest {

    private static final PersonIndex<String> INDEX = PersonIndex.of(List.of(
            PersonRecord.of("robert", "robert", "Robert Brown", LocalDate.of(2001, 5, 3)),
            PersonRecord.of("nora", "nora", "Nora Blake", LocalDate.of(1980, 11, 12)),
            PersonRecord.of("tessa", "tessa", "Tessa Dunn", LocalDate.of(1980, 3, 12)),
            PersonRecord.of("ursula", "ursula", "Ursula Fenn", LocalDate.of(1980, 12, 3))));

    @ParameterizedTest(name = "{0} born {1}, asked for {2}: {3}")
    @CsvSource({
            // each digit of 2001-05-03 in turn, from the thousands of the year to the day's units
            "Robert Brown, 2001-05-03, 1001-05-03, DOB_ONE_DIGIT",
            "Robert Brown, 2001-05-03, 2101-05-03, DOB_ONE_DIGIT",
            "Robert Brown, 2001-05-03, 2091-05-03, DOB_ONE_DIGIT",
            "Robert Brown, 2001-05-03, 2009-05-03, DOB_ONE_DIGIT",
            "Robert Brown, 2001-05-03, 2001-06-03, DOB_ONE_DIGIT",
            "Robert Brown, 2001-05-03, 2001-05-23, DOB_ONE_DIGIT",
            "Robert Brown, 2001-05-03, 2001-05-09, DOB_ONE_DIGIT",
            // the month's tens, and a digit changed to 0
            "Nora Blake, 1980-11-12, 1980-01-12, DOB_ONE_DIGIT",
            "Nora Blake, 1980-11-12, 1980-11-10, DOB_ONE_DIGIT",
            // day and month swapped, with the day 12 on either side
            "Robert Brown, 2001-05-03, 2001-03-05, DOB_DAY_MONTH_SWAPPED",
            "Tessa Dunn, 1980-03-12, 1980-12-03, DOB_DAY_MONTH_SWAPPED",
            "Ursula Fenn, 1980-12-03, 1980-03-12, DOB_DAY_MONTH_SWAPPED"})
    void aDateOneErrorOutIsReadAndShown(String name, LocalDate born, LocalDate asked, MatchReason reason) {
        PersonQuery query = new PersonQuery(name, asked);
        double expected = reason == MatchReason.DOB_ONE_DIGIT ? 0.7 + 0.22 : 0.7 + 0.24;

        List<PersonMatch<String>> shown = INDEX.searchDisplayable(query);

        assertThat(shown).as("%s %s", name, asked).singleElement().satisfies(m -> {
            assertThat(m.person().name()).isEqualTo(name);
            assertThat(m.person().dateOfBirth()).isEqualTo(born);
            assertThat(m.score()).isCloseTo(expected, within(1e-9));
            assertThat(m.reasons()).containsExactlyInAnyOrder(MatchReason.EXACT_NAME, reason);
        });
        assertThat(INDEX.search(query).get(0).score()).isEqualTo(shown.get(0).score());
    }

    @ParameterizedTest(name = "{0} asked for {1}")
    @CsvSource({
            "Robert Brown, 2002-06-03",
            "Robert Brown, 2000-09-03",
            "Nora Blake, 1980-12-13",
            "Tessa Dunn, 1980-12-13"})
    void twoErrorsInTheDateAreAnotherDate(String name, LocalDate asked) {
        PersonQuery query = new PersonQuery(name, asked);

        assertThat(INDEX.searchDisplayable(query)).isEmpty();
        assertThat(INDEX.search(query).get(0)).satisfies(m -> {
            assertThat(m.score()).isCloseTo(0.6, within(1e-9));
            assertThat(m.reasons()).containsExactlyInAnyOrder(MatchReason.EXACT_NAME, MatchReason.DOB_MISMATCH);
        });
    }
}
