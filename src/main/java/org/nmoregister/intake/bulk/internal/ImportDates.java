package org.nmoregister.intake.bulk.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Dates as spreadsheets write them: ISO ({@code 2026-11-02}, {@code 2026-11-02T10:30}, {@code 2026-11-02 10:30},
 * with or without an offset) or UK ({@code 02/11/2026}, {@code 2/11/2026 10:30}). A time without an offset is UK
 * time (Europe/London), as the court wrote it.
 */
public final class ImportDates {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern UK_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final DateTimeFormatter UK_DATE_FORMAT = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final List<DateTimeFormatter> TIME_FORMATS = List.of(
            DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("H:mm:ss").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("H.mm").withResolverStyle(ResolverStyle.STRICT));

    private ImportDates() {
    }

    /** A date alone. */
    public static LocalDate date(String text) {
        String value = text.strip();
        try {
            if (ISO_DATE.matcher(value).matches()) {
                return LocalDate.parse(value);
            }
            if (UK_DATE.matcher(value).matches()) {
                return LocalDate.parse(value, UK_DATE_FORMAT);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a real date");
        }
        throw new IllegalArgumentException("'" + value + "' is not a date: write 2026-11-02 or 02/11/2026");
    }

    /**
     * A point in time. A date without a time means the start of that day, or its last minute when
     * {@code endOfDay} (an order "until 16/11/2026" lasts all that day).
     */
    public static Instant instant(String text, boolean endOfDay) {
        String value = text.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("is empty");
        }
        if (value.contains("T") || value.endsWith("Z")) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                // not with an offset: a local ISO date-time
            }
            try {
                return LocalDateTime.parse(value).atZone(UK).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + value + "' is not a date and time: write 2026-11-02T10:30 or "
                        + "02/11/2026 10:30");
            }
        }
        String[] parts = value.split("\\s+", 2);
        LocalDate date = date(parts[0]);
        if (parts.length == 1) {
            return endOfDay ? date.atTime(23, 59).atZone(UK).toInstant() : date.atStartOfDay(UK).toInstant();
        }
        return date.atTime(time(parts[1])).atZone(UK).toInstant();
    }

    private static LocalTime time(String text) {
        String value = text.strip().toLowerCase();
        for (DateTimeFormatter format : TIME_FORMATS) {
            try {
                return LocalTime.parse(value, format);
            } catch (DateTimeException e) {
                // try the next way of writing it
            }
        }
        throw new IllegalArgumentException("'" + text.strip() + "' is not a time: write 10:30 (24-hour clock)");
    }
}
