package org.nmoregister.flags.internal;

import java.util.Objects;
import org.nmoregister.places.Coordinates;
import org.nmoregister.places.PlaceLocation;

/**
 * When a place marker's location has changed enough to be a new version of the marker, exported as such: it is put
 * at another point, another property, or located differently (property rather than postcode centre, or found where
 * it was not found before). A firmer word on the same property (the point of contact confirming the match) or a new
 * estimate of a postcode's likely error is kept on the marker without replacing it.
 */
final class Relocation {

    /** Points closer than this are the same point: the gazetteer writes six decimals (about 0.1 m). */
    static final double SAME_POINT_METRES = 1.0;

    private Relocation() {
    }

    static boolean moved(MarkerEntity marker, PlaceLocation to) {
        boolean located = marker.latitude != null && marker.longitude != null;
        if (to == null || !located) {
            return located != (to != null);
        }
        if (marker.precision != to.precision() || !Objects.equals(marker.uprn, to.uprn())) {
            return true;
        }
        return new Coordinates(marker.latitude, marker.longitude).distanceMetres(to.coordinates())
                >= SAME_POINT_METRES;
    }
}
