package org.nmoregister.flags;

import java.util.UUID;

/**
 * Raises and withdraws a Location of Interest marker on a protected person's address, exported through the outbox to
 * every receiving system like any marker. Called by whoever keeps the victim's safety plan (the safeguarding module)
 * as the signed-in user of the order's force; flags knows nothing of safety plans.
 */
public interface LocationsOfInterest {

    /**
     * Raises the marker, or returns the one already active for the same person and address.
     *
     * @param confidential the address is C8: the marker is masked like a confidential place marker
     * @return the marker's id
     */
    UUID raise(UUID forceId, UUID orderId, int orderVersion, String personName, String address, String postcode,
               boolean confidential);

    /** Withdraws the marker (the plan no longer needs it) and exports the withdrawal; an unknown one is left alone. */
    void withdraw(UUID forceId, UUID orderId, UUID markerId);
}
