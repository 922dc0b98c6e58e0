package org.nmoregister.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Times on pages are UK local time (GMT or BST), as officers and courts read them; the register stores UTC.
 * Dates and times are written as GOV.UK writes them: "4 December 2026 at 2:30pm", "midday", "midnight", full month
 * names. Pages call it as {@code ${@ukTime.format(instant)}}.
 */
@Component("ukTime")
public class UkTime {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public String format(Instant instant) {
        return written(instant);
    }

    /** An instant in UK time as GOV.UK writes it: "4 December 2026 at 2:30pm". */
    public static String written(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(LONDON);
        return DATE.format(local) + " at " + time(local.getHour(), local.getMinute());
    }

    private static String time(int hour, int minute) {
        if (minute == 0 && hour == 12) {
            return "midday";
        }
        if (minute == 0 && hour == 0) {
            return "midnight";
        }
        int twelve = hour % 12 == 0 ? 12 : hour % 12;
        return twelve + (minute == 0 ? "" : ":" + (minute < 10 ? "0" : "") + minute) + (hour < 12 ? "am" : "pm");
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The value an {@code <input type="datetime-local">} shows for an instant. */
    public String input(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(LONDON));
    }

    /** Reads a {@code datetime-local} value as UK local time; null when blank. */
    public static Instant parseInput(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(LONDON).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.parse(value.strip());
        }
    }
}
