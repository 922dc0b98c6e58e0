package org.nmoregister.monitoring.alerts;

import java.time.Instant;
import java.util.UUID;

/** An alert as stored: every column of {@code monitoring_alert}. Not for showing: see {@link AlertViews}. */
public record AlertRow(UUID id, UUID forceId, UUID orderId, String deviceId, AlertKind kind, String episodeKey,
                       UUID zoneId, String placeKind, String placeArea, String placeAddress,
                       boolean placeConfidential, Double radiusMetres, Instant at, Instant receivedAt, Instant lastAt,
                       Instant updatedAt, int points, Double distanceMetres, Double latitude, Double longitude,
                       Double accuracyMetres, Instant endedAt, String status, Instant acknowledgedAt,
                       String acknowledgedBy, Instant closedAt, String closedBy, String outcome, String outcomeNote) {

    /** The place in words anyone may read: its kind and area ("the protected person's home, NX1 area"). */
    public String placeInWords() {
        if (placeKind == null) {
            return null;
        }
        return placeArea == null ? placeKind : placeKind + ", " + placeArea + " area";
    }
}
