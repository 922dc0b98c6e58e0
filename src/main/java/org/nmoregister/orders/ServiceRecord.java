package org.nmoregister.orders;

import java.time.Instant;

/**
 * How and when the respondent was served or made aware of the order. {@code proofDocument} names the statement of
 * service or other proof held with the order's documents.
 */
public record ServiceRecord(Instant servedAt, ServiceMethod method, String servedBy, String proofDocument,
                            String notes) {
}
