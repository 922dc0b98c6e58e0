package org.nmoregister.flags.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.nmoregister.flags.MarkerKind;
import org.nmoregister.flags.MarkerView;
import org.nmoregister.flags.Withdrawal;
import org.nmoregister.places.PlaceLocation;

@Entity
@Table(name = "marker")
class MarkerEntity {
    @Id
    UUID id;
    @Column(name = "force_id")
    UUID forceId;
    @Column(name = "order_id")
    UUID orderId;
    @Column(name = "order_version")
    int orderVersion;
    /** The order version {@code expiresAt} was last taken from; null for a marker raised before V23. */
    @Column(name = "end_version")
    Integer endVersion;
    @Enumerated(EnumType.STRING)
    MarkerKind kind;
    @Column(name = "marker_key")
    String markerKey;
    @Column(name = "person_name")
    String personName;
    @Column(name = "date_of_birth")
    LocalDate dateOfBirth;
    String aliases;
    @Column(name = "party_role")
    String partyRole;
    @Column(name = "place_kind")
    String placeKind;
    String address;
    String postcode;
    @Column(name = "radius_metres")
    Integer radiusMetres;
    boolean confidential;
    @Column(name = "raised_at")
    Instant raisedAt;
    @Column(name = "expires_at")
    Instant expiresAt;
    @Column(name = "withdrawn_at")
    Instant withdrawnAt;
    @Enumerated(EnumType.STRING)
    Withdrawal withdrawal;
    Double latitude;
    Double longitude;
    @Enumerated(EnumType.STRING)
    @Column(name = "location_precision")
    PlaceLocation.Precision precision;
    @Column(name = "likely_error_metres")
    Integer likelyErrorMetres;
    Long uprn;
    @Column(name = "match_confidence")
    Double matchConfidence;
    /** For a marker raised in a force told of another force's order: the force that holds it; null otherwise. */
    @Column(name = "held_by_force_id")
    UUID heldByForceId;
    @Column(name = "held_by_contact")
    String heldByContact;
    @Column(name = "held_by_reference")
    String heldByReference;
    /** For such a marker: the respondent's postcode district in the told force's area. */
    String area;
    @Column(name = "changed_at", insertable = false, updatable = false)
    Instant changedAt;
    @Version
    @Column(name = "lock_version")
    long lockVersion;

    protected MarkerEntity() {
    }

    MarkerEntity(UUID forceId, UUID orderId, int orderVersion, DesiredMarker desired, Instant raisedAt,
                 Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.forceId = forceId;
        this.orderId = orderId;
        this.orderVersion = orderVersion;
        this.kind = desired.kind();
        this.markerKey = desired.key();
        this.personName = desired.personName();
        this.dateOfBirth = desired.dateOfBirth();
        this.aliases = desired.aliases().isEmpty() ? null : String.join("\n", desired.aliases());
        this.partyRole = desired.partyRole();
        this.placeKind = desired.placeKind();
        this.address = desired.address();
        this.postcode = desired.postcode();
        this.radiusMetres = desired.radiusMetres();
        this.confidential = desired.confidential();
        this.raisedAt = raisedAt;
        this.expiresAt = expiresAt;
    }

    /**
     * The next version of this place marker, at {@code location}: the same place, zone, order version and end, raised
     * {@code now} with a new id (receiving systems replace a marker by withdrawing one and raising the other).
     */
    MarkerEntity relocatedTo(PlaceLocation location, Instant now) {
        MarkerEntity next = new MarkerEntity();
        next.id = UUID.randomUUID();
        next.forceId = forceId;
        next.orderId = orderId;
        next.orderVersion = orderVersion;
        next.endVersion = endVersion;
        next.kind = kind;
        next.markerKey = markerKey;
        next.placeKind = placeKind;
        next.address = address;
        next.postcode = postcode;
        next.radiusMetres = radiusMetres;
        next.confidential = confidential;
        next.raisedAt = now;
        next.expiresAt = expiresAt;
        next.locate(location);
        return next;
    }

    /**
     * The same marker raised {@code now} by the force the case was transferred to, with a new id (receiving systems
     * see the sending force's marker withdrawn and the receiving force's raised): the same person or place, zone,
     * order version, end and location.
     */
    MarkerEntity transferredTo(UUID toForceId, Instant now) {
        MarkerEntity next = new MarkerEntity();
        next.id = UUID.randomUUID();
        next.forceId = toForceId;
        next.orderId = orderId;
        next.orderVersion = orderVersion;
        next.endVersion = endVersion;
        next.kind = kind;
        next.markerKey = markerKey;
        next.personName = personName;
        next.dateOfBirth = dateOfBirth;
        next.aliases = aliases;
        next.partyRole = partyRole;
        next.placeKind = placeKind;
        next.address = address;
        next.postcode = postcode;
        next.radiusMetres = radiusMetres;
        next.confidential = confidential;
        next.raisedAt = now;
        next.expiresAt = expiresAt;
        next.latitude = latitude;
        next.longitude = longitude;
        next.precision = precision;
        next.likelyErrorMetres = likelyErrorMetres;
        next.uprn = uprn;
        next.matchConfidence = matchConfidence;
        return next;
    }

    /**
     * The marker a force told of another force's order keeps on the respondent: the owning force's subject marker's
     * person (name, date of birth, part), version and end, under the told force, labelled with the owning force, its
     * telephone and reference. No aliases, address, place or point: nothing beyond the existence card's fields.
     */
    static MarkerEntity notice(MarkerEntity subject, UUID toldForceId, UUID owningForceId, String contact,
                               String reference, String area, String key, Instant now) {
        MarkerEntity next = new MarkerEntity();
        next.id = UUID.randomUUID();
        next.forceId = toldForceId;
        next.orderId = subject.orderId;
        next.orderVersion = subject.orderVersion;
        next.endVersion = subject.endVersion;
        next.kind = MarkerKind.SUBJECT;
        next.markerKey = key;
        next.personName = subject.personName;
        next.dateOfBirth = subject.dateOfBirth;
        next.partyRole = subject.partyRole;
        next.raisedAt = now;
        next.expiresAt = subject.expiresAt;
        next.heldByForceId = owningForceId;
        next.heldByContact = contact;
        next.heldByReference = reference;
        next.area = area;
        return next;
    }

    /** Whether this marker is another force's order's, raised here because that force told this one of it. */
    boolean heldElsewhere() {
        return heldByForceId != null;
    }

    /** Puts the place at {@code location}, or nowhere when it could not be located. */
    void locate(PlaceLocation location) {
        this.latitude = location == null ? null : location.coordinates().latitude();
        this.longitude = location == null ? null : location.coordinates().longitude();
        this.precision = location == null ? null : location.precision();
        this.likelyErrorMetres = location == null ? null : location.likelyErrorMetres();
        this.uprn = location == null ? null : location.uprn();
        this.matchConfidence = location == null ? null : location.confidence();
    }

    MarkerView view() {
        return new MarkerView(id, forceId, orderId, orderVersion, kind, personName, dateOfBirth,
                aliases == null ? List.of() : Arrays.asList(aliases.split("\n")), partyRole, placeKind, address,
                postcode, radiusMetres, confidential, raisedAt, expiresAt, withdrawnAt, withdrawal, latitude, longitude,
                precision, likelyErrorMetres, uprn, matchConfidence);
    }
}
