package org.nmoregister.orders;

import java.time.Instant;
import java.util.UUID;

/**
 * Published when an order gets a new version (including version 1). Quality assurance, flags, lookup and
 * safeguarding act on it.
 */
public record OrderVersionRecorded(UUID orderId, UUID forceId, int version, ChangeKind changeKind,
                                   Instant effectiveFrom) {
}
