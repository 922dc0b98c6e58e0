package org.nmoregister.flags;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.places.Coordinates;
import org.nmoregister.places.PlaceLocation;

/**
 * A marker as pages, the API and the lookup see it. A place marker carries where its zone is drawn:
 * {@code latitude}/{@code longitude} (WGS84), {@code precision} ({@code PROPERTY} or {@code POSTCODE_CENTRE}), the
 * {@code likelyErrorMetres} of that point, the property's {@code uprn} and the {@code matchConfidence}; all null when
 * the place could not be located, or is withheld (a C8 address) from someone not entitled to it.
 */
public record MarkerView(UUID id, UUID forceId, UUID orderId, int orderVersion, MarkerKind kind, String personName,
                         LocalDate dateOfBirth, List<String> aliases, String partyRole, String placeKind,
                         String address, String postcode, Integer radiusMetres, boolean confidential,
                         Instant raisedAt, Instant expiresAt, Instant withdrawnAt, Withdrawal withdrawal,
                         Double latitude, Double longitude, PlaceLocation.Precision precision,
                         Integer likelyErrorMetres, Long uprn, Double matchConfidence) {

    /** Active at {@code at}: raised by then, not withdrawn, and the order not yet ended. */
    public boolean activeAt(Instant at) {
        return !raisedAt.isAfter(at) && (withdrawnAt == null || withdrawnAt.isAfter(at))
                && (expiresAt == null || expiresAt.isAfter(at));
    }

    /** Where the place is, as located when the marker was raised; empty for a person or a place not located. */
    public Optional<PlaceLocation> location() {
        if (latitude == null || longitude == null || precision == null) {
            return Optional.empty();
        }
        return Optional.of(new PlaceLocation(new Coordinates(latitude, longitude), precision,
                likelyErrorMetres == null ? 0 : likelyErrorMetres, uprn, null,
                matchConfidence == null ? 0 : matchConfidence));
    }

    /**
     * How the place was put on the map, in words ("located at the property", "located by postcode only (may be up
     * to 150 m out)"); null for a person, or a place not located or withheld.
     */
    public String located() {
        return location().map(PlaceLocation::describe).orElse(null);
    }

    /** The same marker without its point: for someone not entitled to a confidential address. */
    public MarkerView withoutLocation() {
        return new MarkerView(id, forceId, orderId, orderVersion, kind, personName, dateOfBirth, aliases, partyRole,
                placeKind, address, postcode, radiusMetres, confidential, raisedAt, expiresAt, withdrawnAt,
                withdrawal, null, null, null, null, null, null);
    }
}
