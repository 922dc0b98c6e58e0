package org.nmoregister.orders.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.UUID;
import org.nmoregister.orders.ConfidentialValues;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The confidential values of an order (every version), or of every order a force holds. Not scoped to the user's
 * force and not logged: it only tells a caller what to withhold, never shows anything.
 */
@Component
public class ConfidentialValuesReader {

    /** A force's values, with the stamp (version count and last recording) they were read at. */
    private record ForceValues(String stamp, ConfidentialValues values) {
    }

    private final OrderVersionRepository versions;
    private final DetailsJson json;
    private final Cache<UUID, ForceValues> forces = Caffeine.newBuilder().maximumSize(100).build();

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

    /** {@link #of} for many orders, in one query: for a read model's build. Every id asked has an entry. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, ConfidentialValues> ofEach(java.util.Collection<UUID> orderIds) {
        java.util.Map<UUID, java.util.List<org.nmoregister.orders.OrderDetails>> details = new java.util.HashMap<>();
        for (UUID id : orderIds) {
            details.put(id, new java.util.ArrayList<>());
        }
        if (!orderIds.isEmpty()) {
            for (OrderVersionEntity v : versions.findByOrderIdInOrderByOrderIdAscVersionAsc(orderIds)) {
                details.computeIfAbsent(v.orderId, k -> new java.util.ArrayList<>()).add(json.read(v.details));
            }
        }
        java.util.Map<UUID, ConfidentialValues> values = new java.util.HashMap<>();
        details.forEach((id, of) -> values.put(id, ConfidentialValues.of(of)));
        return values;
    }

    /**
     * Every confidential value of every order of the force, for views that are not about one order (an agenda, the
     * access log). Read again whenever the force records a version, so a new confidential detail is never missed.
     */
    @Transactional(readOnly = true)
    public ConfidentialValues ofForce(UUID forceId) {
        if (forceId == null) {
            return ConfidentialValues.NONE;
        }
        String stamp = versions.versionsStampOfForce(forceId);
        ForceValues held = forces.getIfPresent(forceId);
        if (held != null && held.stamp().equals(stamp)) {
            return held.values();
        }
        ConfidentialValues values = ConfidentialValues.of(versions.confidentialDetailsOfForce(forceId).stream()
                .map(json::read).toList());
        forces.put(forceId, new ForceValues(stamp, values));
        return values;
    }
}
