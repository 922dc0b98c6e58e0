package org.nmoregister.safeguarding.internal;

import org.nmoregister.orders.OrderAnnex;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Role;
import org.springframework.stereotype.Component;

/** The order's safety plan on its page and in its API view, for the safeguarding unit and supervisors. */
@Component
class SafetyPlanAnnex implements OrderAnnex {

    private final SafetyPlans plans;
    private final CurrentUsers currentUsers;

    SafetyPlanAnnex(SafetyPlans plans, CurrentUsers currentUsers) {
        this.plans = plans;
        this.currentUsers = currentUsers;
    }

    @Override
    public String name() {
        return "safetyPlan";
    }

    @Override
    public Object describe(OrderSnapshot order) {
        if (!currentUsers.require().hasAny(Role.SAFEGUARDING, Role.SUPERVISOR)) {
            return null;
        }
        return plans.forOrderPage(order);
    }
}
