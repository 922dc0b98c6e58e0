package org.nmoregister.lookup;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.nmoregister.orders.OrderStatus;
import org.nmoregister.orders.OrderType;

/**
 * What a call-handler needs of an order at a glance.
 *
 * @param status        derived at the moment of the query
 * @param keyTerms      the order's terms, verbatim (confidential addresses withheld unless the user is entitled)
 * @param service       how and when it was served, or that it has not been
 * @param officerSafety the respondent's D89 warnings and notes
 * @param checked       the force has quality-assured the order; an order not yet checked is held and binds all the
 *                      same from service
 * @param checkLabel    what a call-handler is told of an order not yet checked (null once it is)
 */
public record OrderCard(UUID id, String caseNumber, String court, OrderType orderType, OrderStatus status,
                        String banner, Instant madeAt, Instant endsAt, String respondent, List<String> keyTerms,
                        String service, List<String> officerSafety, String officerSafetyNotes, boolean checked,
                        String checkLabel) {

    public static final String NOT_YET_CHECKED = "Held, not yet checked — treat as in force";
    public static final String NOT_YET_CHECKED_UNSERVED = "Held, not yet checked — not yet served";
}
