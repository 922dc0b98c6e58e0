package org.nmoregister.flags;

import java.util.UUID;

/** Published when an order's markers were raised, changed or withdrawn, so read models (the lookup) can refresh. */
public record MarkerChanged(UUID orderId, UUID forceId) {
}
