package org.nmoregister.orders.web;

import java.time.Instant;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.OrderStatus;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.OrderVersionSummary;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Relationship;
import org.nmoregister.orders.Respondent;
import org.nmoregister.orders.ReturnHearing;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.Term;

/**
 * An order as the API shows it: the version in effect at {@code at}, its status then, and the whole history.
 * Confidential (C8) details are already withheld for users not entitled to them.
 */
record OrderResponse(UUID id, Instant at, OrderStatus status, String banner, int version, ChangeKind changeKind,
                     Instant effectiveFrom, Instant recordedAt, String recordedBy, String court, String caseNumber,
                     OrderType orderType, Instant madeAt, boolean withoutNotice, ReturnHearing returnHearing,
                     DurationKind duration, Instant endsAt, boolean penalNotice, boolean breachIsOffence,
                     ProtectedPerson applicant, List<ProtectedPerson> otherProtectedPersons,
                     List<ProtectedPerson> children, Respondent respondent, Relationship relationship,
                     List<Term> terms, List<ServiceRecord> service, Instant dischargedAt, String notes,
                     boolean confidentialDetailsWithheld, List<OrderVersionSummary> versions,
                     @JsonIgnore Map<String, Object> annexes) {

    /** Other modules' annexes (quality assurance, ...) appear as top-level properties. */
    @JsonAnyGetter
    Map<String, Object> annexProperties() {
        return annexes;
    }

    static OrderResponse of(OrderSnapshot s, OrderDetails d, boolean withheld, List<OrderVersionSummary> versions,
                            Map<String, Object> annexes) {
        return new OrderResponse(s.orderId(), s.at(), s.status(), s.status() == null ? null : s.status().banner(),
                s.version(), s.changeKind(), s.effectiveFrom(), s.recordedAt(), s.recordedBy(), d.court(),
                d.caseNumber(), d.orderType(), d.madeAt(), d.withoutNotice(), d.returnHearing(), d.duration(),
                d.endsAt(), d.penalNotice(), d.orderType() != null && d.orderType().breachIsOffence(), d.applicant(),
                d.otherProtectedPersons(), d.children(), d.respondent(), d.relationship(), d.terms(), d.service(),
                d.dischargedAt(), d.notes(), withheld, versions, annexes);
    }
}
