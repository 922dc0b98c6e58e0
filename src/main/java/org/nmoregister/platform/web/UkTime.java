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
 * Pages call it as {@code ${@ukTime.format(instant)}}.
 */
@Component("ukTime")
public class UkTime {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(LONDON));
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
