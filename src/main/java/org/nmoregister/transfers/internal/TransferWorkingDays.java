package org.nmoregister.transfers.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Working days in England and Wales: Monday to Friday, except the bank holidays (New Year's Day, Good Friday, Easter
 * Monday, the early May and spring bank holidays, the summer bank holiday, Christmas Day and Boxing Day, each moved
 * to the next weekday when it falls at a weekend), with the one-off changes proclaimed since 2012 (jubilees, a royal
 * wedding, a coronation, a state funeral, VE Day's 75th anniversary). Plain Java: the escalation of a transfer
 * still pending after N working days is counted with it.
 */
public final class TransferWorkingDays {

    /** The UK's clock: a working day starts and ends at midnight in London. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Bank holidays moved or added by proclamation: the usual date to take away (or null), the one to add. */
    private static final Map<LocalDate, LocalDate> MOVED = Map.of(
            LocalDate.of(2012, 5, 28), LocalDate.of(2012, 6, 4),   // spring, moved for the Diamond Jubilee
            LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8),    // early May, moved to VE Day's anniversary
            LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2));  // spring, moved for the Platinum Jubilee
    private static final Set<LocalDate> ADDED = Set.of(
            LocalDate.of(2011, 4, 29),  // the royal wedding
            LocalDate.of(2012, 6, 5),   // the Diamond Jubilee
            LocalDate.of(2022, 6, 3),   // the Platinum Jubilee
            LocalDate.of(2022, 9, 19),  // the state funeral of Queen Elizabeth II
            LocalDate.of(2023, 5, 8));  // the coronation of King Charles III

    private TransferWorkingDays() {
    }

    /** Whether the day is a working day in England and Wales. */
    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !bankHolidays(day.getYear())
                .contains(day);
    }

    /** The bank holidays of England and Wales in the year, as observed (moved off weekends). */
    public static Set<LocalDate> bankHolidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(weekdayOnOrAfter(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate observedChristmas = weekdayOnOrAfter(christmas);
        days.add(observedChristmas);
        // Boxing Day is the next weekday after Christmas as observed
        days.add(weekdayOnOrAfter(observedChristmas.plusDays(1).isAfter(LocalDate.of(year, 12, 26))
                ? observedChristmas.plusDays(1) : LocalDate.of(year, 12, 26)));
        MOVED.forEach((usual, moved) -> {
            if (usual.getYear() == year) {
                days.remove(usual);
                days.add(moved);
            }
        });
        ADDED.stream().filter(d -> d.getYear() == year).forEach(days::add);
        return days;
    }

    /**
     * The moment {@code days} working days after {@code from}: the same time of day on the {@code days}-th working
     * day after it. A time on a day that is not a working day counts from the start of the next working day (a
     * request made on a Saturday has had no working time until Monday).
     */
    public static ZonedDateTime plusWorkingDays(ZonedDateTime from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        ZonedDateTime at = from.withZoneSameInstant(LONDON);
        LocalDateTime start = at.toLocalDateTime();
        if (!isWorkingDay(start.toLocalDate())) {
            LocalDate first = nextWorkingDay(start.toLocalDate());
            if (days == 0) {
                return first.atStartOfDay(LONDON);
            }
            LocalDate day = first; // counted whole, from its start
            for (int counted = 1; counted < days; counted++) {
                day = nextWorkingDay(day);
            }
            return day.plusDays(1).atStartOfDay(LONDON);
        }
        LocalDate day = start.toLocalDate();
        for (int counted = 0; counted < days; counted++) {
            day = nextWorkingDay(day);
        }
        return day.atTime(start.toLocalTime()).atZone(LONDON);
    }

    /** The first working day after {@code day}. */
    public static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static LocalDate weekdayOnOrAfter(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
