package org.nmoregister.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nmoregister.platform.InvalidRequestException.FieldError;

/**
 * A date and time typed into the GOV.UK date input with two more boxes, hour and minute (24-hour clock), for the
 * moments an order turns on: when it was made, served or discharged, when a hearing is listed. The date is read by
 * {@link DateInput} and refused with its messages; the time's own errors name its part too ("Made at must include an
 * hour", "Hour must be between 0 and 23"). A blank minute is o'clock ("14" is 2pm): courts and officers write "at 2pm".
 * The time is UK local time, as the order states it.
 *
 * @param name   the input's name; the boxes are "{name}-day", "-month", "-year", "-hour", "-minute"
 * @param label  what the moment is, as the legend says it ("Made at")
 */
public record DateTimeInput(String name, String label, String day, String month, String year, String hour,
                            String minute) {

    private static final List<String> PARTS = List.of("day", "month", "year", "hour", "minute");

    /** The boxes as typed, from a request's parameters (absent boxes are empty). */
    public static DateTimeInput of(String name, String label, Map<String, String[]> parameters) {
        return new DateTimeInput(name, label, first(parameters, name + "-day"), first(parameters, name + "-month"),
                first(parameters, name + "-year"), first(parameters, name + "-hour"),
                first(parameters, name + "-minute"));
    }

    /** The boxes filled with a moment already held, in UK time (empty for null). */
    public static DateTimeInput of(String name, String label, Instant value) {
        if (value == null) {
            return new DateTimeInput(name, label, null, null, null, null, null);
        }
        LocalDateTime local = LocalDateTime.ofInstant(value, UkTime.LONDON);
        return new DateTimeInput(name, label, String.valueOf(local.getDayOfMonth()),
                String.valueOf(local.getMonthValue()), String.valueOf(local.getYear()),
                String.valueOf(local.getHour()), (local.getMinute() < 10 ? "0" : "") + local.getMinute());
    }

    /** Whether any of the five boxes was sent at all: a form that still sends one text box has none. */
    public static boolean sent(String name, Map<String, String[]> parameters) {
        return PARTS.stream().anyMatch(part -> parameters.containsKey(name + "-" + part));
    }

    public boolean empty() {
        return date().empty() && blank(hour) && blank(minute);
    }

    /** The date part, read and refused as the GOV.UK date input is. */
    public DateInput date() {
        return new DateInput(name, label, day, month, year);
    }

    /** The moment in UK time, or null when nothing was typed; what cannot be read adds its one error. */
    public Instant read(List<FieldError> errors) {
        return read(errors, UkTime.LONDON);
    }

    public Instant read(List<FieldError> errors, ZoneId zone) {
        if (empty()) {
            return null;
        }
        if (date().empty()) {
            errors.add(new FieldError(name + "-day", label + " must include a day, month and year"));
            return null;
        }
        LocalDate date = date().read(errors);
        if (date == null) {
            return null;
        }
        if (blank(hour)) {
            errors.add(new FieldError(name + "-hour", label + " must include an hour"));
            return null;
        }
        Integer h = number(hour);
        if (h == null || h > 23) {
            errors.add(new FieldError(name + "-hour", "Hour must be between 0 and 23"));
            return null;
        }
        Integer m = blank(minute) ? Integer.valueOf(0) : number(minute);
        if (m == null || m > 59) {
            errors.add(new FieldError(name + "-minute", "Minute must be between 0 and 59"));
            return null;
        }
        // a time the clocks skip (spring forward) is moved on by the gap, as the law of the zone has it
        return LocalDateTime.of(date, LocalTime.of(h, m)).atZone(zone).toInstant();
    }

    /**
     * The boxes to mark for the errors given: those a part's error names; all five when an error is about the whole
     * moment (a required date left empty, or one a rule refuses, reported under "{name}" or "{name}-day" without
     * naming a part).
     */
    public Set<String> wrong(List<FieldError> errors) {
        Set<String> wrong = new LinkedHashSet<>();
        if (errors == null) {
            return wrong; // a page shown before anything was sent has no errors at all
        }
        List<FieldError> dateErrors = new ArrayList<>();
        for (FieldError error : errors) {
            String field = error.field() == null ? "" : error.field();
            if (field.equals(name + "-hour") || field.equals(name + "-minute")) {
                wrong.add(field.substring(name.length() + 1));
            } else if (field.equals(name)) {
                wrong.addAll(PARTS);
            } else if (field.startsWith(name + "-")) {
                String reason = error.reason() == null ? "" : error.reason();
                if (reason.endsWith("must be a real date") || reason.contains("must include a ")
                        || reason.startsWith("Year must")) {
                    dateErrors.add(error);
                } else {
                    wrong.addAll(PARTS);
                }
            }
        }
        wrong.addAll(date().wrong(dateErrors));
        return wrong;
    }

    /**
     * Errors a rule gave about the moment as a whole (field {@code name}: "The order was discharged on ...", "is
     * required"), moved to its first box so the summary's link lands there and the input shows them; a fragment of a
     * sentence is said of the moment ("Date served is required"). Other errors are kept as they are.
     */
    public static List<FieldError> onBoxes(List<FieldError> errors, String name, String label) {
        List<FieldError> moved = new ArrayList<>();
        for (FieldError error : errors) {
            if (name.equals(error.field())) {
                String reason = error.reason() == null ? "" : error.reason().strip();
                moved.add(new FieldError(name + "-day", reason.isEmpty() || Character.isUpperCase(reason.charAt(0))
                        ? reason : label + " " + reason));
            } else {
                moved.add(error);
            }
        }
        return moved;
    }

    /**
     * The moment sent as {@code name}: from its date input's boxes when the form sent them, else from one text value
     * as a {@code datetime-local} box sends it (still read, for forms and clients of before). What cannot be read adds
     * its error.
     */
    public static Instant read(String name, String label, Map<String, String[]> parameters, List<FieldError> errors) {
        if (sent(name, parameters)) {
            return of(name, label, parameters).read(errors);
        }
        String value = first(parameters, name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UkTime.parseInput(value);
        } catch (RuntimeException e) {
            errors.add(new FieldError(name + "-day", label + " must be a real date and time"));
            return null;
        }
    }

    private static String first(Map<String, String[]> parameters, String key) {
        String[] values = parameters.get(key);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static Integer number(String text) {
        String digits = text.strip();
        return digits.matches("\\d{1,2}") ? Integer.valueOf(digits) : null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
