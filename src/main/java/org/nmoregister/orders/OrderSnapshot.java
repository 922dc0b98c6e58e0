package org.nmoregister.orders;

import java.time.Instant;
import java.util.UUID;
import org.nmoregister.terms.ReadClauses;

/**
 * An order as it stood at an instant: the version then in effect, the status it then had, and that version's terms
 * as read once when it was recorded.
 *
 * @param at      the instant asked about
 * @param clauses the version's terms read into clauses (stored with the version); null only in a snapshot made for
 *                display that does not need them
 */
public record OrderSnapshot(UUID orderId, UUID forceId, int version, ChangeKind changeKind, Instant effectiveFrom,
                            Instant recordedAt, String recordedBy, OrderDetails details, OrderStatus status,
                            Instant at, ReadClauses clauses) {

    /** A snapshot without its clauses, for display. */
    public OrderSnapshot(UUID orderId, UUID forceId, int version, ChangeKind changeKind, Instant effectiveFrom,
                         Instant recordedAt, String recordedBy, OrderDetails details, OrderStatus status, Instant at) {
        this(orderId, forceId, version, changeKind, effectiveFrom, recordedAt, recordedBy, details, status, at, null);
    }
}
