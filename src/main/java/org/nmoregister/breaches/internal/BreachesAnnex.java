package org.nmoregister.breaches.internal;

import java.util.List;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.OrderAnnex;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.security.CurrentUsers;
import org.springframework.stereotype.Component;

/** The breaches reported against an order, on the order's page and in its API view. */
@Component
class BreachesAnnex implements OrderAnnex {

    private final BreachReportRepository reports;
    private final BreachFiles breaches;
    private final CurrentUsers currentUsers;

    private final Confidentiality confidentiality;

    BreachesAnnex(BreachReportRepository reports, BreachFiles breaches, CurrentUsers currentUsers,
                  Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
        this.reports = reports;
        this.breaches = breaches;
        this.currentUsers = currentUsers;
    }

    @Override
    public String name() {
        return "breaches";
    }

    @Override
    public Object describe(OrderSnapshot order) {
        var force = currentUsers.require().forceId();
        List<BreachReportEntity> found = reports.findByOrderIdOrderByReportedAtAsc(order.orderId()).stream()
                .filter(r -> r.forceId.equals(force)).toList();
        return confidentiality.forCurrentUser(breaches.summaries(found), order.orderId());
    }
}
