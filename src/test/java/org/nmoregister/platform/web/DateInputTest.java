package org.nmoregister.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmoregister.platform.InvalidRequestException.FieldError;

/** A date typed in the GOV.UK date input: read as the design system says, refused with the part that is wrong. */
class DateInputTest {

    private static List<FieldError> read(String day, String month, String year, LocalDate expected) {
        List<FieldError> errors = new ArrayList<>();
        assertThat(new DateInput("from", "From", day, month, year).read(errors)).isEqualTo(expected);
        return errors;
    }

    @Test
    void aRealDateIsReadWithSpacesMonthNamesAndLeadingZeros() {
        assertThat(read("27", "3", "2026", LocalDate.of(2026, 3, 27))).isEmpty();
        assertThat(read(" 07 ", "03", "2026", LocalDate.of(2026, 3, 7))).isEmpty();
        assertThat(read("1", "Feb", "2024", LocalDate.of(2024, 2, 1))).isEmpty();
        assertThat(read("29", "february", "2024", LocalDate.of(2024, 2, 29))).as("a leap year").isEmpty();
        assertThat(read("", " ", null, null)).as("nothing typed: no date, no error").isEmpty();
    }

    @Test
    void aMissingPartIsNamedAndTheErrorLinksToItsBox() {
        assertThat(read("27", "", "2026", null)).containsExactly(new FieldError("from-month",
                "From must include a month"));
        assertThat(read("", "", "2026", null)).containsExactly(new FieldError("from-day",
                "From must include a day and month"));
        assertThat(read("27", "3", "", null)).containsExactly(new FieldError("from-year", "From must include a year"));
    }

    @Test
    void aDateThatDoesNotExistOrAShortYearIsRefused() {
        assertThat(read("31", "4", "2026", null)).containsExactly(new FieldError("from-day",
                "From must be a real date"));
        assertThat(read("29", "2", "2026", null)).as("not a leap year").containsExactly(new FieldError("from-day",
                "From must be a real date"));
        assertThat(read("12", "13", "2026", null)).containsExactly(new FieldError("from-month",
                "From must be a real date"));
        assertThat(read("12", "Smarch", "2026", null)).extracting(FieldError::field).containsExactly("from-month");
        assertThat(read("x", "3", "2026", null)).extracting(FieldError::field).containsExactly("from-day");
        assertThat(read("12", "3", "26", null)).containsExactly(new FieldError("from-year",
                "Year must include 4 numbers"));
        assertThat(read("12", "3", "twenty", null)).extracting(FieldError::field).containsExactly("from-year");
    }

    @Test
    void onlyTheWrongBoxesAreMarked() {
        DateInput from = new DateInput("from", "From", "", "", "2026");
        List<FieldError> errors = new ArrayList<>();
        from.read(errors);
        errors.add(new FieldError("to-day", "To must be a real date"));
        assertThat(from.wrong(errors)).containsExactly("day", "month");
        assertThat(new DateInput("to", "To", "31", "4", "2026").wrong(errors))
                .containsExactly("day", "month", "year");
        assertThat(new DateInput("from", "From", "1", "2", "26").wrong(List.of(new FieldError("from-year",
                "Year must include 4 numbers")))).containsExactly("year");
    }
}
