package org.nmoregister.lookup;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A person found by name, ranked, with why they matched, their part in each order, and the orders.
 *
 * @param force              the code of the force whose register the match is in
 * @param heldByAnotherForce the match is in another force's register: {@code orders} is empty and
 *                           {@code otherForceOrders} holds the existence cards (no aliases either)
 */
public record PersonResult(double score, Set<String> reasons, String role, String name, LocalDate dateOfBirth,
                           List<String> aliases, String matchedName, List<OrderCard> orders, String force,
                           boolean heldByAnotherForce, List<OtherForceCard> otherForceOrders) {

    /** A match in the user's own force. */
    public PersonResult(double score, Set<String> reasons, String role, String name, LocalDate dateOfBirth,
                        List<String> aliases, String matchedName, List<OrderCard> orders) {
        this(score, reasons, role, name, dateOfBirth, aliases, matchedName, orders, null, false, List.of());
    }
}
