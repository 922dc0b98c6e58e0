package org.nmoregister.transfers.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A transfer request as either force sees it. {@code summary} is the order's summary (never an address or a C8
 * detail); {@code incoming} says whether the reader's force is the receiving one.
 */
public record TransferView(UUID id, UUID orderId, String status, String fromForce, String fromForceName,
                           String toForce, String toForceName, String reason, String reasonWords, String note,
                           Instant requestedAt, String requestedBy, String reference, Instant decidedAt,
                           String decidedBy, String decisionReason, Instant escalatedAt, boolean incoming,
                           TransferSummary summary) {
}
