package org.nmoregister.orders.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.OrderAnnex;
import org.nmoregister.orders.OrderSnapshot;

final class Annexes {

    private Annexes() {
    }

    /**
     * Every annex of the order. Each module withholds C8 details from its own annex; the order's masking rule is
     * applied once more here, where the annexes leave with the order, so an annex that forgot cannot leak.
     */
    static Map<String, Object> of(List<OrderAnnex> annexes, OrderSnapshot order, Confidentiality confidentiality) {
        Map<String, Object> described = new LinkedHashMap<>();
        for (OrderAnnex annex : annexes) {
            Object value = annex.describe(order);
            if (value != null) {
                described.put(annex.name(), value);
            }
        }
        return confidentiality.forCurrentUser(described, order.orderId());
    }
}
