package org.nmoregister.risk;

import java.util.UUID;

/**
 * Why an assessment is opened, and for what.
 *
 * @param sourceType     what opened it ("breach")
 * @param sourceId       the id of that record; one assessment per source
 * @param orderId        the order concerned, or null
 * @param victimName     the person at risk, as recorded
 * @param reason         why it was opened, for the record ("Breach reported 21/11/2026: contact by text")
 * @param earlierBreaches how many breaches of orders protecting the same victim the force recorded in the 12 months
 *                       before this one: repeat breaches escalate the assessment
 */
public record RiskCase(String sourceType, UUID sourceId, UUID orderId, String victimName, String reason,
                       int earlierBreaches) {
}
