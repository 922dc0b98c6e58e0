package org.nmoregister.orders;

import java.time.Instant;

/** One line of an order's version history. */
public record OrderVersionSummary(int version, ChangeKind changeKind, Instant effectiveFrom, Instant recordedAt,
                                  String recordedBy, String note) {
}
