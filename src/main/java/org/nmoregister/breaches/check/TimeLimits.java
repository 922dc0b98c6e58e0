package org.nmoregister.breaches.check;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a term limited in time applied when an incident happened, read from the court's words (the phrases the
 * terms parser marks as time limits):
 * <ul>
 *   <li>daily hours: "between 8am and 6pm", "between the hours of 10pm and 7am", "from 8 p.m. until 7 a.m.",
 *   "between 7 and 10pm" (both evening), "outside the hours of 9am and 5pm", 24-hour clocks ("2000hrs"), midnight
 *   and noon; "except", "save", "other than" or "outside" before the hours, or a term that only permits something
 *   during them ("may only telephone ... between 6pm and 7pm"), forbid the conduct outside them instead;</li>
 *   <li>one side of a time of day: "after 9pm", "before 8am";</li>
 *   <li>a date the term ends or starts: "until 4pm on 1 March 2027", "until 1 March 2027", "until 01/03/2027",
 *   "from 3 June 2026";</li>
 *   <li>a period from the making of the order: "for 28 days", "for a period of six months";</li>
 *   <li>parts of the day and week, which the words do not define: "overnight", "during the night", "during the
 *   day", "during the evening", "during school hours", "on weekdays", "on weekends";</li>
 *   <li>no limit: "at any time", "at all times", "until further order", "until the return hearing".</li>
 * </ul>
 * Each rule says, for an instant in the United Kingdom's local time, whether the term applies, does not, or may
 * (where the words leave it open); an incident reported as a window is judged at points across it, so a window that
 * runs into and out of the hours is only a possible breach.
 */
final class TimeLimits {

    /** How a time limit bears on the incident, and why. */
    record Verdict(int level, String reason) {
    }

    private static final String CLOCK = "(?:\\d{1,2}(?:[.:]?\\d{2})?\\s*(?:am|pm|a\\.m\\.?|p\\.m\\.?|hrs|hours)?|midnight|"
            + "noon|midday)";
    private static final Pattern HOURS = Pattern.compile("\\b(between|from|outside)\\s+(?:the\\s+hours\\s+of\\s+)?("
            + CLOCK + ")\\s+(?:and|to|until|till|-)\\s+(" + CLOCK + ")");
    private static final Pattern CLOCK_PARTS = Pattern.compile(
            "(\\d{1,2})(?:[.:]?(\\d{2}))?\\s*(am|pm|a\\.m\\.?|p\\.m\\.?|hrs|hours)?");
    private static final Pattern SIDE_OF_TIME = Pattern.compile("\\b(after|before|until|till|by|from)\\s+(" + CLOCK
            + ")(?:\\s+on\\s+(.+))?$");
    private static final Pattern SIDE_OF_DATE = Pattern.compile("\\b(after|before|until|till|by|from)\\s+(.+)$");
    private static final Pattern PERIOD = Pattern.compile("\\bfor\\s+(?:a\\s+period\\s+of\\s+)?(\\d+|[a-z-]+)\\s+"
            + "(days?|weeks?|months?|years?)\\b");
    private static final Pattern NO_LIMIT = Pattern.compile("\\b(at any time|at all times|further order|the (return|"
            + "next) hearing)\\b");
    private static final Pattern NAMED_DATE = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+(january|february|march|"
            + "april|may|june|july|august|september|october|november|december)(?:\\s+(\\d{4}))?");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2,4})");
    private static final Pattern INVERTING_JUST_BEFORE = Pattern.compile("\\b(except|save|other than|outside( of)?)"
            + "( (at|during|in|on))?( the)?( (times|hours)( of)?)?\\s*$");
    private static final Pattern PERMISSION = Pattern.compile("\\b(may|can|is (permitted|allowed) to)\\b.*\\bonly\\b|"
            + "\\bonly\\b.*\\b(may|can|permitted|allowed)\\b|\\b(may|can) only\\b");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fourteen", 14),
            Map.entry("twenty-one", 21), Map.entry("twenty-eight", 28));
    private static final Duration STEP = Duration.ofMinutes(15);
    private static final int MAX_POINTS = 400;

    /** A rule: whether the term applies at an instant, and, where the words leave it open, why. */
    private interface Rule {
        int at(ZonedDateTime t);

        /** Why the term may or may not apply at this instant, when {@link #at} says POSSIBLE. */
        default String open(ZonedDateTime t) {
            return "";
        }
    }

    private TimeLimits() {
    }

    /**
     * @param limit      the time limit as the order words it
     * @param clauseText the whole term, for words before the limit that turn it around ("except between ...")
     * @param madeAt     when the order was made: periods run from it, and dates without a year follow it
     * @return the verdict, or null when the limit is not one this reads
     */
    static Verdict judge(String limit, String clauseText, Instant from, Instant until, Instant madeAt) {
        String phrase = limit.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        String quoted = "\"" + limit.trim() + "\"";
        if (NO_LIMIT.matcher(phrase).find()) {
            return new Verdict(TermJudge.LIKELY, "");
        }
        Rule rule = rule(phrase, madeAt);
        if (rule == null) {
            return null;
        }
        boolean inverted = phrase.startsWith("outside") || invertedByContext(phrase, clauseText);
        Rule applied = inverted ? t -> invert(rule.at(t)) : rule;
        return verdict(applied, rule, quoted, inverted, from, until);
    }

    private static Verdict verdict(Rule applied, Rule rule, String quoted, boolean inverted, Instant from,
                                   Instant until) {
        boolean likely = false;
        boolean notCovered = false;
        ZonedDateTime open = null;
        long minutes = Math.max(0, Duration.between(from, until).toMinutes());
        int points = (int) Math.min(MAX_POINTS, minutes / STEP.toMinutes() + 1);
        for (int i = 0; i <= points; i++) {
            Instant at = i == points ? until : from.plus(Duration.ofMinutes(minutes * i / Math.max(1, points)));
            ZonedDateTime local = at.atZone(Wording.UK);
            int level = applied.at(local);
            likely |= level == TermJudge.LIKELY;
            notCovered |= level == TermJudge.NOT_COVERED;
            if (level == TermJudge.POSSIBLE && open == null) {
                open = local;
            }
        }
        String outside = inverted ? ": it forbids the conduct outside that time" : "";
        String when = from.equals(until) ? "at " + Wording.when(from)
                : "between " + Wording.when(from) + " and " + Wording.when(until);
        if (open == null && likely && !notCovered) {
            return new Verdict(TermJudge.LIKELY, "It happened " + when + ", within the time the term applies ("
                    + quoted + outside + ").");
        }
        if (open == null && notCovered && !likely) {
            return new Verdict(TermJudge.NOT_COVERED, "It happened " + when + ", outside the time the term applies ("
                    + quoted + outside + ").");
        }
        if (open == null) {
            return new Verdict(TermJudge.POSSIBLE, "The term is limited to " + quoted + outside + " and the"
                    + " incident's window spans that limit: confirm the time.");
        }
        return new Verdict(TermJudge.POSSIBLE, "The term is limited to " + quoted + outside + ". " + rule.open(open)
                + " Confirm what the court meant, or treat it as a possible breach.");
    }

    private static int invert(int level) {
        return level == TermJudge.POSSIBLE ? level
                : level == TermJudge.LIKELY ? TermJudge.NOT_COVERED : TermJudge.LIKELY;
    }

    /** "except between ...", or a term that only permits the conduct during the time. */
    private static boolean invertedByContext(String phrase, String clauseText) {
        String text = clauseText.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int at = text.indexOf(phrase);
        if (at < 0) {
            return false;
        }
        String before = text.substring(0, at);
        int sentence = Math.max(before.lastIndexOf(". "), before.lastIndexOf(';'));
        before = before.substring(sentence + 1);
        return INVERTING_JUST_BEFORE.matcher(before).find() || PERMISSION.matcher(before).find();
    }

    // ------------------------------------------------------------------ reading the words

    private static Rule rule(String phrase, Instant madeAt) {
        Matcher hours = HOURS.matcher(phrase);
        if (hours.find()) {
            LocalTime[] window = window(hours.group(2), hours.group(3));
            return window == null ? null : t -> within(t.toLocalTime(), window[0], window[1])
                    ? TermJudge.LIKELY : TermJudge.NOT_COVERED;
        }
        Matcher period = PERIOD.matcher(phrase);
        if (period.find()) {
            Integer n = number(period.group(1));
            if (n == null || madeAt == null) {
                return null;
            }
            ZonedDateTime made = madeAt.atZone(Wording.UK);
            String unit = period.group(2);
            ZonedDateTime end = unit.startsWith("day") ? made.plusDays(n) : unit.startsWith("week") ? made.plusWeeks(n)
                    : unit.startsWith("month") ? made.plusMonths(n) : made.plusYears(n);
            return ends(end);
        }
        Matcher side = SIDE_OF_TIME.matcher(phrase);
        if (side.find()) {
            LocalTime time = clock(side.group(2), null);
            if (time == null) {
                return null;
            }
            if (side.group(3) != null) {
                LocalDate date = date(side.group(3), madeAt);
                if (date == null) {
                    return null;
                }
                ZonedDateTime instant = date.atTime(time).atZone(Wording.UK);
                return side.group(1).equals("from") || side.group(1).equals("after") ? starts(instant)
                        : ends(instant);
            }
            return sideOfTime(side.group(1), time);
        }
        Matcher dated = SIDE_OF_DATE.matcher(phrase);
        if (dated.find()) {
            LocalDate date = date(dated.group(2), madeAt);
            if (date == null) {
                return null;
            }
            String word = dated.group(1);
            if (word.equals("from") || word.equals("after")) {
                return starts((word.equals("after") ? date.plusDays(1) : date).atStartOfDay(Wording.UK));
            }
            // "until 1 March": through that day, which the words leave open; "before 1 March": not on it
            return word.equals("before") ? ends(date.atStartOfDay(Wording.UK))
                    : dayOpen(date);
        }
        return partOfDayOrWeek(phrase);
    }

    private static Rule sideOfTime(String word, LocalTime time) {
        if (word.equals("after") || word.equals("from")) {
            // "after 9pm": the evening certainly; the small hours arguably (after 9pm the day before)
            return new Rule() {
                public int at(ZonedDateTime t) {
                    LocalTime local = t.toLocalTime();
                    return !local.isBefore(time) ? TermJudge.LIKELY
                            : local.isBefore(LocalTime.of(6, 0)) && time.isAfter(LocalTime.NOON) ? TermJudge.POSSIBLE
                            : TermJudge.NOT_COVERED;
                }

                public String open(ZonedDateTime t) {
                    return "At " + t.toLocalTime() + " it is after " + time + " the day before, but the words do not"
                            + " say whether the limit runs past midnight.";
                }
            };
        }
        // "before 8am": the early morning certainly; the late evening arguably (before 8am the next day)
        return new Rule() {
            public int at(ZonedDateTime t) {
                LocalTime local = t.toLocalTime();
                return local.isBefore(time) ? TermJudge.LIKELY
                        : !local.isBefore(LocalTime.of(21, 0)) && time.isBefore(LocalTime.NOON) ? TermJudge.POSSIBLE
                        : TermJudge.NOT_COVERED;
            }

            public String open(ZonedDateTime t) {
                return "At " + t.toLocalTime() + " it is before " + time + " the next day, but the words do not say"
                        + " whether the limit starts the evening before.";
            }
        };
    }

    private static Rule partOfDayOrWeek(String phrase) {
        if (phrase.contains("weekday")) {
            return t -> weekend(t) ? TermJudge.NOT_COVERED : TermJudge.LIKELY;
        }
        if (phrase.contains("weekend")) {
            return t -> weekend(t) ? TermJudge.LIKELY : TermJudge.NOT_COVERED;
        }
        if (phrase.contains("school hours")) {
            return new Rule() {
                public int at(ZonedDateTime t) {
                    if (weekend(t) || t.toLocalTime().isBefore(LocalTime.of(8, 0))
                            || !t.toLocalTime().isBefore(LocalTime.of(16, 30))) {
                        return TermJudge.NOT_COVERED;
                    }
                    return TermJudge.POSSIBLE;
                }

                public String open(ZonedDateTime t) {
                    return "It was a weekday during the school day; the order does not give the hours, and school"
                            + " holidays and closures do not count, so confirm it was a school day and the school's"
                            + " hours.";
                }
            };
        }
        if (phrase.contains("evening")) {
            return band(LocalTime.of(19, 0), LocalTime.of(22, 0), LocalTime.of(6, 0), LocalTime.of(17, 0),
                    "\"The evening\" is not defined by the order");
        }
        if (phrase.contains("night")) {
            return band(LocalTime.of(0, 0), LocalTime.of(5, 0), LocalTime.of(8, 0), LocalTime.of(18, 0),
                    "\"Night\" is not defined by the order");
        }
        if (phrase.contains("day")) {
            return band(LocalTime.of(9, 0), LocalTime.of(17, 0), LocalTime.of(22, 0), LocalTime.of(6, 0),
                    "\"The day\" is not defined by the order");
        }
        return null;
    }

    /** Certainly in [coreFrom, coreTo), certainly not in [outFrom, outTo), and open in between. */
    private static Rule band(LocalTime coreFrom, LocalTime coreTo, LocalTime outFrom, LocalTime outTo, String why) {
        return new Rule() {
            public int at(ZonedDateTime t) {
                LocalTime local = t.toLocalTime();
                return within(local, coreFrom, coreTo) ? TermJudge.LIKELY
                        : within(local, outFrom, outTo) ? TermJudge.NOT_COVERED : TermJudge.POSSIBLE;
            }

            public String open(ZonedDateTime t) {
                return why + ", and " + t.toLocalTime() + " is at its edge.";
            }
        };
    }

    private static Rule ends(ZonedDateTime end) {
        return t -> t.isBefore(end) ? TermJudge.LIKELY : TermJudge.NOT_COVERED;
    }

    private static Rule starts(ZonedDateTime start) {
        return t -> t.isBefore(start) ? TermJudge.NOT_COVERED : TermJudge.LIKELY;
    }

    /** "until 1 March 2027": before the day it applies, after it it does not, and on the day the words are open. */
    private static Rule dayOpen(LocalDate date) {
        return new Rule() {
            public int at(ZonedDateTime t) {
                LocalDate day = t.toLocalDate();
                return day.isBefore(date) ? TermJudge.LIKELY : day.isAfter(date) ? TermJudge.NOT_COVERED
                        : TermJudge.POSSIBLE;
            }

            public String open(ZonedDateTime t) {
                return "It happened on " + date + ", the day the term ends, and the order does not give the time.";
            }
        };
    }

    private static boolean weekend(ZonedDateTime t) {
        return t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static boolean within(LocalTime t, LocalTime from, LocalTime to) {
        return from.isBefore(to) ? !t.isBefore(from) && t.isBefore(to) : !t.isBefore(from) || t.isBefore(to);
    }

    /** Both ends of daily hours; "between 7 and 10pm" puts both in the evening, "between 8 and 6pm" does not. */
    private static LocalTime[] window(String from, String to) {
        LocalTime end = clock(to, null);
        if (end == null) {
            return null;
        }
        String meridiem = meridiem(to);
        LocalTime start = clock(from, null);
        if (start == null) {
            return null;
        }
        if (meridiem != null && from.trim().matches("\\d{1,2}([.:]\\d{2})?")) {
            LocalTime sameHalf = clock(from, meridiem);
            if (sameHalf != null && sameHalf.isBefore(end)) {
                start = sameHalf;
            }
        }
        return start.equals(end) ? null : new LocalTime[]{start, end};
    }

    private static String meridiem(String clock) {
        String c = clock.toLowerCase(Locale.ROOT);
        return c.contains("pm") || c.contains("p.m") ? "pm" : c.contains("am") || c.contains("a.m") ? "am" : null;
    }

    /** A time of day as the order words it; {@code meridiem} supplies am or pm when the words give neither. */
    static LocalTime clock(String words, String meridiem) {
        String c = words.toLowerCase(Locale.ROOT).trim();
        if (c.equals("midnight")) {
            return LocalTime.MIDNIGHT;
        }
        if (c.equals("noon") || c.equals("midday")) {
            return LocalTime.NOON;
        }
        Matcher m = CLOCK_PARTS.matcher(c);
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String suffix = m.group(3) != null ? m.group(3) : meridiem;
        if (hour > 23 || minute > 59) {
            return null;
        }
        if (suffix != null && !suffix.startsWith("h")) {
            if (hour > 12 || hour == 0) {
                return null;
            }
            hour = hour % 12 + (suffix.startsWith("p") ? 12 : 0);
        }
        return LocalTime.of(hour, minute);
    }

    /** "1 March 2027", "1st March", "01/03/2027", "1/3/27": a date without a year is the next after the order. */
    private static LocalDate date(String words, Instant madeAt) {
        Matcher named = NAMED_DATE.matcher(words);
        try {
            if (named.find()) {
                int day = Integer.parseInt(named.group(1));
                int month = java.time.Month.valueOf(named.group(2).toUpperCase(Locale.ROOT)).getValue();
                if (named.group(3) != null) {
                    return LocalDate.of(Integer.parseInt(named.group(3)), month, day);
                }
                if (madeAt == null) {
                    return null;
                }
                LocalDate made = madeAt.atZone(Wording.UK).toLocalDate();
                LocalDate candidate = LocalDate.of(made.getYear(), month, day);
                return candidate.isBefore(made) ? candidate.plusYears(1) : candidate;
            }
            Matcher numeric = NUMERIC_DATE.matcher(words);
            if (numeric.find()) {
                int year = Integer.parseInt(numeric.group(3));
                return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(numeric.group(2)),
                        Integer.parseInt(numeric.group(1)));
            }
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            return null; // "31 February": not a date the check can rely on
        }
        return null;
    }

    private static Integer number(String words) {
        if (words.matches("\\d+")) {
            return Integer.parseInt(words);
        }
        return NUMBERS.get(words);
    }
}
