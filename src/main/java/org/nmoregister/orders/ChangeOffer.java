package org.nmoregister.orders;

import java.util.UUID;

/**
 * What a court's notice would do if recorded now: to the order already held ({@code heldOrderId}, null when none),
 * as {@code kind} ({@link ChangeKind#MADE} when it would be a new order).
 */
public record ChangeOffer(UUID heldOrderId, ChangeKind kind) {
}
