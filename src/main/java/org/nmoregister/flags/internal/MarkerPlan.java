package org.nmoregister.flags.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nmoregister.flags.MarkerKind;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.ConfidentialValues;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.places.Postcode;
import org.nmoregister.terms.Clause;
import org.nmoregister.terms.ClauseType;

/**
 * Which markers an order version calls for: the respondent as subject; the applicant, other protected persons and
 * children as protected; and each place an entry, proximity or property-damage term protects, with its radius. A
 * term that names "her home" without an address protects the applicant's (possibly confidential) address on record.
 */
final class MarkerPlan {

    private MarkerPlan() {
    }

    static List<DesiredMarker> of(OrderDetails order, List<Clause> clauses) {
        Map<String, DesiredMarker> markers = new LinkedHashMap<>();
        if (order.respondent() != null) {
            var r = order.respondent();
            add(markers, new DesiredMarker(MarkerKind.SUBJECT, r.name(), r.dateOfBirth(), r.aliases(), "RESPONDENT",
                    null, null, null, null, false));
        }
        person(markers, order.applicant(), "APPLICANT");
        order.otherProtectedPersons().forEach(p -> person(markers, p, "PROTECTED_PERSON"));
        order.children().forEach(p -> person(markers, p, "CHILD"));
        for (Clause clause : clauses) {
            if (clause.type() != ClauseType.ENTRY && clause.type() != ClauseType.PROXIMITY
                    && clause.type() != ClauseType.PROPERTY_DAMAGE) {
                continue;
            }
            for (Clause.Place place : clause.places()) {
                place(order, clause, place).ifPresent(m -> add(markers, m));
            }
        }
        return List.copyOf(markers.values());
    }

    private static Optional<DesiredMarker> place(OrderDetails order, Clause clause, Clause.Place place) {
        String kind = place.kind().name();
        if (place.address() != null && !place.address().isBlank()) {
            String address = place.address().strip();
            boolean confidential = matchesConfidentialAddress(order, address);
            return Optional.of(new DesiredMarker(MarkerKind.PROTECTED_PLACE, null, null, List.of(), null, kind,
                    address, postcode(address).orElse(null), clause.distanceMetres(), confidential));
        }
        if (place.kind() == Clause.PlaceKind.HOME && order.applicant() != null
                && !order.applicant().addresses().isEmpty()) {
            Address home = order.applicant().addresses().get(0);
            return Optional.of(new DesiredMarker(MarkerKind.PROTECTED_PLACE, null, null, List.of(), null, kind,
                    home.oneLine(), home.postcode(), clause.distanceMetres(), home.confidential()));
        }
        return Optional.empty();
    }

    /**
     * Whether the place a term names is a confidential address of the order, in any form the masking rule knows
     * ("Wing, 14 Acacia Ave" for "14 Acacia Avenue, Refuge Wing", a postcode without its space).
     */
    private static boolean matchesConfidentialAddress(OrderDetails order, String address) {
        return ConfidentialValues.of(order).appearsIn(address);
    }

    static Optional<String> postcode(String text) {
        return Postcode.findIn(text).map(Postcode::toString);
    }

    private static void person(Map<String, DesiredMarker> markers, ProtectedPerson person, String role) {
        if (person != null && person.name() != null && !person.name().isBlank()) {
            add(markers, new DesiredMarker(MarkerKind.PROTECTED_PERSON, person.name(), person.dateOfBirth(),
                    person.aliases(), role, null, null, null, null, false));
        }
    }

    private static void add(Map<String, DesiredMarker> markers, DesiredMarker marker) {
        markers.putIfAbsent(marker.key(), marker);
    }
}
