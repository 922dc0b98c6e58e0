package org.nmoregister.orders.web;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.nmoregister.platform.DateWindow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderChange;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Relationship;
import org.nmoregister.orders.Respondent;
import org.nmoregister.orders.ReturnHearing;
import org.nmoregister.orders.Term;

/**
 * A change to an order: what changed, from when. Fields left out (null) keep their current value, so a court's
 * extension needs only {@code kind}, {@code effectiveFrom} and {@code endsAt}. {@code terms} replaces the whole list
 * (verbatim, in order); numbers are taken from their position when not given.
 */
record VersionRequest(ChangeKind kind, @DateWindow(DateWindow.Kind.TAKES_EFFECT) Instant effectiveFrom,
                      @Size(max = 2000) String note, @Size(max = 200) String court, @Size(max = 60) String caseNumber,
                      @DateWindow(DateWindow.Kind.HAPPENED) Instant madeAt, Boolean withoutNotice,
                      @Valid ReturnHearing returnHearing, DurationKind duration,
                      @DateWindow(DateWindow.Kind.ENDS) Instant endsAt, Boolean penalNotice,
                      @Valid ProtectedPerson applicant,
                      @Size(max = 50) List<@NotNull @Valid ProtectedPerson> otherProtectedPersons,
                      @Size(max = 50) List<@NotNull @Valid ProtectedPerson> children, @Valid Respondent respondent,
                      Relationship relationship, @Size(max = 200) List<String> terms,
                      @DateWindow(DateWindow.Kind.TAKES_EFFECT) Instant dischargedAt, String notes) {

    /** The change for the register: this request applied to the version in force when it is recorded. */
    OrderChange toChange(UUID orderId) {
        return new OrderChange.Amendment(orderId, kind, effectiveFrom, this::applyTo, note);
    }

    OrderDetails applyTo(OrderDetails c) {
        DurationKind newDuration = duration != null ? duration : c.duration();
        Instant newEnd = newDuration == DurationKind.UNTIL_FURTHER_ORDER ? null
                : endsAt != null ? endsAt : c.endsAt();
        return new OrderDetails(or(court, c.court()), or(caseNumber, c.caseNumber()), c.orderType(),
                or(madeAt, c.madeAt()), or(withoutNotice, c.withoutNotice()), or(returnHearing, c.returnHearing()),
                newDuration, newEnd, or(penalNotice, c.penalNotice()), or(applicant, c.applicant()),
                or(otherProtectedPersons, c.otherProtectedPersons()), or(children, c.children()),
                or(respondent, c.respondent()), or(relationship, c.relationship()),
                terms == null ? c.terms() : numbered(terms), c.service(), or(dischargedAt, c.dischargedAt()),
                or(notes, c.notes()));
    }

    static List<Term> numbered(List<String> texts) {
        List<Term> terms = new ArrayList<>();
        for (String text : texts) {
            terms.add(new Term(terms.size() + 1, text == null ? null : text.strip()));
        }
        return terms;
    }

    private static <T> T or(T value, T current) {
        return value != null ? value : current;
    }
}
