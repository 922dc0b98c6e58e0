package org.nmoregister.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nmoregister.places.PlaceIndex.Hit;
import org.nmoregister.places.PlaceIndex.Place;
import org.nmoregister.support.TestSize;

class PlaceIndexTest {

    private static final double METRES_PER_DEGREE = Math.PI * Coordinates.EARTH_RADIUS_METRES / 180;
    /** Latitude cell of the smallest radius class (radii up to 256 m): 500 m. */
    private static final double SMALL_CELL_DEGREES = 500 / METRES_PER_DEGREE;

    private final PlaceIndex index = new PlaceIndex();

    @Test
    void aPointJustInsideTheZoneIsInAndJustOutsideIsNot() {
        Coordinates home = new Coordinates(53.7997, -1.5492);
        index.put(new Place("home", home, 100, "order-1"));

        List<Hit> inside = index.near(north(home, 99.99), 0);
        assertThat(inside).singleElement().satisfies(hit -> {
            assertThat(hit.inside()).isTrue();
            assertThat(hit.distanceToCentreMetres()).isCloseTo(99.99, within(0.001));
            assertThat(hit.distanceToZoneMetres()).isZero();
            assertThat(hit.place().payloadKey()).isEqualTo("order-1");
        });
        assertThat(index.near(north(home, 100.01), 0)).isEmpty();
        assertThat(index.near(east(home, 100.01), 0)).isEmpty();
        assertThat(index.near(east(home, 99.99), 0)).hasSize(1);

        // Within 50 m of the zone: its edge is 100 m out, so up to 150 m from the centre.
        assertThat(index.near(north(home, 149.99), 50)).singleElement()
                .satisfies(hit -> assertThat(hit.distanceToZoneMetres()).isCloseTo(49.99, within(0.001)));
        assertThat(index.near(north(home, 150.01), 50)).isEmpty();
    }

    @Test
    void findsAcrossCellBorders() {
        // A latitude exactly on a cell border of the smallest class, and a longitude on a border too.
        double borderLat = Math.floor(53.8 / SMALL_CELL_DEGREES) * SMALL_CELL_DEGREES;
        double lonCell = SMALL_CELL_DEGREES * 1.66;
        double borderLon = Math.floor(-1.55 / lonCell) * lonCell;
        Coordinates corner = new Coordinates(borderLat, borderLon);
        // Four places, one in each cell around the corner, each 30 m from it.
        index.put(new Place("ne", north(east(corner, 21.2), 21.2), 10, "ne"));
        index.put(new Place("nw", north(east(corner, -21.2), 21.2), 10, "nw"));
        index.put(new Place("se", north(east(corner, 21.2), -21.2), 10, "se"));
        index.put(new Place("sw", north(east(corner, -21.2), -21.2), 10, "sw"));

        assertThat(ids(index.near(corner, 20.1))).containsExactlyInAnyOrder("ne", "nw", "se", "sw");
        assertThat(ids(index.near(corner, 19.9))).isEmpty();
        // A zone whose centre is a whole cell away but whose radius reaches over the border.
        index.put(new Place("wide", north(corner, 700), 250, "wide"));
        assertThat(ids(index.near(north(corner, 455), 0))).containsExactly("wide");
        assertThat(ids(index.near(north(corner, 445), 0))).isEmpty();
    }

    @Test
    void wideZonesAreFoundFromFarAwayAndSmallOnesAreNot() {
        Coordinates centre = new Coordinates(52.0, -1.0);
        index.put(new Place("county", centre, 40_000, "wide"));
        index.put(new Place("house", centre, 50, "small"));
        Coordinates far = north(centre, 39_900);
        assertThat(ids(index.near(far, 0))).containsExactly("county");
        assertThat(ids(index.near(north(centre, 40_100), 0))).isEmpty();
        assertThat(ids(index.near(north(centre, 40_100), 200))).containsExactly("county");
        // Inside both, equally far from the centres: the smaller, more particular zone first.
        assertThat(ids(index.near(north(centre, 10), 0))).containsExactly("house", "county");
    }

    @Test
    void answersExactlyWhatAScanOfEveryPlaceAnswers() {
        Random random = new Random(42);
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < TestSize.of(20_000); i++) {
            double kind = random.nextDouble();
            // Mostly small zones, some up to 10 km, a few wider than the flat-earth pre-check is used for.
            double radius = kind < 0.005 ? 20_000 + random.nextDouble() * 40_000
                    : kind < 0.1 ? 500 + random.nextDouble() * 9_500 : random.nextDouble() * 400;
            places.add(new Place("p" + i, new Coordinates(53 + random.nextDouble() * 0.5,
                    -2 + random.nextDouble() * 0.8), radius, "k" + i));
        }
        index.replaceAll(places);
        assertThat(index.size()).isEqualTo(places.size());
        for (int q = 0; q < TestSize.of(500); q++) {
            Coordinates point = new Coordinates(53 + random.nextDouble() * 0.5, -2 + random.nextDouble() * 0.8);
            double within = q % 3 == 0 ? 0 : random.nextDouble() * 1_000;
            List<String> expected = places.stream()
                    .filter(p -> Math.max(0, point.distanceMetres(p.centre()) - p.radiusMetres()) <= within)
                    .map(Place::id).sorted().toList();
            assertThat(ids(index.near(point, within)).stream().sorted().toList()).isEqualTo(expected);
        }
    }

    @Test
    void putReplacesRemoveForgetsAndReplaceAllSwaps() {
        Coordinates a = new Coordinates(51.5, -0.12);
        Coordinates b = new Coordinates(51.6, -0.12);
        index.put(new Place("x", a, 100, "v1"));
        index.put(new Place("x", b, 3_000, "v2"));
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.near(a, 0)).isEmpty();
        assertThat(index.near(b, 0)).singleElement().satisfies(h -> assertThat(h.place().payloadKey()).isEqualTo("v2"));
        assertThat(index.get("x")).map(Place::radiusMetres).contains(3_000.0);

        assertThat(index.remove("x")).isTrue();
        assertThat(index.remove("x")).isFalse();
        assertThat(index.near(b, 0)).isEmpty();

        index.put(new Place("old", a, 100, "old"));
        index.replaceAll(List.of(new Place("new", a, 100, "new")));
        assertThat(ids(index.near(a, 0))).containsExactly("new");
        assertThatThrownBy(() -> index.replaceAll(List.of(new Place("d", a, 1, "1"), new Place("d", b, 1, "2"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ids(index.near(a, 0))).containsExactly("new");
    }

    @Test
    void refusesNonsense() {
        Coordinates a = new Coordinates(51.5, -0.12);
        assertThatThrownBy(() -> new Place("x", a, -1, "k")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Place(null, a, 1, "k")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> index.near(a, -5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PlaceIndex.classOf(0)).isZero();
        assertThat(PlaceIndex.classOf(256)).isZero();
        assertThat(PlaceIndex.classOf(257)).isEqualTo(1);
        assertThat(PlaceIndex.classOf(2_000)).isEqualTo(3);
    }

    @Test
    void nearestZoneEdgeFirstThenNearestCentreThenSmallerZoneThenId() {
        Coordinates centre = new Coordinates(53.8, -1.55);
        // put in the reverse of the order expected, all in one cell
        index.put(new Place("outside", north(centre, 60), 10, "e"));
        index.put(new Place("b-same", north(centre, 20), 30, "d"));
        index.put(new Place("a-same", north(centre, 20), 30, "c"));
        index.put(new Place("wider", north(centre, 20), 40, "w"));
        index.put(new Place("centred", centre, 40, "b"));
        assertThat(index.cellsInUse()).isEqualTo(1);

        List<Hit> hits = index.near(centre, 100);
        assertThat(ids(hits)).containsExactly("centred", "a-same", "b-same", "wider", "outside");
        assertThat(hits.get(0).inside()).isTrue();
        assertThat(hits.get(4).inside()).isFalse();
        assertThat(hits.get(4).distanceToZoneMetres()).isCloseTo(50, within(0.01));
        assertThat(hits.get(4).distanceToCentreMetres()).isCloseTo(60, within(0.01));
    }

    @Test
    void removesAnyPlaceOfACellAndKeepsTheOthers() {
        Coordinates centre = new Coordinates(52.5, -1.9);
        List<String> all = List.of("a", "b", "c", "d");
        for (int i = 0; i < all.size(); i++) {
            index.put(new Place(all.get(i), north(centre, 10 * i), 5, all.get(i)));
        }
        assertThat(index.cellsInUse()).isEqualTo(1);
        assertThat(ids(index.near(centre, 100))).containsExactly("a", "b", "c", "d");

        assertThat(index.remove("b")).isTrue();
        assertThat(ids(index.near(centre, 100))).containsExactly("a", "c", "d");
        assertThat(index.remove("a")).isTrue();
        assertThat(ids(index.near(centre, 100))).containsExactly("c", "d");
        assertThat(index.remove("d")).isTrue();
        assertThat(ids(index.near(centre, 100))).containsExactly("c");
        // moving the last place of a cell to another leaves one cell in use
        index.put(new Place("c", north(centre, 5_000), 5, "c2"));
        assertThat(ids(index.near(centre, 100))).isEmpty();
        assertThat(index.near(north(centre, 5_000), 0)).singleElement()
                .satisfies(h -> assertThat(h.place().payloadKey()).isEqualTo("c2"));
        assertThat(index.cellsInUse()).isEqualTo(1);
        assertThat(index.remove("c")).isTrue();
        assertThat(index.cellsInUse()).isZero();
        assertThat(index.size()).isZero();
    }

    @Test
    void cellsOfTheSmallestClassAre500MetresTallAndAbout830Wide() {
        double borderLat = Math.floor(53.8 / SMALL_CELL_DEGREES) * SMALL_CELL_DEGREES;
        double lonCell = SMALL_CELL_DEGREES * 1.66;
        double borderLon = Math.floor(-1.55 / lonCell) * lonCell;
        Coordinates corner = new Coordinates(borderLat + SMALL_CELL_DEGREES / 100, borderLon + lonCell / 100);
        index.put(new Place("a", corner, 10, "a"));
        index.put(new Place("inside-north", new Coordinates(borderLat + SMALL_CELL_DEGREES * 0.98, corner.longitude()),
                10, "b"));
        index.put(new Place("inside-east", new Coordinates(corner.latitude(), borderLon + lonCell * 0.98), 10, "c"));
        assertThat(index.cellsInUse()).isEqualTo(1);
        index.put(new Place("next-north", new Coordinates(borderLat + SMALL_CELL_DEGREES * 1.02, corner.longitude()),
                10, "d"));
        assertThat(index.cellsInUse()).isEqualTo(2);
        index.put(new Place("next-east", new Coordinates(corner.latitude(), borderLon + lonCell * 1.02), 10, "e"));
        assertThat(index.cellsInUse()).isEqualTo(3);
        // a wider zone is in its own class's grid, even at the same centre
        index.put(new Place("wide", corner, 300, "f"));
        assertThat(index.cellsInUse()).isEqualTo(4);
        assertThat(ids(index.near(corner, 0))).containsExactly("a", "wide");
    }

    @Test
    void radiusFromNoneToAThousandKilometres() {
        Coordinates a = new Coordinates(51.5, -0.12);
        index.put(new Place("point", a, 0, "p"));
        index.put(new Place("widest", a, 1_000_000, "w"));
        assertThat(ids(index.near(a, 0))).containsExactly("point", "widest");
        assertThat(ids(index.near(north(a, 999_000), 0))).containsExactly("widest");
        assertThat(index.near(north(a, 0.5), 0)).extracting(Hit::inside).containsExactly(true);
        assertThatThrownBy(() -> new Place("x", a, 1_000_000.5, "k")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1000000.5");
        assertThatThrownBy(() -> new Place("x", a, Double.NaN, "k")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PlaceIndex.classOf(1_000_000)).isEqualTo(12);
        assertThat(PlaceIndex.classOf(512)).isEqualTo(1);
        assertThat(PlaceIndex.classOf(512.5)).isEqualTo(2);
    }

    @Test
    void farQueriesReachTheCellsOfTheHigherLatitudes() {
        // Over hundreds of kilometres a degree of longitude shrinks towards the pole: the cells read eastwards must
        // be counted at the latitude farthest north, where they are narrowest.
        Coordinates point = new Coordinates(60, 0);
        Coordinates east = new Coordinates(60, 5.3);
        index.put(new Place("east", east, 0, "e"));
        double d = point.distanceMetres(east);
        assertThat(d).isBetween(290_000.0, 299_000.0);
        assertThat(ids(index.near(point, 300_000))).containsExactly("east");
        assertThat(ids(index.near(point, d - 10))).isEmpty();
    }

    @Test
    void farAndPolarCandidatesAreMeasuredExactlyNotOnAFlatEarth() {
        // 460 km away at 70°N a flat earth is several per cent out: the exact distance decides.
        Coordinates point = new Coordinates(69.9, 0);
        Coordinates north = new Coordinates(72.5, 10);
        index.put(new Place("far", north, 0, "f"));
        double far = point.distanceMetres(north);
        assertThat(ids(index.near(point, far + 100))).containsExactly("far");
        assertThat(ids(index.near(point, far - 100))).isEmpty();

        // Near the pole, along the parallel is longer than across the cap.
        Coordinates polar = new Coordinates(89.95, 0);
        Coordinates across = new Coordinates(89.95, 60);
        index.put(new Place("polar", across, 0, "p"));
        double d = polar.distanceMetres(across);
        assertThat(ids(index.near(polar, d + 20))).containsExactly("polar");
        assertThat(ids(index.near(polar, d - 20))).isEmpty();
    }

    @Test
    void aPlaceSeenInItsOldAndNewCellIsReportedOnceAsTheIndexNowHoldsIt() {
        Coordinates a = new Coordinates(51.5, -0.12);
        Place before = new Place("moving", a, 100, "v1");
        Place after = new Place("moving", north(a, 50), 100, "v2");
        Place other = new Place("other", a, 10, "o");
        Hit old = new Hit(before, 0, 0);
        Hit now = new Hit(after, 50, 0);
        Hit still = new Hit(other, 0, 0);

        List<Hit> hits = new ArrayList<>(List.of(old, still, now));
        PlaceIndex.dropRepeats(hits, java.util.Map.of("moving", after, "other", other));
        assertThat(hits).containsExactly(now, still);

        hits = new ArrayList<>(List.of(now, still, old));
        PlaceIndex.dropRepeats(hits, java.util.Map.of("moving", after, "other", other));
        assertThat(hits).containsExactly(now, still);

        hits = new ArrayList<>(List.of(still, now));
        PlaceIndex.dropRepeats(hits, java.util.Map.of("moving", after, "other", other));
        assertThat(hits).containsExactly(still, now);
    }

    private static List<String> ids(List<Hit> hits) {
        return hits.stream().map(h -> h.place().id()).collect(Collectors.toList());
    }

    private static Coordinates north(Coordinates from, double metres) {
        return new Coordinates(from.latitude() + metres / METRES_PER_DEGREE, from.longitude());
    }

    private static Coordinates east(Coordinates from, double metres) {
        return new Coordinates(from.latitude(),
                from.longitude() + metres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(from.latitude()))));
    }
}
