package org.nmoregister.flags;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.orders.OrderSnapshot;

/**
 * Markers across all forces, for read models that keep their own copy (the control-room lookup). Not for showing to
 * users directly: callers scope what they show to the user's force and log the consultation.
 */
public interface MarkerDirectory {

    /** Every marker not yet withdrawn. */
    List<MarkerView> allActive();

    /** Markers raised, changed or withdrawn after {@code since} (database clock), oldest change first. */
    List<Change> changedSince(Instant since);

    /** Every order that has ever had a marker raised: an order not among them has never been quality-assured. */
    Set<UUID> ordersEverMarked();

    /**
     * The markers this version would call for once assured, by the same plan, but neither raised nor exported: the
     * control room must find an order the force holds before its point of contact has checked it. Ids are stable
     * for the order and marker, so the same plan read twice gives the same ids.
     */
    List<MarkerView> planned(OrderSnapshot version);

    /**
     * Where the place marker of this order with this address put the place as at {@code at}: the marker active then,
     * else the newest one raised (an incident before the order was assured is judged from where the place is now).
     * Empty when the order has no such marker, or it was not located.
     */
    java.util.Optional<org.nmoregister.places.PlaceLocation> placeLocation(UUID orderId, String address, Instant at);

    record Change(MarkerView marker, Instant changedAt) {
    }
}
