package org.nmoregister.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nmoregister.platform.InvalidRequestException.FieldError;

/** A moment typed in the GOV.UK date input with hour and minute boxes: UK time, refused naming the part. */
class DateTimeInputTest {

    private static List<FieldError> read(String day, String month, String year, String hour, String minute,
                                         Instant expected) {
        List<FieldError> errors = new ArrayList<>();
        assertThat(new DateTimeInput("madeAt", "Date made", day, month, year, hour, minute).read(errors))
                .isEqualTo(expected);
        return errors;
    }

    @Test
    void aMomentIsReadAsUkTimeInSummerAndWinter() {
        assertThat(read("1", "7", "2026", "10", "30", Instant.parse("2026-07-01T09:30:00Z"))).isEmpty();
        assertThat(read("4", "Dec", "2026", "14", "05", Instant.parse("2026-12-04T14:05:00Z"))).isEmpty();
        assertThat(read("4", "12", "2026", "0", "0", Instant.parse("2026-12-04T00:00:00Z"))).as("midnight").isEmpty();
        assertThat(read("4", "12", "2026", "14", "", Instant.parse("2026-12-04T14:00:00Z")))
                .as("a blank minute is o'clock").isEmpty();
        assertThat(read(" ", "", null, "", null, null)).as("nothing typed: no moment, no error").isEmpty();
    }

    @Test
    void aMissingOrWrongPartIsNamedAndItsBoxMarked() {
        assertThat(read("4", "12", "2026", "", "30", null))
                .containsExactly(new FieldError("madeAt-hour", "Date made must include an hour"));
        assertThat(read("", "", "", "14", "30", null))
                .containsExactly(new FieldError("madeAt-day", "Date made must include a day, month and year"));
        assertThat(read("4", "", "2026", "14", "30", null))
                .containsExactly(new FieldError("madeAt-month", "Date made must include a month"));
        assertThat(read("4", "12", "2026", "24", "00", null))
                .containsExactly(new FieldError("madeAt-hour", "Hour must be between 0 and 23"));
        assertThat(read("4", "12", "2026", "2pm", "", null))
                .containsExactly(new FieldError("madeAt-hour", "Hour must be between 0 and 23"));
        assertThat(read("4", "12", "2026", "9", "60", null))
                .containsExactly(new FieldError("madeAt-minute", "Minute must be between 0 and 59"));
        assertThat(read("31", "4", "2026", "9", "0", null))
                .containsExactly(new FieldError("madeAt-day", "Date made must be a real date"));

        var input = new DateTimeInput("madeAt", "Date made", "4", "", "2026", "", "");
        assertThat(input.wrong(List.of(new FieldError("madeAt-month", "Date made must include a month"))))
                .containsExactly("month");
        assertThat(input.wrong(List.of(new FieldError("madeAt-hour", "Hour must be between 0 and 23"))))
                .containsExactly("hour");
        assertThat(input.wrong(List.of(new FieldError("madeAt-day", "Enter the date the order was made"))))
                .as("an error about the whole moment marks every box")
                .containsExactly("day", "month", "year", "hour", "minute");
        assertThat(input.wrong(List.of(new FieldError("servedAt-day", "Date served must include a month"))))
                .as("another input's error").isEmpty();
        assertThat(input.wrong(null)).as("a page shown before anything was sent").isEmpty();
    }

    @Test
    void aTimeThatCannotBeReadIsRefusedAtItsBoxWithInputKept() {
        assertThat(read("4", "12", "2026", "", "", null)).as("a date without its time")
                .containsExactly(new FieldError("madeAt-hour", "Date made must include an hour"));
        assertThat(read("4", "12", "2026", "14:30", "", null)).as("the whole time typed in the hour box")
                .containsExactly(new FieldError("madeAt-hour", "Hour must be between 0 and 23"));
        assertThat(read("4", "12", "2026", "-1", "00", null))
                .containsExactly(new FieldError("madeAt-hour", "Hour must be between 0 and 23"));
        assertThat(read("4", "12", "2026", "9", "3O", null)).as("a letter O for a nought")
                .containsExactly(new FieldError("madeAt-minute", "Minute must be between 0 and 59"));
        assertThat(read("4", "12", "2026", "9", "030", null))
                .containsExactly(new FieldError("madeAt-minute", "Minute must be between 0 and 59"));
        assertThat(read("4", "13", "2026", "25", "00", null)).as("the date's error comes first, one error only")
                .containsExactly(new FieldError("madeAt-month", "Date made must be a real date"));

        var typed = new DateTimeInput("arrestedAt", "The date and time of the arrest", "4", "12", "2026", "9", "75");
        List<FieldError> errors = new ArrayList<>();
        assertThat(typed.read(errors)).isNull();
        assertThat(errors).containsExactly(new FieldError("arrestedAt-minute", "Minute must be between 0 and 59"));
        assertThat(typed.wrong(errors)).containsExactly("minute");
        assertThat(typed.minute()).as("what was typed is kept to show again").isEqualTo("75");
    }

    @Test
    void theHourTheClocksChangeIsReadAsTheLawOfTheZoneHasIt() {
        assertThat(read("29", "3", "2026", "1", "30", Instant.parse("2026-03-29T01:30:00Z")))
                .as("01:30 does not happen when the clocks go forward: read as 02:30 summer time").isEmpty();
        assertThat(read("25", "10", "2026", "1", "30", Instant.parse("2026-10-25T00:30:00Z")))
                .as("01:30 happens twice when the clocks go back: the first, in summer time").isEmpty();
        assertThat(read("1", "Jul", "2026", "23", "59", Instant.parse("2026-07-01T22:59:00Z"))).isEmpty();
    }

    @Test
    void theBoxesComeFromTheRequestOrFromAMomentHeld() {
        Map<String, String[]> sent = Map.of("madeAt-day", new String[] {"4"}, "madeAt-hour", new String[] {"9"});
        assertThat(DateTimeInput.sent("madeAt", sent)).isTrue();
        assertThat(DateTimeInput.sent("servedAt", sent)).isFalse();
        assertThat(DateTimeInput.of("madeAt", "Date made", sent))
                .isEqualTo(new DateTimeInput("madeAt", "Date made", "4", null, null, "9", null));
        assertThat(DateTimeInput.of("madeAt", "Date made", Instant.parse("2026-07-01T09:05:00Z")))
                .isEqualTo(new DateTimeInput("madeAt", "Date made", "1", "7", "2026", "10", "05"));
        assertThat(DateTimeInput.of("madeAt", "Date made", Instant.parse("2026-12-04T00:00:00Z")))
                .as("winter: UK time is GMT").isEqualTo(new DateTimeInput("madeAt", "Date made", "4", "12", "2026", "0",
                        "00"));
        assertThat(DateTimeInput.of("madeAt", "Date made", (Instant) null).empty()).isTrue();
        assertThat(DateInput.of("dob", "Date of birth", java.time.LocalDate.of(1988, 4, 12)))
                .isEqualTo(new DateInput("dob", "Date of birth", "12", "4", "1988"));
        assertThat(DateInput.sent("dob", Map.of("dob-year", new String[] {"1988"}))).isTrue();
        assertThat(DateInput.of("dob", "Date of birth", Map.of("dob-year", new String[] {"1988"})))
                .isEqualTo(new DateInput("dob", "Date of birth", null, null, "1988"));
    }
}
