package org.nmoregister.quality;

import java.util.Objects;
import java.util.UUID;

/**
 * The point of contact confirmed or corrected, during quality assurance, where a place of an order is: its markers
 * move to the new point. It carries what a marker's export names of the order (no C8 detail), so the markers follow
 * without reading the order back.
 *
 * @param orderType the order type's code (NMO, DAPO ...)
 */
public record PlaceConfirmed(UUID forceId, UUID orderId, String court, String caseNumber, String orderType) {

    public PlaceConfirmed {
        Objects.requireNonNull(orderId, "orderId");
    }
}
