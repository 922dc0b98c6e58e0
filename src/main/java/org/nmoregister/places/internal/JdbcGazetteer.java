package org.nmoregister.places.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.nmoregister.places.AddressKeys;
import org.nmoregister.places.Coordinates;
import org.nmoregister.places.Gazetteer;
import org.nmoregister.places.Located;
import org.nmoregister.places.PlaceLocation;
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
    /**
     * How far from its postcode's centre a property may be when the address gazetteer knows too few of the
     * postcode's properties to say: a cautious figure for a town postcode of a few dozen doors.
     */
    static final int POSTCODE_ONLY_ERROR_METRES = 250;
    private static final java.util.regex.Pattern POSTCODE_WRITTEN = java.util.regex.Pattern.compile(
            "(?i)\\b(GIR ?0AA|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2})\\b");

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

    @Override
    public Optional<PlaceLocation> locateAddress(String address) {
        Optional<Search> search = search(address);
        if (search.isEmpty()) {
            return Optional.empty();
        }
        Search found = search.get();
        Optional<PropertyMatcher.Match> match = PropertyMatcher.best(found.key(), found.matcherCandidates());
        if (match.isPresent() && (found.postcode().isPresent() || match.get().score() == 1.0)) {
            long uprn = match.get().candidate().uprn();
            PropertyRow row = found.row(uprn);
            return Optional.of(new PlaceLocation(row.point(), PlaceLocation.Precision.PROPERTY, 0, uprn,
                    propertyAddress(uprn), match.get().score()));
        }
        return postcodeCentre(found);
    }

    @Override
    public List<Candidate> candidates(String address) {
        Optional<Search> search = search(address);
        if (search.isEmpty() || search.get().postcode().isEmpty()) {
            return List.of();
        }
        return PropertyMatcher.all(search.get().key(), search.get().matcherCandidates()).stream()
                .map(m -> new Candidate(m.candidate().uprn(), propertyAddress(m.candidate().uprn()), m.score()))
                .toList();
    }

    @Override
    public Optional<PlaceLocation> locateProperty(long uprn) {
        return jdbc.query("select latitude, longitude from gazetteer_property where uprn = ?", (rs, n) ->
                new PlaceLocation(new Coordinates(rs.getDouble(1), rs.getDouble(2)), PlaceLocation.Precision.PROPERTY,
                        0, uprn, propertyAddress(uprn), PlaceLocation.SURE), uprn).stream().findFirst();
    }

    @Override
    public Optional<PlaceLocation> locatePostcodeCentre(String address) {
        return search(address).flatMap(this::postcodeCentre);
    }

    private Optional<PlaceLocation> postcodeCentre(Search found) {
        return found.postcode().flatMap(this::locate).map(located -> new PlaceLocation(located.coordinates(),
                PlaceLocation.Precision.POSTCODE_CENTRE, likelyError(located.coordinates(), found.candidates()), null,
                null, 0));
    }

    /** The address's postcode, its key, and the properties it may name. */
    private Optional<Search> search(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        // the postcode by its shape alone (court papers and the demo use well-formed postcodes Royal Mail would not
        // allocate), the last one written; the rest of the address is the first line, locality and town
        Optional<Postcode> lastPostcode = Optional.empty();
        java.util.regex.Matcher written = POSTCODE_WRITTEN.matcher(address);
        while (written.find()) {
            Optional<Postcode> parsed = Postcode.parse(written.group(1));
            if (parsed.isPresent()) {
                lastPostcode = parsed;
            }
        }
        Optional<Postcode> postcode = lastPostcode;
        String key = AddressKeys.line1Key(POSTCODE_WRITTEN.matcher(address).replaceAll(" "));
        List<PropertyRow> found = postcode.isPresent()
                ? jdbc.query("""
                        select uprn, line_key, latitude, longitude, town from gazetteer_property
                        where postcode = ?""", PROPERTY_ROW, postcode.get().toString())
                : jdbc.query("""
                        select uprn, line_key, latitude, longitude, town from gazetteer_property
                        where line_key = any (?)""", PROPERTY_ROW, (Object) windows(key));
        // without a postcode only an exact first line in the town the address names will do
        List<PropertyRow> candidates = postcode.isPresent() ? found : found.stream().filter(c -> c.town() != null
                && (" " + key + " ").contains(" " + AddressKeys.line1Key(c.town()) + " ")).toList();
        return Optional.of(new Search(postcode, key, candidates));
    }

    private record Search(Optional<Postcode> postcode, String key, List<PropertyRow> candidates) {
        List<PropertyMatcher.Candidate> matcherCandidates() {
            return candidates.stream().map(c -> new PropertyMatcher.Candidate(c.uprn(), c.lineKey())).toList();
        }

        PropertyRow row(long uprn) {
            return candidates.stream().filter(c -> c.uprn() == uprn).findFirst().orElseThrow();
        }
    }

    /**
     * How far a property of the postcode may be from its centre: the furthest one the address gazetteer knows,
     * rounded up to 10 m, and never less than {@link #POSTCODE_ONLY_ERROR_METRES} when it knows too few.
     */
    private static int likelyError(Coordinates centre, List<PropertyRow> properties) {
        double furthest = properties.stream().mapToDouble(p -> centre.distanceMetres(p.point())).max().orElse(0);
        int metres = (int) Math.ceil(furthest / 10) * 10;
        return properties.size() >= 5 ? Math.max(metres, 10) : Math.max(metres, POSTCODE_ONLY_ERROR_METRES);
    }

    /** Every run of two to eight words of the key: the first line the address may start with. */
    private static String[] windows(String key) {
        String[] words = key.split(" ");
        List<String> runs = new java.util.ArrayList<>();
        for (int start = 0; start < words.length; start++) {
            for (int length = 2; length <= 8 && start + length <= words.length; length++) {
                runs.add(String.join(" ", java.util.Arrays.copyOfRange(words, start, start + length)));
            }
        }
        return runs.toArray(String[]::new);
    }

    private String propertyAddress(long uprn) {
        return jdbc.queryForObject("""
                select sub_building, building_name, building_number, street, locality, town, postcode
                from gazetteer_property where uprn = ?""", (rs, n) -> {
            StringBuilder line = new StringBuilder(AddressBaseReader.firstLine(rs.getString(1), rs.getString(2),
                    rs.getString(3), rs.getString(4)));
            for (int column = 5; column <= 7; column++) {
                String part = rs.getString(column);
                if (part != null) {
                    line.append(column == 7 ? " " : ", ").append(part);
                }
            }
            return line.toString();
        }, uprn);
    }

    private record PropertyRow(long uprn, String lineKey, Coordinates point, String town) {
    }

    private static final org.springframework.jdbc.core.RowMapper<PropertyRow> PROPERTY_ROW = (rs, n) ->
            new PropertyRow(rs.getLong("uprn"), rs.getString("line_key"),
                    new Coordinates(rs.getDouble("latitude"), rs.getDouble("longitude")), rs.getString("town"));

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
