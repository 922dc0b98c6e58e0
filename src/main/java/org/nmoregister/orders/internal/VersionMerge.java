package org.nmoregister.orders.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.ServiceRecord;

/**
 * How a court's notice becomes the next version of an order already held: the court's statement wins, except for
 * what the register knows that the notice does not repeat. Plain Java.
 */
final class VersionMerge {

    private VersionMerge() {
    }

    /**
     * The order as the court now states it. The date it was first made stays (a variation does not remake the
     * order, and the register's history is anchored on it); every service already known is kept, with any the
     * notice adds.
     */
    static OrderDetails asNewVersionOf(OrderDetails notice, OrderDetails held) {
        List<ServiceRecord> service = new ArrayList<>(held.service());
        notice.service().stream().filter(s -> !service.contains(s)).forEach(service::add);
        return new OrderDetails(notice.court(), notice.caseNumber(), notice.orderType(),
                held.madeAt() != null ? held.madeAt() : notice.madeAt(), notice.withoutNotice(),
                notice.returnHearing(), notice.duration(), notice.endsAt(), notice.penalNotice(), notice.applicant(),
                notice.otherProtectedPersons(), notice.children(), notice.respondent(), notice.relationship(),
                notice.terms(), service, notice.dischargedAt(), notice.notes());
    }

    /**
     * When a variation or extension takes effect: the date the court made the new order when the notice gives one
     * later than the original; otherwise (a notice that repeats the original date) from when it is recorded, never
     * back-dated to before what it replaces.
     */
    static Instant effectiveFrom(OrderDetails notice, OrderDetails held, Instant now) {
        return notice.madeAt() != null && held.madeAt() != null && notice.madeAt().isAfter(held.madeAt())
                ? notice.madeAt() : now;
    }

    /** When a discharge takes effect: the discharge date the notice gives, else the date of the court's order. */
    static Instant dischargedAt(OrderDetails notice) {
        return notice.dischargedAt() != null ? notice.dischargedAt() : notice.madeAt();
    }
}
