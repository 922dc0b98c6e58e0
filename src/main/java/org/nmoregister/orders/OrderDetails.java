package org.nmoregister.orders;

import java.time.Instant;
import java.util.List;

/**
 * Everything the register knows about an order as one version states it. Immutable: a change is a new version.
 *
 * @param endsAt       the end date and time when {@code duration} is {@link DurationKind#UNTIL_DATE}
 * @param dischargedAt when the court discharged the order, if it has
 * @param service      every service or awareness record known, in time order
 */
public record OrderDetails(String court, String caseNumber, OrderType orderType, Instant madeAt,
                           boolean withoutNotice, ReturnHearing returnHearing, DurationKind duration, Instant endsAt,
                           boolean penalNotice, ProtectedPerson applicant, List<ProtectedPerson> otherProtectedPersons,
                           List<ProtectedPerson> children, Respondent respondent, Relationship relationship,
                           List<Term> terms, List<ServiceRecord> service, Instant dischargedAt, String notes) {

    public OrderDetails {
        otherProtectedPersons = otherProtectedPersons == null ? List.of() : List.copyOf(otherProtectedPersons);
        children = children == null ? List.of() : List.copyOf(children);
        terms = terms == null ? List.of() : List.copyOf(terms);
        service = service == null ? List.of() : List.copyOf(service);
    }

    public OrderDetails withService(List<ServiceRecord> newService) {
        return new OrderDetails(court, caseNumber, orderType, madeAt, withoutNotice, returnHearing, duration, endsAt,
                penalNotice, applicant, otherProtectedPersons, children, respondent, relationship, terms, newService,
                dischargedAt, notes);
    }

    public OrderDetails withDischargedAt(Instant when) {
        return new OrderDetails(court, caseNumber, orderType, madeAt, withoutNotice, returnHearing, duration, endsAt,
                penalNotice, applicant, otherProtectedPersons, children, respondent, relationship, terms, service,
                when, notes);
    }

    public OrderDetails withEnd(DurationKind newDuration, Instant newEndsAt) {
        return new OrderDetails(court, caseNumber, orderType, madeAt, withoutNotice, returnHearing, newDuration,
                newEndsAt, penalNotice, applicant, otherProtectedPersons, children, respondent, relationship, terms,
                service, dischargedAt, notes);
    }
}
