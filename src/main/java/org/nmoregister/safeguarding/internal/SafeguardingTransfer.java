package org.nmoregister.safeguarding.internal;

import org.nmoregister.orders.OrderMovedToForce;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case transferred to another force, in the transfer's own transaction: the order's safeguarding tasks, the
 * victims' safe contact details, the safety plan's versions, the breaches safeguarding knows of and the planning for
 * the order's end move to the receiving force. The sending force's districts are not the receiving force's, so a
 * moved task is no longer addressed to a district (the receiving force's safeguarding unit has it) and the district
 * the sender chose for the order's briefings is forgotten.
 */
@Component
class SafeguardingTransfer {

    private final JdbcTemplate jdbc;

    SafeguardingTransfer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    void on(OrderMovedToForce moved) {
        jdbc.update("update safeguarding_task set force_id = ?, district_id = null where order_id = ? and force_id = ?",
                moved.toForceId(), moved.orderId(), moved.fromForceId());
        for (String table : new String[] {"safeguarding_safe_contact", "safety_plan_version",
                "safeguarding_order_breach", "safeguarding_order_end", "safeguarding_expiry_decision"}) {
            jdbc.update("update " + table + " set force_id = ? where order_id = ? and force_id = ?",
                    moved.toForceId(), moved.orderId(), moved.fromForceId());
        }
        jdbc.update("delete from order_district_choice where order_id = ? and force_id = ?", moved.orderId(),
                moved.fromForceId());
    }
}
