package org.nmoregister.places.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.nmoregister.places.Coordinates;
import org.nmoregister.places.Gazetteer;
import org.nmoregister.places.Located;
import org.nmoregister.places.Postcode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The gazetteer over its table, with a cache in front: the same few postcodes are asked for again and again (the
 * orders' addresses, a caller's street). The cache keeps misses too, is cleared by an import on this instance, and
 * forgets entries after {@link #TIME_TO_LIVE} so that other instances see a new import within that time.
 */
@Component
class JdbcGazetteer implements Gazetteer {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);
    static final int MAX_ENTRIES = 200_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

    JdbcGazetteer(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Located> lookup(Postcode postcode) {
        long now = clock.millis();
        Entry entry = cache.get(postcode.toString());
        if (entry != null && now - entry.loadedAt < TIME_TO_LIVE.toMillis()) {
            return entry.located;
        }
        Optional<Located> located = load(postcode);
        if (cache.size() >= MAX_ENTRIES) {
            // Rare (a cache this big holds a city's postcodes); starting again is cheaper than tracking use.
            cache.clear();
        }
        cache.put(postcode.toString(), new Entry(located, now));
        return located;
    }

    @Override
    public long size() {
        Long count = jdbc.queryForObject("select count(*) from gazetteer_postcode", Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public List<Near> near(Coordinates point, double radiusMetres, int limit) {
        if (Double.isNaN(radiusMetres) || radiusMetres < 0 || radiusMetres > 50_000) {
            throw new IllegalArgumentException("The radius must be between 0 and 50 km: " + radiusMetres);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("The limit must be 1 or more: " + limit);
        }
        double metresPerDegree = Math.PI * Coordinates.EARTH_RADIUS_METRES / 180;
        double dLat = radiusMetres / metresPerDegree;
        double farLat = Math.min(89.9, Math.abs(point.latitude()) + dLat);
        double dLon = Math.min(180, dLat / Math.cos(Math.toRadians(farLat)));
        List<Near> found = new java.util.ArrayList<>(jdbc.query("""
                select postcode, latitude, longitude, police_force_area, local_authority, introduced, terminated
                from gazetteer_postcode
                where latitude between ? and ? and longitude between ? and ? and terminated is null""", (rs, n) -> {
            Coordinates at = new Coordinates(rs.getDouble("latitude"), rs.getDouble("longitude"));
            return new Near(new Located(Postcode.of(rs.getString("postcode")), at, rs.getString("police_force_area"),
                    rs.getString("local_authority"), date(rs.getDate("introduced")), date(rs.getDate("terminated"))),
                    point.distanceMetres(at));
        }, point.latitude() - dLat, point.latitude() + dLat, point.longitude() - dLon, point.longitude() + dLon));
        found.removeIf(near -> near.distanceMetres() > radiusMetres);
        found.sort(java.util.Comparator.comparingDouble(Near::distanceMetres)
                .thenComparing(near -> near.located().postcode()));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    void evictAll() {
        cache.clear();
    }

    private Optional<Located> load(Postcode postcode) {
        List<Located> found = jdbc.query("""
                select latitude, longitude, police_force_area, local_authority, introduced, terminated
                from gazetteer_postcode where postcode = ?""", (rs, n) -> {
            double lat = rs.getDouble("latitude");
            Coordinates coordinates = rs.wasNull() ? null : new Coordinates(lat, rs.getDouble("longitude"));
            return new Located(postcode, coordinates, rs.getString("police_force_area"),
                    rs.getString("local_authority"), date(rs.getDate("introduced")), date(rs.getDate("terminated")));
        }, postcode.toString());
        return found.stream().findFirst();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private record Entry(Optional<Located> located, long loadedAt) {
    }
}
