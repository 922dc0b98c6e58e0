package org.nmoregister.orders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nmoregister.platform.DateWindow;
import org.nmoregister.platform.InvalidRequestException.FieldError;

/**
 * What an order record must hold to be relied on: who made it and when, who it protects and binds, what it forbids,
 * and dates that make sense together. The register's one rule for an order's fields: the register applies it to
 * every version it records, and intake (API, page, e-mail, document) and the bulk import report their findings with
 * it before anything reaches the register, under their own names for the fields. Whether the wording is enforceable
 * is a separate question (quality assurance). Plain Java.
 */
public final class OrderRules {

    public static final int MAX_TERM_LENGTH = 10_000;

    /**
     * How far ahead of the register's clock a date that has already happened (made, served) may be. A court's or
     * an officer's clock a few minutes ahead is normal and must not refuse a genuine order; a day ahead is a typo in
     * the date (the wrong day or month), which would make the order look not yet made, so it is refused.
     */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private OrderRules() {
    }

    /** Every problem with the order's fields, named as the orders API names them ({@code respondent.name}). */
    public static List<FieldError> validate(OrderDetails order, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "court", order.court());
        required(errors, "caseNumber", order.caseNumber());
        if (order.caseNumber() != null && order.caseNumber().strip().length() > 60) {
            errors.add(new FieldError("caseNumber", "must be at most 60 characters"));
        }
        if (order.court() != null && order.court().strip().length() > 200) {
            errors.add(new FieldError("court", "must be at most 200 characters"));
        }
        // However the order arrived (API, page, import, e-mail), no date outside the register's window is kept:
        // the edge checks each kind of date more narrowly, this is the floor under all of them.
        within(errors, "madeAt", order.madeAt());
        within(errors, "endsAt", order.endsAt());
        within(errors, "returnHearing.at", order.returnHearing() == null ? null : order.returnHearing().at());
        within(errors, "dischargedAt", order.dischargedAt());
        for (int i = 0; i < order.service().size(); i++) {
            within(errors, "service[" + i + "].servedAt", order.service().get(i).servedAt());
        }
        if (order.orderType() == null) {
            errors.add(new FieldError("orderType", "is required"));
        }
        if (order.madeAt() == null) {
            errors.add(new FieldError("madeAt", "is required: when the court made the order"));
        } else if (order.madeAt().isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(new FieldError("madeAt", "is in the future"));
        }
        if (order.applicant() == null) {
            errors.add(new FieldError("applicant", "is required: the person the order protects"));
        } else {
            person(errors, "applicant", order.applicant(), now);
        }
        for (int i = 0; i < order.otherProtectedPersons().size(); i++) {
            person(errors, "otherProtectedPersons[" + i + "]", order.otherProtectedPersons().get(i), now);
        }
        for (int i = 0; i < order.children().size(); i++) {
            person(errors, "children[" + i + "]", order.children().get(i), now);
        }
        if (order.respondent() == null) {
            errors.add(new FieldError("respondent", "is required: the person the order binds"));
        } else {
            required(errors, "respondent.name", order.respondent().name());
            dateOfBirth(errors, "respondent.dateOfBirth", order.respondent().dateOfBirth(), now);
        }
        terms(errors, order.terms());
        duration(errors, order);
        for (int i = 0; i < order.service().size(); i++) {
            service(errors, "service[" + i + "]", order.service().get(i), order.madeAt(), now);
        }
        if (order.dischargedAt() != null && order.madeAt() != null && order.dischargedAt().isBefore(order.madeAt())) {
            errors.add(new FieldError("dischargedAt", "is before the order was made"));
        }
        return errors;
    }

    /** Every problem with a service record on an order made at {@code madeAt}. */
    public static List<FieldError> validateService(ServiceRecord service, Instant madeAt, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        within(errors, "servedAt", service.servedAt());
        service(errors, "", service, madeAt, now);
        return errors;
    }

    private static void duration(List<FieldError> errors, OrderDetails order) {
        if (order.duration() == null) {
            errors.add(new FieldError("duration", "is required: UNTIL_DATE, UNTIL_FURTHER_ORDER or UNTIL_NEXT_HEARING"));
            return;
        }
        if (order.duration() == DurationKind.UNTIL_DATE && order.endsAt() == null) {
            errors.add(new FieldError("endsAt", "is required when the order applies until a date"));
        }
        if (order.duration() == DurationKind.UNTIL_NEXT_HEARING
                && (order.returnHearing() == null || order.returnHearing().at() == null)) {
            errors.add(new FieldError("returnHearing.at", "is required when the order lasts until the next hearing"));
        }
        if (order.endsAt() != null && order.madeAt() != null && !order.endsAt().isAfter(order.madeAt())) {
            errors.add(new FieldError("endsAt", "is not after the order was made"));
        }
        if (order.returnHearing() != null && order.returnHearing().at() != null && order.madeAt() != null
                && order.returnHearing().at().isBefore(order.madeAt())) {
            errors.add(new FieldError("returnHearing.at", "is before the order was made"));
        }
    }

    private static void terms(List<FieldError> errors, List<Term> terms) {
        if (terms.isEmpty()) {
            errors.add(new FieldError("terms", "at least one term is required, verbatim as the order states it"));
            return;
        }
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            // (an order's list of terms holds no null: OrderDetails copies it with List.copyOf)
            if (term.text() == null || term.text().isBlank()) {
                errors.add(new FieldError("terms[" + i + "]", "is empty"));
                continue;
            }
            if (term.text().length() > MAX_TERM_LENGTH) {
                errors.add(new FieldError("terms[" + i + "]", "is longer than " + MAX_TERM_LENGTH + " characters"));
            }
            if (!numbers.add(term.number())) {
                errors.add(new FieldError("terms[" + i + "].number", "number " + term.number() + " is used twice"));
            }
        }
    }

    private static void service(List<FieldError> errors, String prefix, ServiceRecord service, Instant madeAt,
                                Instant now) {
        String p = prefix.isEmpty() ? "" : prefix + ".";
        if (service.servedAt() == null) {
            errors.add(new FieldError(p + "servedAt", "is required: when the respondent was served or made aware"));
        } else {
            if (service.servedAt().isAfter(now.plus(CLOCK_SKEW))) {
                errors.add(new FieldError(p + "servedAt", "is in the future"));
            }
            if (madeAt != null && service.servedAt().isBefore(madeAt)) {
                errors.add(new FieldError(p + "servedAt", "is before the order was made"));
            }
        }
        if (service.method() == null) {
            errors.add(new FieldError(p + "method", "is required: one of "
                    + java.util.Arrays.toString(ServiceMethod.values())));
        }
    }

    private static void person(List<FieldError> errors, String field, ProtectedPerson person, Instant now) {
        required(errors, field + ".name", person.name());
        dateOfBirth(errors, field + ".dateOfBirth", person.dateOfBirth(), now);
    }

    private static void dateOfBirth(List<FieldError> errors, String field, LocalDate dateOfBirth, Instant now) {
        if (dateOfBirth == null) {
            return;
        }
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        if (dateOfBirth.isAfter(today)) {
            errors.add(new FieldError(field, "is in the future"));
        } else if (dateOfBirth.isBefore(today.minusYears(120))) {
            errors.add(new FieldError(field, "is more than 120 years ago"));
        }
    }

    private static void required(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.length() > 300) {
            errors.add(new FieldError(field, "must be at most 300 characters"));
        }
    }

    private static void within(List<FieldError> errors, String field, Instant instant) {
        if (instant != null && (instant.isBefore(DateWindow.EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())
                || !instant.isBefore(DateWindow.LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))) {
            errors.add(new FieldError(field, "must be between " + DateWindow.EARLIEST + " and " + DateWindow.LATEST));
        }
    }
}
