package org.nmoregister.orders.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderStatusRule;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.Term;

/**
 * What a court's notice about an order already held most likely is. Courts send the whole order again whatever they
 * changed (an FL404 for a variation, the same order with a statement of service attached), so the kind is read from
 * what differs. The point of contact can choose otherwise; this only saves them the reading. Plain Java.
 */
final class ChangeClassifier {

    private ChangeClassifier() {
    }

    /**
     * A discharge date makes it a discharge, whatever else it says. With the terms unchanged (or none restated), a
     * service the register does not yet know makes it service, and an end moved later (or made open-ended) an
     * extension. Anything else (other terms, an earlier end, other parties) is a variation.
     */
    static ChangeKind classify(OrderDetails notice, OrderDetails held) {
        if (notice.dischargedAt() != null) {
            return ChangeKind.DISCHARGE;
        }
        List<String> heldTerms = texts(held.terms());
        List<String> noticeTerms = texts(notice.terms());
        boolean sameTerms = noticeTerms.isEmpty() || noticeTerms.equals(heldTerms);
        if (!sameTerms) {
            return ChangeKind.VARIATION;
        }
        Instant servedAt = notice.service().stream().map(ServiceRecord::servedAt).filter(Objects::nonNull)
                .findFirst().orElse(null);
        if (servedAt != null && held.service().stream().noneMatch(s -> servedAt.equals(s.servedAt()))) {
            return ChangeKind.SERVICE;
        }
        boolean nowOpenEnded = notice.duration() == DurationKind.UNTIL_FURTHER_ORDER
                && held.duration() != DurationKind.UNTIL_FURTHER_ORDER;
        Optional<Instant> heldEnd = OrderStatusRule.endOf(held);
        boolean endsLater = notice.endsAt() != null && heldEnd.isPresent() && notice.endsAt().isAfter(heldEnd.get());
        return nowOpenEnded || endsLater ? ChangeKind.EXTENSION : ChangeKind.VARIATION;
    }

    private static List<String> texts(List<Term> terms) {
        return terms.stream().map(Term::text).filter(Objects::nonNull).map(String::strip).toList();
    }
}
