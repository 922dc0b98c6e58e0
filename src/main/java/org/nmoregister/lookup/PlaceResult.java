package org.nmoregister.lookup;

import java.util.List;

/**
 * A protected place or exclusion zone near the location asked about.
 *
 * @param distanceMetres       from the location to the place
 * @param inside               the location is inside the order's exclusion radius
 * @param metresOutsideTheZone how far outside the zone the location is (0 when inside)
 * @param addressMatched       the place's recorded address is the address asked about (an address lookup)
 */
public record PlaceResult(double distanceMetres, boolean inside, double metresOutsideTheZone, Integer radiusMetres,
                          String placeKind, String address, String postcode, List<OrderCard> orders,
                          boolean addressMatched) {
}
