package org.nmoregister.quality.internal;

import org.nmoregister.orders.OrderMovedToForce;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case transferred to another force: the order's quality reviews, its watch and its liaison with the court move to
 * the receiving force, in the transfer's own transaction (a failure rolls the whole transfer back).
 */
@Component
class QualityTransfer {

    private final JdbcTemplate jdbc;

    QualityTransfer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    void on(OrderMovedToForce moved) {
        for (String table : new String[] {"quality_review", "order_watch", "liaison_request"}) {
            jdbc.update("update " + table + " set force_id = ? where order_id = ? and force_id = ?",
                    moved.toForceId(), moved.orderId(), moved.fromForceId());
        }
    }
}
