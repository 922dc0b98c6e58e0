package org.nmoregister.platform;

import java.time.Instant;

/**
 * An instant as a {@code timestamptz} column can hold it. Dates are range-checked where they enter (see
 * {@link DateWindow}), but a record written before that, or read from a source that was not checked, may hold any
 * year {@link Instant} can; a derived table (a watch list, a marker) then stores the nearest value the column holds
 * rather than failing, so no stored order can make its readers or listeners fail. The order's own versions keep the
 * value as it was recorded.
 */
public final class StorableTime {

    /** Within PostgreSQL's range (4713 BC to 294276 AD) and any {@code java.time} formatter's four-digit year. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private StorableTime() {
    }

    public static Instant clamp(Instant instant) {
        if (instant == null) {
            return null;
        }
        return instant.isBefore(EARLIEST) ? EARLIEST : instant.isAfter(LATEST) ? LATEST : instant;
    }
}
