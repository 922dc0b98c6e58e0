package org.nmoregister.orders;

import java.util.Optional;
import java.util.UUID;

/**
 * Where an order the user's force has handed over to another force (an accepted transfer) is read now: the force no
 * longer holds it, so its order page would not find it, yet links to it stay in its access log, its notifications and
 * its bookmarks. Orders declares this so that such a link leads to the sender's read-only view instead of "not found";
 * the transfers module implements it, so orders depends on nothing new.
 */
public interface HandedOverOrders {

    /** The path of the user's force's read-only view of the order, when the force handed it over; else empty. */
    Optional<String> readOnlyViewOf(UUID orderId);
}
