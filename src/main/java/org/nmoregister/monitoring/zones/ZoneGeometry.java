package org.nmoregister.monitoring.zones;

/**
 * The rule for a located point against a circular zone, with the uncertainty of both taken into account: the device's
 * accuracy circle and how far the place's own point may be out (0 at the property, up to a few hundred metres when it
 * was located by postcode only). Plain arithmetic on the distance between the point and the zone's centre, so it is
 * the same whichever way the distance was measured.
 *
 * <ul>
 *   <li>{@link Containment#INSIDE} when the whole uncertainty circle is within the zone, or when the point itself is
 *       within it (the boundary counts as inside) and the uncertainty is no larger than the zone: the device's best
 *       estimate is inside and the fix is fine enough to say so;</li>
 *   <li>{@link Containment#POSSIBLY_INSIDE} when the uncertainty circle overlaps or touches the zone otherwise (a
 *       point 150 m from a 100 m zone with a 300 m circle; a point inside a 100 m zone with a 5 km circle);</li>
 *   <li>{@link Containment#OUTSIDE} when the circle lies wholly outside it.</li>
 * </ul>
 * A zone of radius 0 (a place with no distance set) is a point: only an uncertainty circle that reaches it can put
 * the device there, and only possibly, unless both are exact and the point is on it.
 */
public final class ZoneGeometry {

    /** Distances are in metres from a floating-point haversine: a millimetre is equality. */
    static final double TOLERANCE_METRES = 0.001;

    private ZoneGeometry() {
    }

    /**
     * @param distanceToCentreMetres from the device's point to the zone's centre
     * @param radiusMetres           the zone's radius
     * @param accuracyMetres         the device's accuracy circle (0 = exact)
     * @param placeErrorMetres       how far the zone's centre itself may be out (0 at the property)
     */
    public static Containment classify(double distanceToCentreMetres, double radiusMetres, double accuracyMetres,
                                       double placeErrorMetres) {
        check(distanceToCentreMetres, "distance");
        check(radiusMetres, "radius");
        check(accuracyMetres, "accuracy");
        check(placeErrorMetres, "place error");
        double uncertainty = accuracyMetres + placeErrorMetres;
        double d = distanceToCentreMetres;
        double r = radiusMetres;
        if (d + uncertainty <= r + TOLERANCE_METRES) {
            return Containment.INSIDE;
        }
        if (d <= r + TOLERANCE_METRES && uncertainty <= r) {
            return Containment.INSIDE;
        }
        if (d - uncertainty <= r + TOLERANCE_METRES) {
            return Containment.POSSIBLY_INSIDE;
        }
        return Containment.OUTSIDE;
    }

    /** How far beyond a zone's edge a point may be and still possibly be inside it: the uncertainty. */
    public static double reachMetres(double accuracyMetres, double placeErrorMetres) {
        return accuracyMetres + placeErrorMetres + TOLERANCE_METRES;
    }

    private static void check(double metres, String what) {
        if (Double.isNaN(metres) || metres < 0 || Double.isInfinite(metres)) {
            throw new IllegalArgumentException("The " + what + " must be 0 or more metres: " + metres);
        }
    }
}
