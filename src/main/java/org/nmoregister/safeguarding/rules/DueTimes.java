package org.nmoregister.safeguarding.rules;

import java.time.Duration;
import java.time.Instant;

/** When safeguarding work falls due and when it is overdue. */
public final class DueTimes {

    private DueTimes() {
    }

    /** Due this long after the event that made it (a briefing: 48 hours after the version is assured, by default). */
    public static Instant due(Instant madeAt, Duration within) {
        if (within.isNegative() || within.isZero()) {
            throw new IllegalArgumentException("a task is given some time to be done: " + within);
        }
        return madeAt.plus(within);
    }

    /** Overdue once its due time has passed (at the due instant itself it is still on time). */
    public static boolean overdue(Instant dueAt, Instant now) {
        return now.isAfter(dueAt);
    }
}
