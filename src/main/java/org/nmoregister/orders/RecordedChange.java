package org.nmoregister.orders;

import java.util.UUID;

/**
 * What {@link OrderRegister#record} did: the order's latest version and why it was recorded. {@code recorded} is
 * false only for an imported row whose order the force already held (nothing was written; {@code kind} is null).
 */
public record RecordedChange(UUID orderId, int version, ChangeKind kind, boolean recorded) {
}
