package org.nmoregister.quality.internal;

import java.util.List;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderStatusRule;
import org.nmoregister.orders.Relationship;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.Term;
import org.nmoregister.terms.Clause;
import org.nmoregister.terms.OrderContext;
import org.nmoregister.terms.TermsChecker;
import org.nmoregister.terms.TermsReading;
import org.springframework.stereotype.Component;

/** Reads an order version's terms, in the context of its dates, service and parties, with the terms module. */
@Component
class FindingsAssessor {

    private final TermsChecker checker = new TermsChecker();

    List<StoredFinding> findings(OrderDetails order) {
        return read(order).findings().stream()
                .map(f -> new StoredFinding(f.code().name(), f.severity().name(), f.clauseIndex(), f.message()))
                .toList();
    }

    List<Clause> clauses(OrderDetails order) {
        return read(order).clauses();
    }

    private TermsReading read(OrderDetails order) {
        return checker.check(order.terms().stream().map(Term::text).toList(), context(order));
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
