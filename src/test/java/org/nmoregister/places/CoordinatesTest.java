package org.nmoregister.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoordinatesTest {

    /** One degree along a meridian or the equator: pi R / 180. */
    private static final double ONE_DEGREE = Math.PI * Coordinates.EARTH_RADIUS_METRES / 180;

    @Test
    void oneDegreeOfLatitudeOrOfLongitudeAtTheEquator() {
        assertThat(ONE_DEGREE).isCloseTo(111_195.1, within(0.1));
        assertThat(new Coordinates(53, -1.5).distanceMetres(new Coordinates(54, -1.5))).isCloseTo(ONE_DEGREE, within(1e-6));
        assertThat(new Coordinates(0, 10).distanceMetres(new Coordinates(0, 11))).isCloseTo(ONE_DEGREE, within(1e-6));
        // At 60 degrees north a degree of longitude is nearly half as long (the great circle is a little shorter).
        assertThat(new Coordinates(60, 0).distanceMetres(new Coordinates(60, 1))).isCloseTo(ONE_DEGREE / 2, within(15.0));
    }

    @ParameterizedTest
    @CsvSource({
            // Nashville BNA to Los Angeles LAX, the textbook haversine example: 2886.44 km at R = 6371.0 km.
            "36.12, -86.67, 33.94, -118.40, 2886448, 600",
            // London (Charing Cross) to Paris (Notre-Dame): 343.5 km on the sphere.
            "51.5074, -0.1278, 48.8566, 2.3522, 343560, 600",
            // Antipodes on the equator: half the circumference.
            "0, 0, 0, 180, 20015114, 10",
            "51.0, -2.0, 51.0, -2.0, 0, 0"})
    void knownDistances(double lat1, double lon1, double lat2, double lon2, double metres, double tolerance) {
        Coordinates a = new Coordinates(lat1, lon1);
        Coordinates b = new Coordinates(lat2, lon2);
        assertThat(a.distanceMetres(b)).isCloseTo(metres, within(tolerance));
        assertThat(b.distanceMetres(a)).isCloseTo(a.distanceMetres(b), within(1e-6));
    }

    @Test
    void shortDistancesAreExactEnoughForExclusionZones() {
        // 100 m north of a point is 100 / ONE_DEGREE degrees of latitude.
        Coordinates home = new Coordinates(53.7997, -1.5492);
        Coordinates north = new Coordinates(53.7997 + 100 / ONE_DEGREE, -1.5492);
        assertThat(home.distanceMetres(north)).isCloseTo(100, within(1e-6));
    }

    @Test
    void refusesWhatIsNotOnEarth() {
        assertThatThrownBy(() -> new Coordinates(90.0001, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Coordinates(-91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Coordinates(0, 180.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Coordinates(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Coordinates.valid(99.999999, 0)).isFalse();
        assertThat(Coordinates.valid(53.8, -1.55)).isTrue();
    }
}
