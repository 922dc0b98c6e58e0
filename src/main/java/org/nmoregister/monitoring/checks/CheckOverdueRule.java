package org.nmoregister.monitoring.checks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * When a proactive check is overdue (plain Java): it has no result and its due day has passed in the force's time
 * zone. A check due today is not overdue until midnight; a check done late is not overdue once done; a check recorded
 * as "could not be done" is done (its result says so) and is not listed as overdue either.
 */
public final class CheckOverdueRule {

    private final ZoneId zone;

    public CheckOverdueRule(ZoneId zone) {
        this.zone = zone;
    }

    public boolean overdue(LocalDate dueOn, Instant doneAt, Instant now) {
        return doneAt == null && dueOn.isBefore(LocalDate.ofInstant(now, zone));
    }

    /** Whole days past the due day (0 when not overdue). */
    public long daysOverdue(LocalDate dueOn, Instant doneAt, Instant now) {
        return overdue(dueOn, doneAt, now) ? ChronoUnit.DAYS.between(dueOn, LocalDate.ofInstant(now, zone)) : 0;
    }

    /** The first day on which a check due on {@code dueOn} counts as overdue, as a query compares it. */
    public LocalDate overdueFrom(Instant now) {
        return LocalDate.ofInstant(now, zone);
    }
}
