package org.nmoregister.orders;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.nmoregister.terms.ReadClauses;

/**
 * Published when an order gets a new version (including version 1), in the transaction that records it. It says
 * what happened whole, so a listener acts on it without reading the order back or acting as a user: the order as it
 * now stands (every detail, C8 ones included, and the version's clauses as read once) and what changed from the
 * version before. Quality assurance and flags act on it; it is kept in the event publication registry until each
 * listener has handled it and deleted then (docs/security.md).
 *
 * @param order   the order as this version states it, judged when it was recorded
 * @param changes what this version changed from the one before
 */
public record OrderVersionRecorded(OrderSnapshot order, VersionChanges changes) {

    public OrderVersionRecorded {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(order.clauses(), "order.clauses");
        Objects.requireNonNull(changes, "changes");
    }

    public UUID orderId() {
        return order.orderId();
    }

    public UUID forceId() {
        return order.forceId();
    }

    public int version() {
        return order.version();
    }

    public ChangeKind changeKind() {
        return order.changeKind();
    }

    public Instant effectiveFrom() {
        return order.effectiveFrom();
    }

    public ReadClauses clauses() {
        return order.clauses();
    }
}
