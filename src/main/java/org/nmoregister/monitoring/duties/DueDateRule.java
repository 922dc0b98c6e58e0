package org.nmoregister.monitoring.duties;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day by which a DAPO's respondent must notify the police (plain Java). Domestic Abuse Act 2021 s.39: the
 * notification is given "before the end of the period of 3 days beginning with" the day of service or of the order
 * (as the order says), and a change within 3 days of it. "Beginning with" counts that day itself as the first of the
 * three, in the force's local time: an order served at 23:50 on Monday is due by the end of Wednesday, the same as one
 * served at 09:00; a notification at any time on the third day is in time, and the duty is overdue from the start of
 * the fourth day. A force whose legal advice counts from the day after sets {@code nmo.monitoring.duties.counting}
 * to {@link Counting#DAY_AFTER_IS_DAY_ONE}.
 */
public final class DueDateRule {

    /** Which day is the first of the three. */
    public enum Counting {
        DAY_ITSELF_IS_DAY_ONE, DAY_AFTER_IS_DAY_ONE
    }

    /** The period's length in days. */
    public static final int DAYS = 3;

    private final ZoneId zone;
    private final Counting counting;

    public DueDateRule(ZoneId zone, Counting counting) {
        this.zone = zone;
        this.counting = counting;
    }

    /** The first day of the period for something that happened at {@code at}. */
    public LocalDate startsOn(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /** The last day on which a notification is in time, for a period starting with the day {@code startsOn}. */
    public LocalDate dueOn(LocalDate startsOn) {
        return startsOn.plusDays(counting == Counting.DAY_ITSELF_IS_DAY_ONE ? DAYS - 1 : DAYS);
    }

    /** Whether a notification received at {@code receivedAt} is in time for a duty due on {@code dueOn}. */
    public boolean inTime(LocalDate dueOn, Instant receivedAt) {
        return !LocalDate.ofInstant(receivedAt, zone).isAfter(dueOn);
    }

    /** Whether a duty due on {@code dueOn} and not met is overdue at {@code now}. */
    public boolean overdue(LocalDate dueOn, Instant now) {
        return LocalDate.ofInstant(now, zone).isAfter(dueOn);
    }
}
