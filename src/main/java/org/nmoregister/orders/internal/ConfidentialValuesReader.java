package org.nmoregister.orders.internal;

import java.util.UUID;
import org.nmoregister.orders.ConfidentialValues;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every version's confidential values of an order. Not scoped to the user's force and not logged: it only tells a
 * caller what to withhold, never shows anything.
 */
@Component
public class ConfidentialValuesReader {

    private final OrderVersionRepository versions;
    private final DetailsJson json;

    ConfidentialValuesReader(OrderVersionRepository versions, DetailsJson json) {
        this.versions = versions;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public ConfidentialValues of(UUID orderId) {
        if (orderId == null) {
            return ConfidentialValues.NONE;
        }
        return ConfidentialValues.of(versions.findByOrderIdOrderByVersionAsc(orderId).stream()
                .map(v -> json.read(v.details)).toList());
    }
}
