package org.nmoregister.transfers.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a receiving force sees of a case before it owns it: enough to decide, never an address, a C8 detail, another
 * party's details or the full terms. Built from the order's structured fields and its stored clauses only, and
 * passed through the order's masking rule ({@code orders.Confidentiality}) whoever reads it.
 *
 * @param orderType     the kind of order, in words
 * @param status        IN_FORCE, PENDING_SERVICE, EXPIRED, DISCHARGED, NOT_YET_IN_EFFECT ...
 * @param statusWords   the status as the banner says it ("IN FORCE", "NOT SERVED")
 * @param served        whether the respondent has been served or made aware
 * @param servedAt      when, if so
 * @param owningForce   the code of the force that owns the case now
 * @param reference     the court and its case number
 * @param restrictions  the key restrictions in a few words ("No contact, direct or indirect")
 */
public record TransferSummary(UUID orderId, String orderType, String status, String statusWords, Instant madeAt,
                              Instant endsAt, boolean served, Instant servedAt, String owningForce,
                              String owningForceName, String reference, List<String> restrictions) {
}
