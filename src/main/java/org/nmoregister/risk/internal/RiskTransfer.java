package org.nmoregister.risk.internal;

import org.nmoregister.orders.OrderMovedToForce;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case transferred to another force: the DASH assessments of the order and their corrections move to the
 * receiving force, in the transfer's own transaction. The sending force's risk meetings stay its own (their records
 * are of the meeting, not the case).
 */
@Component
class RiskTransfer {

    private final JdbcTemplate jdbc;

    RiskTransfer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    void on(OrderMovedToForce moved) {
        jdbc.update("""
                update risk_assessment_correction set force_id = ? where force_id = ? and assessment_id in
                  (select id from risk_assessment where order_id = ? and force_id = ?)""",
                moved.toForceId(), moved.fromForceId(), moved.orderId(), moved.fromForceId());
        jdbc.update("update risk_assessment set force_id = ? where order_id = ? and force_id = ?",
                moved.toForceId(), moved.orderId(), moved.fromForceId());
    }
}
