package org.nmoregister.orders.internal;

import org.nmoregister.orders.OrderDetails;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes a version's details as JSON. */
@Component
class DetailsJson {

    private final JsonMapper json;

    DetailsJson(JsonMapper json) {
        this.json = json;
    }

    String write(OrderDetails details) {
        return json.writeValueAsString(details);
    }

    OrderDetails read(String text) {
        return json.readValue(text, OrderDetails.class);
    }
}
