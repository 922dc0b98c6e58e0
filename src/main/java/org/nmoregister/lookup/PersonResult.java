package org.nmoregister.lookup;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A person found by name, ranked, with why they matched, their part in each order, and the orders. */
public record PersonResult(double score, Set<String> reasons, String role, String name, LocalDate dateOfBirth,
                           List<String> aliases, String matchedName, List<OrderCard> orders) {
}
