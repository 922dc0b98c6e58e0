package org.nmoregister.safeguarding.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.ConfidentialValues;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.ServiceRecord;

/**
 * What the script needs to know about the order besides its clauses, and about the person it is read to.
 *
 * @param listenerName       the protected adult the script is read or written to
 * @param listenerIsApplicant whether that is the applicant (the clauses' "the applicant" is then "you")
 * @param listenerAddresses  their addresses on the order: a place at one of them is "your home", never the address
 * @param confidential       every confidential value of the order: withheld from any wording the script quotes
 * @param effectiveFrom      when the version took effect (the date of a variation, extension or discharge)
 */
public record ScriptFacts(OrderType type, String respondentName, String applicantName, String listenerName,
                          boolean listenerIsApplicant, List<String> childrenNames, Instant madeAt,
                          boolean withoutNotice, Instant returnHearingAt, String returnHearingCourt,
                          DurationKind duration, Instant endsAt, Instant servedAt, Instant dischargedAt,
                          Instant effectiveFrom, List<Address> listenerAddresses, ConfidentialValues confidential) {

    public ScriptFacts {
        Objects.requireNonNull(type, "type");
        childrenNames = childrenNames == null ? List.of() : List.copyOf(childrenNames);
        listenerAddresses = listenerAddresses == null ? List.of() : List.copyOf(listenerAddresses);
        confidential = confidential == null ? ConfidentialValues.NONE : confidential;
    }

    /** The facts of an order version as read to one of the people it protects. */
    public static ScriptFacts of(OrderDetails order, ProtectedPerson listener, Instant effectiveFrom,
                                 ConfidentialValues confidential) {
        Instant served = order.service().stream().map(ServiceRecord::servedAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        List<String> children = new ArrayList<>();
        order.children().stream().map(ProtectedPerson::name).filter(n -> n != null && !n.isBlank())
                .forEach(children::add);
        return new ScriptFacts(order.orderType() == null ? OrderType.NMO : order.orderType(),
                order.respondent() == null ? null : order.respondent().name(),
                order.applicant() == null ? null : order.applicant().name(), listener.name(),
                listener.equals(order.applicant()), children, order.madeAt(), order.withoutNotice(),
                order.returnHearing() == null ? null : order.returnHearing().at(),
                order.returnHearing() == null ? null : order.returnHearing().court(), order.duration(),
                order.endsAt(), served, order.dischargedAt(), effectiveFrom, listener.addresses(), confidential);
    }
}
