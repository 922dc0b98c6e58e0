package org.nmoregister.orders.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nmoregister.orders.OrderAnnex;
import org.nmoregister.orders.OrderSnapshot;

final class Annexes {

    private Annexes() {
    }

    static Map<String, Object> of(List<OrderAnnex> annexes, OrderSnapshot order) {
        Map<String, Object> described = new LinkedHashMap<>();
        for (OrderAnnex annex : annexes) {
            Object value = annex.describe(order);
            if (value != null) {
                described.put(annex.name(), value);
            }
        }
        return described;
    }
}
