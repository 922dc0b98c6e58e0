package org.nmoregister.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlaceLocationTest {

    private static final Coordinates HERE = new Coordinates(53.7, -1.6);

    @Test
    void aSureMatchAtThePropertyIsNeitherApproximateNorDoubtful() {
        PlaceLocation at = new PlaceLocation(HERE, PlaceLocation.Precision.PROPERTY, 0, 1L, "12 Heron Way",
                PlaceLocation.SURE);
        assertThat(at.approximate()).isFalse();
        assertThat(at.doubtful()).isFalse();
        assertThat(at.describe()).isEqualTo("located at the property");
    }

    @Test
    void aMatchJustShortOfSureIsDoubtfulAndSaysCheckIt() {
        PlaceLocation near = new PlaceLocation(HERE, PlaceLocation.Precision.PROPERTY, 0, 1L, "12 Heron Way",
                Math.nextDown(PlaceLocation.SURE));
        assertThat(near.doubtful()).isTrue();
        assertThat(near.approximate()).isFalse();
        assertThat(near.describe()).isEqualTo("located at the property that best matches the address: check it");
    }

    @Test
    void thePostcodesCentreIsApproximateWithItsLikelyErrorAndNeverDoubtful() {
        PlaceLocation centre = new PlaceLocation(HERE, PlaceLocation.Precision.POSTCODE_CENTRE, 150, null, null, 0);
        assertThat(centre.approximate()).isTrue();
        assertThat(centre.doubtful()).as("there is no property match to doubt").isFalse();
        assertThat(centre.describe()).isEqualTo("located by postcode only (may be up to 150 m out)");
    }

    @Test
    void aLocationNeedsItsPointAndPrecision() {
        assertThatThrownBy(() -> new PlaceLocation(null, PlaceLocation.Precision.PROPERTY, 0, 1L, null, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlaceLocation(HERE, null, 0, 1L, null, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
