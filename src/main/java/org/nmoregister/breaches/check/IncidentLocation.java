package org.nmoregister.breaches.check;

import org.nmoregister.places.Coordinates;
import org.nmoregister.terms.Clause;

/**
 * Where an incident happened, as far as it is known: a point (GPS, or a postcode or address the caller resolved),
 * the kind of protected place it was at (the victim's home, her workplace, the children's school), or both.
 *
 * @param point     the location, or null
 * @param placeKind the kind of place the incident was at, or null when it was elsewhere or not known
 * @param address   the address as reported, for the record; not interpreted by the check
 */
public record IncidentLocation(Coordinates point, Clause.PlaceKind placeKind, String address) {

    public static final IncidentLocation UNKNOWN = new IncidentLocation(null, null, null);

    public boolean isKnown() {
        return point != null || placeKind != null;
    }
}
