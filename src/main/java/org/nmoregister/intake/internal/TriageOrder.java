package org.nmoregister.intake.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * The order of the point of contact's queue. An order made without notice binds nobody until it is served and has
 * a return hearing days away, and a near return hearing means the record must be ready for it: both come first,
 * soonest hearing first. Everything else in the order it arrived, oldest first. Plain Java.
 */
public final class TriageOrder {

    private TriageOrder() {
    }

    /** What the queue needs to know to place an item. */
    public interface Item {
        Instant receivedAt();

        boolean withoutNotice();

        Instant returnHearingAt();
    }

    public static boolean urgent(Item item, Instant now, Duration nearHearing) {
        return item.withoutNotice()
                || (item.returnHearingAt() != null && item.returnHearingAt().isBefore(now.plus(nearHearing)));
    }

    public static <T extends Item> Comparator<T> comparator(Instant now, Duration nearHearing) {
        Comparator<T> byUrgency = Comparator.comparing(item -> urgent(item, now, nearHearing) ? 0 : 1);
        Comparator<T> byHearing = Comparator.comparing(
                item -> urgent(item, now, nearHearing) ? item.returnHearingAt() : null,
                Comparator.nullsLast(Comparator.naturalOrder()));
        return byUrgency.thenComparing(byHearing).thenComparing(Item::receivedAt);
    }

    /** True when the item has waited longer than the force's triage target. */
    public static boolean overdue(Item item, Instant now, Duration target) {
        return Duration.between(item.receivedAt(), now).compareTo(target) > 0;
    }
}
