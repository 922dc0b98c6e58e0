package org.nmoregister.transfers;

import java.util.UUID;

/**
 * Asking another force to take a case, for callers outside this module (the demo data asks for one, so that a
 * newcomer sees a request waiting in the receiving force's queue). The same request, rules and log entries as the
 * point of contact's page and {@code POST /api/v1/transfers}; made as the signed-in user.
 */
public interface TransferRequests {

    /**
     * Asks {@code toForce} (its code) to take the order, for {@code reason} (VICTIM_MOVED, RESPONDENT_MOVED or
     * INVESTIGATION_THERE) with a note for the receiving force; returns the request's id. Refused as the API refuses
     * (not the user's force's order, a force that does not exist, a request already waiting).
     */
    UUID ask(UUID orderId, String toForce, String reason, String note);

    /** Whether the user's force has ever asked, or been asked, to transfer the order. */
    boolean askedBefore(UUID orderId);
}
