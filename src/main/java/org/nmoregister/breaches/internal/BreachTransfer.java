package org.nmoregister.breaches.internal;

import org.nmoregister.orders.OrderMovedToForce;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case transferred to another force: the breach files of the order (with their incidents, evidence, directions and
 * court results, which follow their report) move to the receiving force, in the transfer's own transaction.
 */
@Component
class BreachTransfer {

    private final JdbcTemplate jdbc;

    BreachTransfer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    void on(OrderMovedToForce moved) {
        jdbc.update("update breach_report set force_id = ? where order_id = ? and force_id = ?",
                moved.toForceId(), moved.orderId(), moved.fromForceId());
    }
}
