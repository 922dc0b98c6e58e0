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

    // ---- a date and a time (the breach forms)

    private static List<FieldError> readAt(String day, String month, String year, String time,
                                           java.time.Instant expected) {
        List<FieldError> errors = new ArrayList<>();
        assertThat(DateInput.withTime("occurredAt", "The date it happened", day, month, year, time).readInstant(errors))
                .isEqualTo(expected);
        return errors;
    }

    @Test
    void aDateAndTimeIsReadInUkTimeSummerTimeIncluded() {
        assertThat(readAt("4", "12", "2026", "14:30", java.time.Instant.parse("2026-12-04T14:30:00Z"))).isEmpty();
        assertThat(readAt("1", "Jul", "2026", "14:30", java.time.Instant.parse("2026-07-01T13:30:00Z")))
                .as("British Summer Time").isEmpty();
        assertThat(readAt("1", "7", "2026", "2:30pm", java.time.Instant.parse("2026-07-01T13:30:00Z"))).isEmpty();
        assertThat(readAt("1", "7", "2026", "9am", java.time.Instant.parse("2026-07-01T08:00:00Z"))).isEmpty();
        assertThat(readAt("1", "7", "2026", "12am", java.time.Instant.parse("2026-06-30T23:00:00Z")))
                .as("12am is midnight").isEmpty();
        assertThat(readAt("1", "7", "2026", "12pm", java.time.Instant.parse("2026-07-01T11:00:00Z")))
                .as("12pm is midday").isEmpty();
        assertThat(readAt("", "", "", " ", null)).as("nothing typed: none, and no error").isEmpty();
    }

    @Test
    void aMissingOrWrongPartOfADateAndTimeIsNamedInPlainEnglish() {
        assertThat(readAt("4", "", "2026", "14:30", null)).containsExactly(
                new FieldError("occurredAt-month", "The date it happened must include a month"));
        assertThat(readAt("4", "12", "2026", "", null)).containsExactly(
                new FieldError("occurredAt-time", "The time it happened must include hours and minutes"));
        assertThat(readAt("4", "12", "2026", "25:00", null)).containsExactly(
                new FieldError("occurredAt-time", "The time it happened must be a real time, like 14:30 or 2:30pm"));
        assertThat(readAt("4", "12", "2026", "13pm", null)).hasSize(1);
        assertThat(readAt("4", "12", "2026", "14", null)).as("hours alone").hasSize(1);
        assertThat(readAt("4", "12", "2026", "14:60", null)).hasSize(1);
        assertThat(readAt("", "", "", "14:30", null)).containsExactly(
                new FieldError("occurredAt-day", "The date it happened must include a day, month and year"));
        assertThat(readAt("31", "4", "2026", "10:00", null)).containsExactly(
                new FieldError("occurredAt-day", "The date it happened must be a real date"));
        DateInput typed = DateInput.withTime("occurredAt", "The date it happened", "4", "12", "2026", "25:00");
        assertThat(typed.wrong(List.of(new FieldError("occurredAt-time", "x")))).containsExactly("time");
    }

    @Test
    void aRecordedTimeIsShownInItsBoxesInUkTime() {
        DateInput shown = DateInput.of("crimedAt", "The date", java.time.Instant.parse("2026-07-01T13:05:00Z"));
        assertThat(shown).isEqualTo(DateInput.withTime("crimedAt", "The date", "1", "7", "2026", "14:05"));
        assertThat(DateInput.of("crimedAt", "The date", null).empty()).isTrue();
    }
}
