package org.nmoregister.retention;

import java.util.UUID;

/**
 * What a person asked to have put right (DPA 2018 s.46) and what was decided, as retention hands it to the module
 * that holds the fact.
 *
 * @param heldValue      the value the record holds, as the supervisor saw it: the module refuses when it no longer does
 * @param correctedValue what the person says it should be (for a date of birth, ISO yyyy-mm-dd); null when restricted
 *                       without a correction
 * @param reason         why: recorded with the correction or the restriction
 */
public record Rectification(UUID orderId, String role, String personName, FactKind fact, String heldValue,
                            String correctedValue, String reason, String requestedBy) {
}
