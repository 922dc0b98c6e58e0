package org.nmoregister.places;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory index of protected places and exclusion zones, each a circle (centre and radius), answering "every
 * zone this point is in or within so many metres of, with the distance" without touching the database.
 *
 * <p>Places are kept in uniform grids of latitude/longitude cells, one grid per radius class (up to 256 m, 512 m,
 * 1 km, ... ), each grid's cells as big as its largest radius. A query then reads, in each grid that holds places,
 * only the cells within (distance asked + the class's largest radius) of the point, and measures each candidate with
 * the haversine formula: one wide zone never makes every query read every cell, and the answer is exact.
 *
 * <p>Reads never lock. A cell is an immutable array replaced whole on every change (copy on write), so a reader sees
 * each cell before or after a change, never halfway; a place being moved may for an instant be seen at its old and
 * new position, and a query reports it once. Writers take the index's lock; {@link #replaceAll} builds the new
 * grids aside and swaps them in at once.
 */
public final class PlaceIndex {

    /** The smallest radius class; class k holds radii up to {@code BASE_RADIUS * 2^k}. */
    static final double BASE_RADIUS_METRES = 256;
    /** The widest zone a place may have. */
    static final double MAX_RADIUS_METRES = 1_000_000;
    /** Enough radius classes for the widest zone. */
    private static final int CLASSES = classOf(MAX_RADIUS_METRES) + 1;
    private static final double METRES_PER_DEGREE_LATITUDE = Math.PI * Coordinates.EARTH_RADIUS_METRES / 180;
    /** Longitude cells are this much wider in degrees than latitude cells: about square at 53°N. */
    private static final double LONGITUDE_STRETCH = 1.66;

    /** Beyond this, candidates are measured exactly without the flat-earth pre-check. */
    private static final double FLAT_EARTH_MAX_METRES = 20_000;
    private static final Comparator<Hit> NEAREST_FIRST = Comparator.comparingDouble(Hit::distanceToZoneMetres)
            .thenComparingDouble(Hit::distanceToCentreMetres).thenComparingDouble(h -> h.place().radiusMetres())
            .thenComparing(h -> h.place().id());

    private final Object writeLock = new Object();
    private volatile State state = new State();

    /**
     * A protected place or exclusion zone.
     *
     * @param id           unique in the index; putting a place with an id already held replaces it
     * @param centre       the zone's centre
     * @param radiusMetres the zone's radius; 0 for a place with no zone around it
     * @param payloadKey   what the place belongs to (an order version, a marker), for the caller to look up
     */
    public record Place(String id, Coordinates centre, double radiusMetres, String payloadKey) {
        public Place {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(centre, "centre");
            if (Double.isNaN(radiusMetres) || radiusMetres < 0 || radiusMetres > MAX_RADIUS_METRES) {
                throw new IllegalArgumentException("Radius must be between 0 and 1,000 km: " + radiusMetres);
            }
        }
    }

    /**
     * A place found near a point.
     *
     * @param distanceToCentreMetres from the point to the place's centre
     * @param distanceToZoneMetres   from the point to the zone's edge; 0 when the point is inside the zone
     */
    public record Hit(Place place, double distanceToCentreMetres, double distanceToZoneMetres) {
        public boolean inside() {
            return distanceToZoneMetres == 0;
        }
    }

    /** Adds a place, or replaces the place with the same id. */
    public void put(Place place) {
        synchronized (writeLock) {
            State current = state;
            Place old = current.byId.get(place.id());
            current.grid(classOf(place.radiusMetres())).add(place);
            current.byId.put(place.id(), place);
            if (old != null) {
                current.grid(classOf(old.radiusMetres())).remove(old);
            }
        }
    }

    /** Removes the place with this id; whether there was one. */
    public boolean remove(String id) {
        synchronized (writeLock) {
            State current = state;
            Place old = current.byId.remove(id);
            if (old != null) {
                current.grid(classOf(old.radiusMetres())).remove(old);
            }
            return old != null;
        }
    }

    /** Replaces everything with {@code places} at once; queries running meanwhile see the old set. */
    public void replaceAll(Collection<Place> places) {
        State fresh = new State();
        Map<Integer, Map<Long, List<Place>>> cells = new HashMap<>();
        for (Place place : places) {
            Place previous = fresh.byId.put(place.id(), place);
            if (previous != null) {
                throw new IllegalArgumentException("Two places with id " + place.id());
            }
            int k = classOf(place.radiusMetres());
            cells.computeIfAbsent(k, x -> new HashMap<>())
                    .computeIfAbsent(fresh.grid(k).cellOf(place.centre()), x -> new ArrayList<>()).add(place);
        }
        cells.forEach((k, byCell) -> byCell.forEach((cell, list) -> fresh.grid(k).cells.put(cell,
                new Cell(list.toArray(Place[]::new)))));
        synchronized (writeLock) {
            state = fresh;
        }
    }

    public int size() {
        return state.byId.size();
    }

    /** The place with this id, if held. */
    public java.util.Optional<Place> get(String id) {
        return java.util.Optional.ofNullable(state.byId.get(id));
    }

    /**
     * Every place whose zone contains {@code point} or whose edge is within {@code withinMetres} of it, nearest
     * zone edge first (ties: nearest centre, then the smaller, more particular zone).
     */
    public List<Hit> near(Coordinates point, double withinMetres) {
        return near(point, withinMetres, null);
    }

    /**
     * How many places a query measures exactly (package-visible for tests): the flat-earth pre-check exists so that
     * the places of the cells read but plainly out of reach are not.
     */
    int measured(Coordinates point, double withinMetres) {
        int[] measured = new int[1];
        near(point, withinMetres, measured);
        return measured[0];
    }

    private List<Hit> near(Coordinates point, double withinMetres, int[] measured) {
        if (Double.isNaN(withinMetres) || withinMetres < 0) {
            throw new IllegalArgumentException("Distance must be 0 or more: " + withinMetres);
        }
        State current = state;
        List<Hit> hits = new ArrayList<>();
        double lat = point.latitude();
        double lon = point.longitude();
        double metresPerDegreeLongitude = METRES_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(lat));
        boolean flat = Math.abs(lat) < 70;
        for (Grid grid : current.grids) {
            if (grid == null || grid.cells.isEmpty()) {
                continue;
            }
            double reach = withinMetres + grid.maxRadius;
            double dLat = reach / METRES_PER_DEGREE_LATITUDE;
            double farLat = Math.abs(point.latitude()) + dLat;
            double dLon = dLat / Math.cos(Math.toRadians(farLat));
            // Within reach of the pole every longitude is near (places across the antimeridian elsewhere are not
            // sought: the register's places are in England and Wales).
            boolean everyLongitude = farLat >= 89.9 || dLon >= 180;
            int latFrom = grid.latIndex(point.latitude() - dLat);
            int latTo = grid.latIndex(point.latitude() + dLat);
            int lonFrom = grid.lonIndex(everyLongitude ? -180 : point.longitude() - dLon);
            int lonTo = grid.lonIndex(everyLongitude ? 180 : point.longitude() + dLon);
            for (int la = latFrom; la <= latTo; la++) {
                for (int lo = lonFrom; lo <= lonTo; lo++) {
                    Cell cell = grid.cells.get(key(la, lo));
                    if (cell == null) {
                        continue;
                    }
                    double[] lats = cell.latitudes;
                    double[] lons = cell.longitudes;
                    double[] radii = cell.radii;
                    for (int i = 0; i < lats.length; i++) {
                        // A flat-earth distance, cheap and within 1% over up to 20 km away from the poles, rejects
                        // the far candidates; the rest are measured exactly.
                        double limit = withinMetres + radii[i];
                        if (flat && limit <= FLAT_EARTH_MAX_METRES) {
                            double dy = (lats[i] - lat) * METRES_PER_DEGREE_LATITUDE;
                            double dx = (lons[i] - lon) * metresPerDegreeLongitude;
                            double bound = limit * 1.02 + 1;
                            if (dx * dx + dy * dy > bound * bound) {
                                continue;
                            }
                        }
                        if (measured != null) {
                            measured[0]++;
                        }
                        double d = Coordinates.haversineMetres(lat, lon, lats[i], lons[i]);
                        double toZone = Math.max(0, d - radii[i]);
                        if (toZone <= withinMetres) {
                            hits.add(new Hit(cell.places[i], d, toZone));
                        }
                    }
                }
            }
        }
        if (hits.size() > 1) {
            dropRepeats(hits, current.byId);
        }
        hits.sort(NEAREST_FIRST);
        return hits;
    }

    /**
     * A place being moved is, for an instant, in its old and its new cell; report it once, as found in the new
     * (the later put wins: both are measured, keep the one the index now holds).
     */
    static void dropRepeats(List<Hit> hits, Map<String, Place> held) {
        java.util.Map<String, Hit> byId = new java.util.LinkedHashMap<>();
        boolean repeated = false;
        for (Hit hit : hits) {
            Hit before = byId.putIfAbsent(hit.place().id(), hit);
            if (before != null) {
                repeated = true;
                if (held.get(hit.place().id()) == hit.place()) {
                    byId.put(hit.place().id(), hit);
                }
            }
        }
        if (repeated) {
            hits.clear();
            hits.addAll(byId.values());
        }
    }

    static int classOf(double radiusMetres) {
        int k = 0;
        double limit = BASE_RADIUS_METRES;
        while (radiusMetres > limit) {
            limit *= 2;
            k++;
        }
        return k;
    }

    /** How many cells hold places, over all radius classes; for tests of the grid's geometry. */
    int cellsInUse() {
        int n = 0;
        for (Grid grid : state.grids) {
            n += grid == null ? 0 : grid.cells.size();
        }
        return n;
    }

    private static long key(int latIndex, int lonIndex) {
        return ((long) latIndex << 32) | (lonIndex & 0xFFFF_FFFFL);
    }

    private static final class State {
        final Grid[] grids = new Grid[CLASSES];
        final Map<String, Place> byId = new ConcurrentHashMap<>();

        Grid grid(int k) {
            Grid grid = grids[k];
            if (grid == null) {
                grid = new Grid(BASE_RADIUS_METRES * Math.pow(2, k));
                grids[k] = grid;
            }
            return grid;
        }
    }

    private static final class Grid {
        final double maxRadius;
        final double latCell;
        final double lonCell;
        final ConcurrentHashMap<Long, Cell> cells = new ConcurrentHashMap<>();

        Grid(double maxRadius) {
            this.maxRadius = maxRadius;
            this.latCell = Math.max(maxRadius, 500) / METRES_PER_DEGREE_LATITUDE;
            this.lonCell = latCell * LONGITUDE_STRETCH;
        }

        int latIndex(double latitude) {
            return (int) Math.floor(latitude / latCell);
        }

        int lonIndex(double longitude) {
            return (int) Math.floor(longitude / lonCell);
        }

        long cellOf(Coordinates c) {
            return key(latIndex(c.latitude()), lonIndex(c.longitude()));
        }

        void add(Place place) {
            cells.compute(cellOf(place.centre()), (k, cell) -> {
                if (cell == null) {
                    return new Cell(new Place[] {place});
                }
                Place[] grown = java.util.Arrays.copyOf(cell.places, cell.places.length + 1);
                grown[cell.places.length] = place;
                return new Cell(grown);
            });
        }

        void remove(Place place) {
            cells.computeIfPresent(cellOf(place.centre()), (k, cell) -> {
                Place[] places = cell.places;
                int at = -1;
                for (int i = 0; i < places.length; i++) {
                    if (places[i] == place) {
                        at = i;
                        break;
                    }
                }
                if (at < 0) {
                    return cell;
                }
                if (places.length == 1) {
                    return null;
                }
                Place[] shrunk = new Place[places.length - 1];
                System.arraycopy(places, 0, shrunk, 0, at);
                System.arraycopy(places, at + 1, shrunk, at, places.length - at - 1);
                return new Cell(shrunk);
            });
        }
    }

    /** The places of one cell, with their numbers laid out flat for the scan; never changed once made. */
    private static final class Cell {
        final Place[] places;
        final double[] latitudes;
        final double[] longitudes;
        final double[] radii;

        Cell(Place[] places) {
            this.places = places;
            this.latitudes = new double[places.length];
            this.longitudes = new double[places.length];
            this.radii = new double[places.length];
            for (int i = 0; i < places.length; i++) {
                latitudes[i] = places[i].centre().latitude();
                longitudes[i] = places[i].centre().longitude();
                radii[i] = places[i].radiusMetres();
            }
        }
    }
}
