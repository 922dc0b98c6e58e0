package org.nmoregister.orders.internal;

import java.util.List;
import org.nmoregister.orders.OrderAnnex;
import org.nmoregister.orders.OrderSnapshot;
import org.springframework.stereotype.Component;

/**
 * The order's facts whose accuracy is contested and could not be settled (DPA 2018 s.46(4)), on its page and in its
 * API view, so that every view of the order says so.
 */
@Component
class ContestedFactsAnnex implements OrderAnnex {

    private final OrderRectification rectification;
    private final org.nmoregister.orders.Confidentiality confidentiality;
    private final org.nmoregister.security.CurrentUsers users;

    ContestedFactsAnnex(OrderRectification rectification, org.nmoregister.orders.Confidentiality confidentiality,
                        org.nmoregister.security.CurrentUsers users) {
        this.rectification = rectification;
        this.confidentiality = confidentiality;
        this.users = users;
    }

    @Override
    public String name() {
        return "contestedFacts";
    }

    @Override
    public Object describe(OrderSnapshot order) {
        List<OrderRectification.Contested> contested = rectification.contested(order.orderId());
        if (contested.isEmpty()) {
            return null;
        }
        // a contested confidential address is withheld from a reader not entitled to it, like the address itself
        return confidentiality.entitled(users.require()) ? contested
                : org.nmoregister.orders.Confidentiality.withhold(contested,
                        confidentiality.valuesOf(order.orderId()));
    }
}
