package org.nmoregister.places;

import java.util.UUID;

/** The point of contact confirmed or corrected where a place of an order is: its markers move to the new point. */
public record PlaceMatchChosen(UUID forceId, UUID orderId, String address) {
}
