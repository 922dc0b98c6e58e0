package org.nmoregister.orders;

import java.time.Instant;
import java.util.UUID;

/**
 * An order moved from one force to another by an accepted transfer. Published inside the transaction that moves it
 * and delivered synchronously: every module that keeps records of an order under its force (markers, quality
 * assurance, breaches, risk assessments, safeguarding) listens with a plain {@code @EventListener} and re-homes its
 * records of the order in the same transaction, so a failure anywhere leaves the whole case with the sender.
 * Never an after-commit listener.
 *
 * @param order the order as it now stands (latest version), for listeners that re-export what they hold
 */
public record OrderMovedToForce(UUID orderId, UUID fromForceId, UUID toForceId, Instant at, OrderSnapshot order) {
}
