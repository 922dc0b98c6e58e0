package org.nmoregister.flags.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nmoregister.places.Coordinates;
import org.nmoregister.places.PlaceLocation;

class RelocationTest {

    private static final Coordinates PROPERTY = new Coordinates(53.7012, -1.6);

    private static PlaceLocation at(Coordinates point, PlaceLocation.Precision precision, Long uprn,
                                    double confidence, int error) {
        return new PlaceLocation(point, precision, error, uprn, null, confidence);
    }

    private static MarkerEntity marker(PlaceLocation location) {
        MarkerEntity marker = new MarkerEntity();
        marker.locate(location);
        return marker;
    }

    @Test
    void theSamePropertyConfirmedOrWithANewLikelyErrorIsNotAMove() {
        MarkerEntity marker = marker(at(PROPERTY, PlaceLocation.Precision.PROPERTY, 7L, 0.93, 0));
        assertThat(Relocation.moved(marker, at(PROPERTY, PlaceLocation.Precision.PROPERTY, 7L, 1.0, 0))).isFalse();
        MarkerEntity centre = marker(at(PROPERTY, PlaceLocation.Precision.POSTCODE_CENTRE, null, 0, 150));
        assertThat(Relocation.moved(centre, at(PROPERTY, PlaceLocation.Precision.POSTCODE_CENTRE, null, 0, 250)))
                .isFalse();
    }

    @Test
    void anotherPropertyAnotherPrecisionOrAnotherPointIsAMove() {
        MarkerEntity marker = marker(at(PROPERTY, PlaceLocation.Precision.PROPERTY, 7L, 1.0, 0));
        assertThat(Relocation.moved(marker, at(PROPERTY, PlaceLocation.Precision.PROPERTY, 8L, 1.0, 0)))
                .as("another UPRN at the same point (a flat in the same building)").isTrue();
        assertThat(Relocation.moved(marker, at(PROPERTY, PlaceLocation.Precision.POSTCODE_CENTRE, null, 0, 150)))
                .isTrue();
        // 0.00001 degrees of latitude is about 1.1 m: a new point; 0.000005 (0.56 m) is the same one
        assertThat(Relocation.moved(marker, at(new Coordinates(53.70121, -1.6), PlaceLocation.Precision.PROPERTY,
                7L, 1.0, 0))).isTrue();
        assertThat(Relocation.moved(marker, at(new Coordinates(53.701205, -1.6), PlaceLocation.Precision.PROPERTY,
                7L, 1.0, 0))).isFalse();
    }

    @Test
    void beingLocatedOrNoLongerLocatedIsAMoveAndStayingUnlocatedIsNot() {
        MarkerEntity nowhere = marker(null);
        assertThat(Relocation.moved(nowhere, null)).isFalse();
        assertThat(Relocation.moved(nowhere, at(PROPERTY, PlaceLocation.Precision.PROPERTY, 7L, 1.0, 0))).isTrue();
        assertThat(Relocation.moved(marker(at(PROPERTY, PlaceLocation.Precision.PROPERTY, 7L, 1.0, 0)), null))
                .isTrue();
    }

    @Test
    void aMarkerWithOnlyHalfAPointCountsAsNotLocated() {
        MarkerEntity half = marker(null);
        half.latitude = 53.7;
        assertThat(Relocation.moved(half, null)).isFalse();
        half.latitude = null;
        half.longitude = -1.6;
        assertThat(Relocation.moved(half, null)).isFalse();
    }

    @Test
    void theNextVersionKeepsThePlaceAndZoneAtTheNewPoint() {
        MarkerEntity marker = marker(at(PROPERTY, PlaceLocation.Precision.PROPERTY, 7L, 0.95, 0));
        marker.id = java.util.UUID.randomUUID();
        marker.markerKey = "PROTECTED_PLACE|OTHER|12 heron way|100";
        marker.address = "12 Heron Way";
        marker.radiusMetres = 100;
        marker.confidential = true;
        marker.orderVersion = 3;
        marker.endVersion = 4;
        marker.expiresAt = java.time.Instant.parse("2027-01-01T00:00:00Z");
        java.time.Instant now = java.time.Instant.parse("2026-12-04T12:00:00Z");
        MarkerEntity next = marker.relocatedTo(at(PROPERTY, PlaceLocation.Precision.POSTCODE_CENTRE, null, 0, 150),
                now);
        assertThat(next.id).isNotEqualTo(marker.id);
        assertThat(next.markerKey).isEqualTo(marker.markerKey);
        assertThat(next.radiusMetres).isEqualTo(100);
        assertThat(next.confidential).isTrue();
        assertThat(next.orderVersion).isEqualTo(3);
        assertThat(next.endVersion).isEqualTo(4);
        assertThat(next.expiresAt).isEqualTo(marker.expiresAt);
        assertThat(next.raisedAt).isEqualTo(now);
        assertThat(next.precision).isEqualTo(PlaceLocation.Precision.POSTCODE_CENTRE);
        assertThat(next.likelyErrorMetres).isEqualTo(150);
        assertThat(next.uprn).isNull();
        assertThat(next.view().location()).hasValueSatisfying(l -> assertThat(l.approximate()).isTrue());
    }
}
