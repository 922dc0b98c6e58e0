package org.nmoregister.retention;

import java.util.UUID;

/**
 * A person's part in a case.
 *
 * @param role the party's role as the orders module names it (APPLICANT, RESPONDENT, PROTECTED_PERSON, CHILD)
 * @param name the name as recorded
 */
public record CaseParty(UUID orderId, String role, String name) {
}
