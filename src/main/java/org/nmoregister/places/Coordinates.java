package org.nmoregister.places;

/**
 * A point on the WGS84 ellipsoid in decimal degrees, as the ONS directory and GPS give it. Distances use the
 * haversine formula on a sphere of the mean Earth radius, which is within 0.5% of the ellipsoid everywhere and far
 * better than that across the few kilometres of an exclusion zone.
 */
public record Coordinates(double latitude, double longitude) {

    /** The mean Earth radius (IUGG), in metres. */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public Coordinates {
        if (Double.isNaN(latitude) || latitude < -90 || latitude > 90) {
            throw new IllegalArgumentException("Latitude must be between -90 and 90: " + latitude);
        }
        if (Double.isNaN(longitude) || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("Longitude must be between -180 and 180: " + longitude);
        }
    }

    /** Whether these numbers are a valid latitude and longitude, for validating input without exceptions. */
    public static boolean valid(double latitude, double longitude) {
        return !Double.isNaN(latitude) && latitude >= -90 && latitude <= 90
                && !Double.isNaN(longitude) && longitude >= -180 && longitude <= 180;
    }

    /** The great-circle distance to {@code other}, in metres. */
    public double distanceMetres(Coordinates other) {
        return haversineMetres(latitude, longitude, other.latitude, other.longitude);
    }

    /** The haversine distance between two points given in degrees, in metres; for hot loops without allocation. */
    public static double haversineMetres(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double sinPhi = Math.sin(dPhi / 2);
        double sinLambda = Math.sin(dLambda / 2);
        double a = sinPhi * sinPhi + Math.cos(phi1) * Math.cos(phi2) * sinLambda * sinLambda;
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.6f,%.6f", latitude, longitude);
    }
}
