package org.nmoregister.transfers.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.OrderStatusRule;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.security.Force;
import org.nmoregister.terms.Clause;
import org.nmoregister.terms.ClauseType;

/**
 * Builds a {@link TransferSummary} from an order as it stands. Plain Java: what is shown is decided here, from the
 * order's type, dates, service and stored clauses; no address, name, contact detail or term's wording is copied, and
 * a place is named by its kind only ("a home", "a school").
 */
public final class TransferSummaries {

    /** At most this many restrictions are listed: the receiving force reads the full terms once it owns the case. */
    static final int MOST = 6;

    private TransferSummaries() {
    }

    public static TransferSummary of(OrderSnapshot order, Force owner) {
        OrderDetails d = order.details();
        ServiceRecord first = d.service().stream().filter(s -> s.servedAt() != null)
                .min(java.util.Comparator.comparing(ServiceRecord::servedAt)).orElse(null);
        String status = order.status() == null ? "NOT_YET_MADE" : order.status().name();
        String words = order.status() == null ? "NOT YET MADE" : order.status().banner();
        return new TransferSummary(order.orderId(), d.orderType().label(), status, words, d.madeAt(),
                OrderStatusRule.endOf(d).orElse(null), first != null, first == null ? null : first.servedAt(),
                owner.code(), owner.name(), d.court() + ", case " + d.caseNumber(),
                restrictions(order.clauses() == null ? List.of() : order.clauses().clauses()));
    }

    /** The key restrictions of the clauses, each in a few words, in the order's order, without repeats. */
    public static List<String> restrictions(List<Clause> clauses) {
        Set<String> out = new LinkedHashSet<>();
        for (Clause clause : clauses) {
            String words = words(clause);
            if (words != null) {
                out.add(words);
            }
        }
        return new ArrayList<>(out).subList(0, Math.min(MOST, out.size()));
    }

    static String words(Clause clause) {
        ClauseType type = clause.type();
        if (type == null) {
            return null;
        }
        return switch (type) {
            case VIOLENCE -> "No violence or threats of violence";
            case INTIMIDATION -> "No intimidation, harassment or pestering";
            case CONTACT -> clause.indirect() ? "No contact, direct or indirect" : "No contact";
            case PROXIMITY -> clause.distanceMetres() == null ? "Not to approach " + place(clause)
                    : "Not to come within " + clause.distanceMetres() + " m of " + place(clause);
            case ENTRY -> "Not to go to or enter " + place(clause);
            case PROPERTY_DAMAGE -> "No damage to property";
            case PUBLICATION -> "Not to publish anything about the protected people";
            case EXCEPTION, OTHER -> null;
        };
    }

    /** The clause's place by its kind only: the area it is in is for the owning force to say. */
    private static String place(Clause clause) {
        if (clause.places() == null || clause.places().isEmpty() || clause.places().get(0).kind() == null) {
            return clause.protects() == null || clause.protects().isEmpty() ? "a place or person named in the order"
                    : "the protected people";
        }
        return switch (clause.places().get(0).kind()) {
            case HOME -> "a home";
            case WORKPLACE -> "a workplace";
            case SCHOOL -> "a school";
            case NURSERY -> "a nursery";
            case CHILDMINDER -> "a childminder's";
            case STREET_OR_AREA -> "a street or area";
            case OTHER -> "a place named in the order";
        } + (clause.places().size() > 1 ? " and other places" : "");
    }

}
