package org.nmoregister.flags.internal;

import org.nmoregister.orders.OrderAnnex;
import org.nmoregister.orders.OrderSnapshot;
import org.springframework.stereotype.Component;

/** The order's markers on its page and in its API view. */
@Component
class MarkersAnnex implements OrderAnnex {

    private final MarkerService markers;

    MarkersAnnex(MarkerService markers) {
        this.markers = markers;
    }

    @Override
    public String name() {
        return "markers";
    }

    @Override
    public Object describe(OrderSnapshot order) {
        return markers.forOrder(order.orderId());
    }
}
