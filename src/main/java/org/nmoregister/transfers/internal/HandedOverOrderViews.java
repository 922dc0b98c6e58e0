package org.nmoregister.transfers.internal;

import java.util.Optional;
import java.util.UUID;
import org.nmoregister.orders.HandedOverOrders;
import org.springframework.stereotype.Component;

/** A link to an order the force handed over leads to the force's read-only view of what it held. */
@Component
class HandedOverOrderViews implements HandedOverOrders {

    private final Transfers transfers;

    HandedOverOrderViews(Transfers transfers) {
        this.transfers = transfers;
    }

    @Override
    public Optional<String> readOnlyViewOf(UUID orderId) {
        return transfers.readOnlyViewOf(orderId);
    }
}
