package org.nmoregister.orders;

import java.time.Instant;
import java.util.UUID;

/** An order in a list of search results, with its status now. */
public record OrderSummary(UUID id, String court, String caseNumber, OrderType orderType, String respondentName,
                           String applicantName, Instant madeAt, OrderStatus status, int version) {
}
