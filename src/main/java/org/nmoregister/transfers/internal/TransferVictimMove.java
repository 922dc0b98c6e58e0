package org.nmoregister.transfers.internal;

import java.util.ArrayList;
import java.util.List;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.platform.InvalidRequestException.FieldError;

/**
 * A protected person's new address, in plain Java (issue 13, part 5). A change of address may alert the perpetrator
 * to where the victim is (seed 004, section 3), so recording it always asks whether the new address is to be kept
 * confidential (C8), and the answer defaults to yes when the victim moved because of the respondent. The new address
 * replaces the person's addresses in the new version (the old ones stay in the earlier versions, still masked by the
 * order's rule); nothing else about the order changes.
 */
public final class TransferVictimMove {

    /** Why the person moved. */
    public enum Because {
        /** To get away from the respondent, or because of what the respondent did. */
        RESPONDENT,
        /** For another reason. */
        OTHER
    }

    /** The applicant is {@code "applicant"}; another protected person is {@code "other-N"} (from 0). */
    public static final String APPLICANT = "applicant";

    private TransferVictimMove() {
    }

    /** Whether the C8 question starts answered "yes": when the person moved because of the respondent. */
    public static boolean confidentialByDefault(Because because) {
        return because == Because.RESPONDENT;
    }

    /** The reason read from the page, or null when none (or no known one) was chosen. */
    public static Because because(String value) {
        if (value == null) {
            return null;
        }
        for (Because b : Because.values()) {
            if (b.name().equals(value.strip())) {
                return b;
            }
        }
        return null;
    }

    /** What is missing or wrong in the answers, each naming its field. */
    public static List<FieldError> check(OrderDetails order, String person, Because because, Address address,
                                         Boolean confidential) {
        List<FieldError> errors = new ArrayList<>();
        if (person(order, person) == null) {
            errors.add(new FieldError("person", "Choose who has moved"));
        }
        if (because == null) {
            errors.add(new FieldError("because", "Say why they moved"));
        }
        if (address != null) {
            if (blank(address.line1())) {
                errors.add(new FieldError("line1", "Enter the first line of the new address"));
            }
            if (blank(address.town()) && blank(address.postcode())) {
                errors.add(new FieldError("town", "Enter the town or the postcode of the new address"));
            }
            length(errors, "line1", address.line1(), 200);
            length(errors, "line2", address.line2(), 200);
            length(errors, "town", address.town(), 100);
            length(errors, "postcode", address.postcode(), 10);
            if (confidential == null) {
                errors.add(new FieldError("confidential", "Say whether to keep the new address confidential"));
            }
        }
        return errors;
    }

    /** The order with the person's addresses replaced by the new one. */
    public static OrderDetails moved(OrderDetails order, String person, Address address) {
        ProtectedPerson who = person(order, person);
        if (who == null) {
            throw new IllegalArgumentException("no such protected person: " + person);
        }
        ProtectedPerson movedPerson = new ProtectedPerson(who.name(), who.dateOfBirth(), who.aliases(),
                List.of(address), who.contacts());
        ProtectedPerson applicant = order.applicant();
        List<ProtectedPerson> others = new ArrayList<>(order.otherProtectedPersons());
        if (APPLICANT.equals(person)) {
            applicant = movedPerson;
        } else {
            others.set(index(person), movedPerson);
        }
        return new OrderDetails(order.court(), order.caseNumber(), order.orderType(), order.madeAt(),
                order.withoutNotice(), order.returnHearing(), order.duration(), order.endsAt(), order.penalNotice(),
                applicant, others, order.children(), order.respondent(), order.relationship(), order.terms(),
                order.service(), order.dischargedAt(), order.notes());
    }

    /** The protected person the page's choice names, or null. */
    public static ProtectedPerson person(OrderDetails order, String person) {
        if (person == null) {
            return null;
        }
        if (APPLICANT.equals(person)) {
            return order.applicant();
        }
        int i = index(person);
        return i >= 0 && i < order.otherProtectedPersons().size() ? order.otherProtectedPersons().get(i) : null;
    }

    private static int index(String person) {
        if (!person.startsWith("other-")) {
            return -1;
        }
        try {
            return Integer.parseInt(person.substring("other-".length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void length(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }
}
