package org.nmoregister.quality;

import java.time.Instant;
import java.util.UUID;

/** A request to a court as pages and the API show it. */
public record LiaisonView(UUID id, UUID orderId, int orderVersion, LiaisonKind kind, String status, String court,
                          String sentTo, String subject, String body, String raisedBy, Instant raisedAt,
                          Instant dueAt, boolean overdue, int remindersSent, String response, String respondedBy,
                          Instant respondedAt) {
}
