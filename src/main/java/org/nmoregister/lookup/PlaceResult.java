package org.nmoregister.lookup;

import java.util.List;

/**
 * A protected place or exclusion zone near the location asked about.
 *
 * @param distanceMetres       from the location to the place (to the nearest 100 m for another force's place)
 * @param inside               the location is inside the order's exclusion radius
 * @param metresOutsideTheZone how far outside the zone the location is (0 when inside)
 * @param addressMatched       the place's recorded address is the address asked about (an address lookup)
 * @param located              how the place was put on the map ("located at the property", "located by postcode
 *                             only (may be up to 120 m out)"); null for a marker raised before places were located
 * @param approximate          the place is only at its postcode's centre, so every distance here is approximate
 * @param force                the code of the force whose register the place is in
 * @param heldByAnotherForce   the place is another force's: no address or postcode, only {@code area} (its postcode
 *                             district, none for a confidential place), and the order as {@code otherForceOrders}
 */
public record PlaceResult(double distanceMetres, boolean inside, double metresOutsideTheZone, Integer radiusMetres,
                          String placeKind, String address, String postcode, List<OrderCard> orders,
                          boolean addressMatched, boolean approximate, String located, String force,
                          boolean heldByAnotherForce, String area, List<OtherForceCard> otherForceOrders) {

    /** A place in the user's own force. */
    public PlaceResult(double distanceMetres, boolean inside, double metresOutsideTheZone, Integer radiusMetres,
                       String placeKind, String address, String postcode, List<OrderCard> orders,
                       boolean addressMatched, boolean approximate, String located) {
        this(distanceMetres, inside, metresOutsideTheZone, radiusMetres, placeKind, address, postcode, orders,
                addressMatched, approximate, located, null, false, null, List.of());
    }
}
