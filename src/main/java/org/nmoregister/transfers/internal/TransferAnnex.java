package org.nmoregister.transfers.internal;

import java.util.List;
import org.nmoregister.orders.OrderAnnex;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Role;
import org.springframework.stereotype.Component;

/**
 * The order's transfers on its page and in its API view, for the point of contact and supervisors: the requests made
 * for it, and whether one is waiting (the point of contact can ask for a transfer when none is).
 */
@Component
class TransferAnnex implements OrderAnnex {

    /** The order's transfer requests of the reader's force, newest first, and whether one is pending. */
    public record OrderTransfers(List<TransferView> requests, boolean pending) {
    }

    private final Transfers transfers;
    private final CurrentUsers currentUsers;

    TransferAnnex(Transfers transfers, CurrentUsers currentUsers) {
        this.transfers = transfers;
        this.currentUsers = currentUsers;
    }

    @Override
    public String name() {
        return "transfers";
    }

    @Override
    public Object describe(OrderSnapshot order) {
        if (!currentUsers.require().hasAny(Role.POINT_OF_CONTACT, Role.SUPERVISOR)) {
            return null;
        }
        List<TransferView> requests = transfers.ofOrder(order.orderId());
        return new OrderTransfers(requests, requests.stream().anyMatch(t -> t.status().equals("PENDING")));
    }
}
