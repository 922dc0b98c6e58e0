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
 */
public record OrderCard(UUID id, String caseNumber, String court, OrderType orderType, OrderStatus status,
                        String banner, Instant madeAt, Instant endsAt, String respondent, List<String> keyTerms,
                        String service, List<String> officerSafety, String officerSafetyNotes) {
}
