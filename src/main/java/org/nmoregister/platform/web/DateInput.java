package org.nmoregister.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nmoregister.platform.InvalidRequestException.FieldError;

/**
 * A date typed into the GOV.UK date input: day, month and year in three boxes, read the way the design system says to
 * read them and refused with its messages, which name the part that is wrong ("From must include a month", "Year must
 * include 4 numbers", "From must be a real date"). The error belongs to the first box that is wrong, so the error
 * summary's link puts the cursor there; {@link #wrong()} says which boxes to mark. A question that asks the time
 * as well is a {@link DateTimeInput}: the one way the register asks a time, in hour and minute boxes.
 *
 * @param name  the input's name, which the boxes' names and ids start with ("from" is "from-day", "from-month",
 *              "from-year")
 * @param label what the date is, as the question's legend says it ("From")
 * @param day   the day as typed
 * @param month the month as typed (a number, or a month's name or its first three letters)
 * @param year  the year as typed
 */
public record DateInput(String name, String label, String day, String month, String year) {

    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /** Whether nothing was typed in any box: an optional date left empty. */
    public boolean empty() {
        return blank(day) && blank(month) && blank(year);
    }

    /** The date, or null when nothing was typed; a date that cannot be read adds its one error to {@code errors}. */
    public LocalDate read(List<FieldError> errors) {
        if (empty()) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        if (blank(day)) {
            missing.add("day");
        }
        if (blank(month)) {
            missing.add("month");
        }
        if (blank(year)) {
            missing.add("year");
        }
        if (!missing.isEmpty()) {
            errors.add(new FieldError(name + "-" + missing.get(0), label + " must include a "
                    + String.join(" and ", missing)));
            return null;
        }
        Integer d = number(day);
        Integer m = month(month);
        Integer y = number(year);
        if (y != null && year.strip().length() != 4) {
            errors.add(new FieldError(name + "-year", "Year must include 4 numbers"));
            return null;
        }
        try {
            if (d == null || m == null || y == null) {
                throw new DateTimeException("not numbers");
            }
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            errors.add(new FieldError(name + "-" + firstWrong(d, m, y), label + " must be a real date"));
            return null;
        }
    }

    /** The boxes to mark as wrong for the errors given: each box named by an error, or all three for a whole date. */
    public Set<String> wrong(List<FieldError> errors) {
        Set<String> wrong = new LinkedHashSet<>();
        if (errors == null) {
            return wrong; // a page shown before anything was sent has no errors at all
        }
        for (FieldError error : errors) {
            if (error.field() == null || !error.field().startsWith(name + "-")) {
                continue;
            }
            if (error.reason().endsWith("must be a real date")) {
                wrong.addAll(List.of("day", "month", "year"));
            } else if (error.reason().contains("must include a ")) {
                for (String part : List.of("day", "month", "year")) {
                    if (error.reason().matches(".*\\b" + part + "\\b.*")) {
                        wrong.add(part);
                    }
                }
            } else {
                wrong.add(error.field().substring(name.length() + 1));
            }
        }
        return wrong;
    }

    private static String firstWrong(Integer d, Integer m, Integer y) {
        if (d == null || d < 1 || d > 31) {
            return "day";
        }
        if (m == null || m < 1 || m > 12) {
            return "month";
        }
        if (y == null) {
            return "year";
        }
        return "day"; // 31 April, 29 February in a common year: the day is what does not exist
    }

    private static Integer number(String text) {
        String digits = text.strip();
        if (!digits.matches("\\d{1,4}")) {
            return null;
        }
        return Integer.parseInt(digits);
    }

    /** A month as a number, its name or its first three letters, as GOV.UK accepts it. */
    private static Integer month(String text) {
        Integer number = number(text);
        if (number != null) {
            return number;
        }
        String word = text.strip().toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < MONTHS.size(); i++) {
            if (word.length() >= 3 && MONTHS.get(i).startsWith(word) || MONTHS.get(i).equals(word)) {
                return i + 1;
            }
        }
        return null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The boxes as typed, from a request's parameters ("{name}-day", "-month", "-year"; absent boxes are empty). */
    public static DateInput of(String name, String label, java.util.Map<String, String[]> parameters) {
        return new DateInput(name, label, parameter(parameters, name + "-day"), parameter(parameters, name + "-month"),
                parameter(parameters, name + "-year"));
    }

    /** The boxes filled with a date already held (empty for null). */
    public static DateInput of(String name, String label, LocalDate value) {
        return value == null ? new DateInput(name, label, null, null, null)
                : new DateInput(name, label, String.valueOf(value.getDayOfMonth()),
                String.valueOf(value.getMonthValue()), String.valueOf(value.getYear()));
    }

    /** Whether any of the three boxes was sent at all: a form that still sends one text box has none. */
    public static boolean sent(String name, java.util.Map<String, String[]> parameters) {
        return parameters.containsKey(name + "-day") || parameters.containsKey(name + "-month")
                || parameters.containsKey(name + "-year");
    }

    private static String parameter(java.util.Map<String, String[]> parameters, String key) {
        String[] values = parameters.get(key);
        return values == null || values.length == 0 ? null : values[0];
    }
}
