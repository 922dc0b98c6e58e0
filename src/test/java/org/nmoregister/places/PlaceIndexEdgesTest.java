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
