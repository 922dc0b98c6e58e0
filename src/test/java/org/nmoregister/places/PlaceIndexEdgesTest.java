package org.nmoregister.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmoregister.places.PlaceIndex.Hit;
import org.nmoregister.places.PlaceIndex.Place;

/**
 * Places found at the very edge of their reach, for zones of every size: the cheap flat-earth pre-check must never
 * turn away a place the exact distance finds (it allows 2 % and a metre more than the reach).
 */
class PlaceIndexEdgesTest {

    private static final double METRES_PER_DEGREE = Math.PI * Coordinates.EARTH_RADIUS_METRES / 180;
    private static final Coordinates LEEDS = new Coordinates(53.7997, -1.5492);

    private static Coordinates north(Coordinates from, double metres) {
        return new Coordinates(from.latitude() + metres / METRES_PER_DEGREE, from.longitude());
    }

    private static Coordinates east(Coordinates from, double metres) {
        return new Coordinates(from.latitude(),
                from.longitude() + metres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(from.latitude()))));
    }

    private static List<String> ids(List<Hit> hits) {
        return hits.stream().map(h -> h.place().id()).toList();
    }

    @Test
    void aSmallZoneIsFoundAtItsEdgeInEveryDirection() {
        PlaceIndex index = new PlaceIndex();
        index.put(new Place("door", LEEDS, 10, "door"));
        assertThat(ids(index.near(east(LEEDS, 9.99), 0))).containsExactly("door");
        assertThat(ids(index.near(east(LEEDS, -9.99), 0))).containsExactly("door");
        assertThat(ids(index.near(north(LEEDS, 9.99), 0))).containsExactly("door");
        assertThat(ids(index.near(north(LEEDS, -9.99), 0))).containsExactly("door");
        assertThat(index.near(north(LEEDS, 10.01), 0)).isEmpty();
        assertThat(ids(index.near(north(LEEDS, 14.99), 5))).containsExactly("door");
    }

    @Test
    void placesInTheCellsReadButPlainlyOutOfReachAreNotMeasuredExactly() {
        PlaceIndex index = new PlaceIndex();
        // in the cells a query at LEEDS reads (a small zone's reach is 256 m), but 200 m off with a zone of 10 m
        index.put(new Place("east", east(LEEDS, 200), 10, "east"));
        index.put(new Place("north", north(LEEDS, 200), 10, "north"));
        index.put(new Place("here", LEEDS, 10, "here"));
        assertThat(ids(index.near(LEEDS, 0))).containsExactly("here");
        assertThat(index.measured(LEEDS, 0)).isEqualTo(1);
        // within 188 m, both are within the pre-check's 2 % and a metre, so measured (190 m from their zones: not
        // found); within 185 m they are not (200 m against 195 * 1.02 + 1)
        assertThat(ids(index.near(LEEDS, 188))).containsExactly("here");
        assertThat(index.measured(LEEDS, 188)).isEqualTo(3);
        assertThat(index.measured(LEEDS, 185)).isEqualTo(1);
    }

    @Test
    void aLargeZoneIsFoundAtItsEdgeAndAtTheEdgeOfTheDistanceAsked() {
        PlaceIndex index = new PlaceIndex();
        index.put(new Place("estate", LEEDS, 1_000, "estate"));
        index.put(new Place("district", north(LEEDS, 30_000), 5_000, "district"));
        assertThat(ids(index.near(north(LEEDS, 999.9), 0))).containsExactly("estate");
        assertThat(ids(index.near(east(LEEDS, 999.9), 0))).containsExactly("estate");
        assertThat(index.near(north(LEEDS, 1_000.1), 0)).isEmpty();
        assertThat(ids(index.near(north(LEEDS, -2_999.9), 2_000))).containsExactly("estate");
        Coordinates district = north(LEEDS, 30_000);
        List<Hit> edge = index.near(east(district, 6_999.5), 2_000);
        assertThat(ids(edge)).containsExactly("district");
        assertThat(edge.get(0).distanceToZoneMetres()).isLessThan(2_000).isGreaterThan(1_999);
        assertThat(index.near(north(district, 7_000.5), 2_000)).isEmpty();
    }
}
