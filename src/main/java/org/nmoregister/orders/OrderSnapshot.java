package org.nmoregister.orders;

import java.time.Instant;
import java.util.UUID;

/**
 * An order as it stood at an instant: the version then in effect, and the status it then had.
 *
 * @param at the instant asked about
 */
public record OrderSnapshot(UUID orderId, UUID forceId, int version, ChangeKind changeKind, Instant effectiveFrom,
                            Instant recordedAt, String recordedBy, OrderDetails details, OrderStatus status,
                            Instant at) {
}
