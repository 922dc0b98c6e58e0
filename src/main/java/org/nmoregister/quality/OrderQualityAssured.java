package org.nmoregister.quality;

import java.util.Objects;
import java.util.UUID;
import org.nmoregister.orders.OrderSnapshot;

/**
 * An order version has been quality-assured: its people and places can be flagged and the victim's district and the
 * safeguarding unit told. It carries the version as assured, with its clauses, so a listener acts on exactly what was
 * assured without reading the order back or acting as a user. It holds C8 details and is deleted from the event
 * publication registry once handled (docs/security.md).
 *
 * @param order      the version assured, as recorded, with the clauses read when it was recorded
 * @param overridden true when a supervisor assured it despite ERROR findings
 */
public record OrderQualityAssured(OrderSnapshot order, boolean overridden) {

    public OrderQualityAssured {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(order.clauses(), "order.clauses");
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
}
