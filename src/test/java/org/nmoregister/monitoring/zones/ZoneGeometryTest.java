package org.nmoregister.monitoring.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nmoregister.monitoring.zones.Containment.INSIDE;
import static org.nmoregister.monitoring.zones.Containment.OUTSIDE;
import static org.nmoregister.monitoring.zones.Containment.POSSIBLY_INSIDE;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nmoregister.places.Coordinates;

class ZoneGeometryTest {

    @ParameterizedTest(name = "{0} m from the centre of a {1} m zone, accurate to {2} m, place out by {3} m: {4}")
    @CsvSource({
            // exact fixes: the boundary is inside, a millimetre beyond is not (beyond the tolerance)
            "0, 100, 0, 0, INSIDE",
            "99.999, 100, 0, 0, INSIDE",
            "100, 100, 0, 0, INSIDE",
            "100.0005, 100, 0, 0, INSIDE",
            "100.01, 100, 0, 0, OUTSIDE",
            "1000, 100, 0, 0, OUTSIDE",
            // the whole circle inside
            "40, 100, 60, 0, INSIDE",
            // the point inside and the circle no wider than the zone: inside, though the circle pokes out
            "95, 100, 10, 0, INSIDE",
            "100, 100, 100, 0, INSIDE",
            // the point inside but the circle wider than the zone: only possibly
            "10, 100, 300, 0, POSSIBLY_INSIDE",
            "0, 100, 100.5, 0, POSSIBLY_INSIDE",
            "50, 100, 5000, 0, POSSIBLY_INSIDE",
            // the point outside and the circle overlapping: possibly
            "150, 100, 300, 0, POSSIBLY_INSIDE",
            "390, 100, 300, 0, POSSIBLY_INSIDE",
            // exactly touching counts as overlapping
            "400, 100, 300, 0, POSSIBLY_INSIDE",
            "400.01, 100, 300, 0, OUTSIDE",
            "101, 100, 0.5, 0, OUTSIDE",
            "101, 100, 1, 0, POSSIBLY_INSIDE",
            // huge accuracy reaches any zone nearby, but never surely
            "20000, 100, 50000, 0, POSSIBLY_INSIDE",
            "60000, 100, 50000, 0, OUTSIDE",
            // a place located by postcode only: its own error widens the circle
            "180, 100, 10, 150, POSSIBLY_INSIDE",
            "300, 100, 10, 150, OUTSIDE",
            "50, 100, 10, 150, POSSIBLY_INSIDE",
            "50, 300, 10, 150, INSIDE",
            // a zone of radius 0 (a place with no distance): only exactly on it is inside
            "0, 0, 0, 0, INSIDE",
            "5, 0, 10, 0, POSSIBLY_INSIDE",
            "5, 0, 0, 0, OUTSIDE"
    })
    void classifies(double distance, double radius, double accuracy, double placeError, Containment expected) {
        assertThat(ZoneGeometry.classify(distance, radius, accuracy, placeError)).isEqualTo(expected);
    }

    @Test
    void refusesWhatIsNotADistance() {
        assertThatThrownBy(() -> ZoneGeometry.classify(-1, 100, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ZoneGeometry.classify(1, Double.NaN, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ZoneGeometry.classify(1, 100, Double.POSITIVE_INFINITY, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ZoneGeometry.classify(1, 100, 0, -5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aZoneMeasuresOnTheEarthNotOnAFlatMap() {
        Coordinates home = new Coordinates(53.7, -1.6);
        Zone zone = new Zone(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), home, 100, 0, "home", "NX1",
                "1 Test Street", true, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));
        // 0.0008 degrees of latitude is about 89 m; a degree of longitude at 53.7 N is only 0.59 of one of latitude
        assertThat(zone.check(new Coordinates(53.7008, -1.6), 0)).isEqualTo(INSIDE);
        assertThat(zone.check(new Coordinates(53.7, -1.6015), 0)).isEqualTo(INSIDE); // about 99 m east
        assertThat(zone.check(new Coordinates(53.7, -1.6016), 0)).isEqualTo(OUTSIDE); // about 105 m east
        assertThat(zone.check(new Coordinates(53.709, -1.6), 0)).isEqualTo(OUTSIDE); // 1 km north
        assertThat(zone.check(new Coordinates(53.7027, -1.6), 300)).isEqualTo(POSSIBLY_INSIDE); // 300 m, circle 300
        assertThat(zone.bindsAt(Instant.parse("2026-06-01T00:00:00Z"))).isTrue();
        assertThat(zone.bindsAt(Instant.parse("2027-01-01T00:00:00Z"))).isFalse();
        assertThat(zone.bindsAt(Instant.parse("2025-12-31T23:59:59Z"))).isFalse();
    }
}
