package org.nmoregister.quality.internal;

import java.util.List;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.OrderStatusRule;
import org.nmoregister.orders.Relationship;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.terms.Clause;
import org.nmoregister.terms.OrderContext;
import org.nmoregister.terms.TermsReader;
import org.springframework.stereotype.Component;

/**
 * Checks an order version's clauses, as the orders module read them when it recorded the version, in the context of
 * its dates, service and parties, with the terms module. The wording is not read again here.
 */
@Component
class FindingsAssessor {

    private final TermsReader terms;

    FindingsAssessor(TermsReader terms) {
        this.terms = terms;
    }

    List<StoredFinding> findings(OrderSnapshot version) {
        return terms.findings(version.clauses(), context(version.details())).stream()
                .map(f -> new StoredFinding(f.code().name(), f.severity().name(), f.clauseIndex(), f.message()))
                .toList();
    }

    List<Clause> clauses(OrderSnapshot version) {
        return version.clauses().clauses();
    }

    static OrderContext context(OrderDetails order) {
        boolean untilFurtherOrder = order.duration() == DurationKind.UNTIL_FURTHER_ORDER;
        return new OrderContext(
                order.orderType() == null ? null : order.orderType().name(),
                order.withoutNotice(),
                order.madeAt(),
                untilFurtherOrder ? null : OrderStatusRule.endOf(order).orElse(null),
                untilFurtherOrder,
                order.returnHearing() == null ? null : order.returnHearing().at(),
                order.service().stream().map(ServiceRecord::servedAt).filter(java.util.Objects::nonNull).min(
                        java.util.Comparator.naturalOrder()).orElse(null),
                order.penalNotice(),
                order.respondent() == null ? null : order.respondent().dateOfBirth(),
                !order.children().isEmpty() || order.relationship() == Relationship.PARENTS_OF_SAME_CHILD);
    }
}
