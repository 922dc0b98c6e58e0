package org.nmoregister.lookup;

import java.util.Optional;
import java.util.UUID;

/**
 * Another force's order as the signed-in user may see it: the existence card only, and only when the order's force
 * shares with the user's or has told it of the order. For the pages that show cards outside the lookup (a force's
 * existence notices, a request for more information). Each card shown is written to the user's access log and the
 * owning force's, as the lookup's are.
 */
public interface OtherForceOrders {

    /**
     * The card, when the order is another force's, in force or awaiting service, and the user's force may see it;
     * empty otherwise (nothing is logged then).
     *
     * @param reason  the user's reason (a log number), or null for a work list such as the force's notices
     * @param context where it is shown, for both logs ("the force's existence notices")
     */
    Optional<OtherForceCard> card(UUID orderId, String reason, String context);
}
