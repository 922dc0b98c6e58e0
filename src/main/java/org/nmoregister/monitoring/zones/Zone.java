package org.nmoregister.monitoring.zones;

import java.time.Instant;
import java.util.UUID;
import org.nmoregister.places.Coordinates;

/**
 * An exclusion zone or protected place of an order, as monitoring checks points against it: a circle, with how far its
 * centre may itself be out, what it is called, and when it binds.
 *
 * @param id               the place marker's id
 * @param placeErrorMetres how far the centre may be from the real place (0 at the property)
 * @param placeKind        the kind of place in words, safe to show to anyone ("the applicant's home")
 * @param area             the place's postcode district (NX1), safe to show to anyone; null when unknown
 * @param address          the address as the order writes it; confidential when {@code confidential}
 * @param from             when it started to bind; null when it binds for every point before its end (a place
 *                         marker is raised when the force assures the order, after the order already binds: a point
 *                         sent a little late, from before the marker, is still checked)
 * @param until            when it stops (the order's end), null for no end
 */
public record Zone(UUID id, UUID forceId, UUID orderId, Coordinates centre, double radiusMetres,
                   double placeErrorMetres, String placeKind, String area, String address, boolean confidential,
                   Instant from, Instant until) {

    public boolean bindsAt(Instant at) {
        return (from == null || !from.isAfter(at)) && (until == null || until.isAfter(at));
    }

    public Containment check(Coordinates point, double accuracyMetres) {
        return ZoneGeometry.classify(distanceMetres(point), radiusMetres, accuracyMetres, placeErrorMetres);
    }

    public double distanceMetres(Coordinates point) {
        return Coordinates.haversineMetres(point.latitude(), point.longitude(), centre.latitude(),
                centre.longitude());
    }
}
