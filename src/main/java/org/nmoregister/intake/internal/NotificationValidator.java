package org.nmoregister.intake.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nmoregister.intake.internal.NotificationData.AddressData;
import org.nmoregister.intake.internal.NotificationData.Contact;
import org.nmoregister.intake.internal.NotificationData.Person;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.ContactDetail;
import org.nmoregister.orders.OrderRules;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.Relationship;
import org.nmoregister.orders.Respondent.OfficerSafety.Warning;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.platform.InvalidRequestException.FieldError;

/**
 * What a notification must say before it can become an order, reported field by field (JSON paths such as
 * {@code respondent.name}, {@code terms[2]}) so a court feed or the point of contact can fix all of it at once.
 * The order's own fields are judged by the register's one rule ({@link OrderRules}), reported here under the
 * notification's names; this class adds only what is about the notification itself: values sent as text that name
 * nothing, the court feed's three ways of giving the duration, what a notice without notice must say, and who may
 * report service without saying how. Plain Java.
 */
public final class NotificationValidator {

    private NotificationValidator() {
    }

    /** What the notification must say to be recorded as {@code kind} (null: not yet known, so everything). */
    public static List<FieldError> forChange(ChangeKind kind, NotificationData data, Instant now, boolean fromCourt) {
        if (kind == ChangeKind.SERVICE) {
            return serviceConfirmation(data, fromCourt);
        }
        if (kind == ChangeKind.DISCHARGE) {
            return discharge(data);
        }
        return complete(data, now, fromCourt);
    }

    /**
     * Everything an order version needs. {@code now} bounds dates that have happened. {@code fromCourt}: the court
     * itself sent it (feed, its order document or e-mail, or by other means), so service it reports without a method
     * is recorded as {@link ServiceMethod#NOT_STATED_BY_COURT}; anyone else must say how the respondent was served.
     */
    public static List<FieldError> complete(NotificationData data, Instant now, boolean fromCourt) {
        List<FieldError> errors = new ArrayList<>();
        identity(data, errors);
        if (data.withoutNotice() == null) {
            errors.add(new FieldError("withoutNotice", "is required: true if the order was made without notice"));
        }
        var hearing = data.returnHearing();
        boolean hearingGiven = hearing != null && hearing.at() != null;
        if (Boolean.TRUE.equals(data.withoutNotice()) && !hearingGiven) {
            errors.add(new FieldError("returnHearing.at", "is required for an order made without notice"));
        }
        if (hearing != null && hearing.at() != null && blank(hearing.court())) {
            errors.add(new FieldError("returnHearing.court", "is required when a return hearing is given"));
        }
        int durations = (data.endsAt() != null ? 1 : 0) + (Boolean.TRUE.equals(data.untilFurtherOrder()) ? 1 : 0)
                + (Boolean.TRUE.equals(data.untilNextHearing()) ? 1 : 0);
        if (durations == 0) {
            errors.add(new FieldError("endsAt", "is required unless untilFurtherOrder or untilNextHearing is true"));
        } else if (durations > 1) {
            errors.add(new FieldError("endsAt", "give only one of endsAt, untilFurtherOrder and untilNextHearing"));
        }
        person("applicant", data.applicant(), errors);
        list(data.otherProtectedPersons(), "otherProtectedPersons", (p, path) -> person(path, p, errors));
        list(data.children(), "children", (p, path) -> person(path, p, errors));
        var respondent = data.respondent();
        if (respondent != null) {
            address("respondent.address", respondent.address(), errors);
            list(respondent.addresses(), "respondent.addresses", (a, path) -> address(path, a, errors));
            list(respondent.contacts(), "respondent.contacts", (c, path) -> contact(path, c, errors));
            if (respondent.officerSafety() != null) {
                list(respondent.officerSafety().warnings(), "respondent.officerSafety.warnings", (w, path) ->
                        enumValue(path, w, Warning.class, errors));
            }
        }
        if (data.relationship() != null) {
            enumValue("relationship", data.relationship(), Relationship.class, errors);
        }
        service(data, fromCourt, errors);
        byTheRule(OrderRules.validate(NotificationMapper.toDetails(data), now), errors);
        return errors;
    }

    /**
     * The register's findings, under the notification's names for its fields; a field already reported here is not
     * reported twice.
     */
    private static void byTheRule(List<FieldError> findings, List<FieldError> errors) {
        List<String> reported = errors.stream().map(FieldError::field).toList();
        for (FieldError finding : findings) {
            String field = switch (finding.field()) {
                case "applicant", "respondent" -> finding.field() + ".name";
                case "duration" -> "endsAt";
                case "service[0].servedAt" -> "servedAt";
                case "service[0].method" -> "serviceMethod";
                default -> finding.field();
            };
            if (!reported.contains(field)) {
                errors.add(new FieldError(field, finding.reason()));
            }
        }
    }

    /** What recording service on an order already held needs: which order, and when and how it was served. */
    public static List<FieldError> serviceConfirmation(NotificationData data, boolean fromCourt) {
        List<FieldError> errors = new ArrayList<>();
        identity(data, errors);
        if (data.servedAt() == null) {
            errors.add(new FieldError("servedAt", "is required to confirm service"));
        }
        service(data, fromCourt, errors);
        return errors;
    }

    /** What recording a discharge needs: which order, and when the court discharged it. */
    public static List<FieldError> discharge(NotificationData data) {
        List<FieldError> errors = new ArrayList<>();
        identity(data, errors);
        if (data.dischargedAt() == null && data.madeAt() == null) {
            errors.add(new FieldError("dischargedAt", "is required: when the court discharged the order"));
        }
        return errors;
    }

    private static void identity(NotificationData data, List<FieldError> errors) {
        if (blank(data.court())) {
            errors.add(new FieldError("court", "is required"));
        }
        if (blank(data.caseNumber())) {
            errors.add(new FieldError("caseNumber", "is required"));
        }
        if (blank(data.orderType())) {
            errors.add(new FieldError("orderType", "is required: one of " + Arrays.toString(OrderType.values())));
        } else {
            enumValue("orderType", data.orderType(), OrderType.class, errors);
        }
    }

    private static void service(NotificationData data, boolean fromCourt, List<FieldError> errors) {
        boolean methodGiven = !blank(data.serviceMethod());
        if (methodGiven) {
            enumValue("serviceMethod", data.serviceMethod(), ServiceMethod.class, errors);
        }
        if (data.servedAt() == null) {
            if (methodGiven || !blank(data.servedBy())) {
                errors.add(new FieldError("servedAt", "is required when a service method or servedBy is given"));
            }
        } else if (!methodGiven && !fromCourt) {
            errors.add(new FieldError("serviceMethod", "is required when the order was served: how the respondent "
                    + "was served or made aware, one of " + Arrays.toString(ServiceMethod.values())));
        }
    }

    private static void person(String path, Person person, List<FieldError> errors) {
        if (person == null) {
            return;
        }
        address(path + ".address", person.address(), errors);
        list(person.addresses(), path + ".addresses", (a, p) -> address(p, a, errors));
        list(person.contacts(), path + ".contacts", (c, p) -> contact(p, c, errors));
    }

    private static void address(String path, AddressData address, List<FieldError> errors) {
        if (address != null && blank(address.line1()) && blank(address.postcode())) {
            errors.add(new FieldError(path + ".line1", "an address needs at least its first line or its postcode"));
        }
    }

    private static void contact(String path, Contact contact, List<FieldError> errors) {
        if (contact == null || blank(contact.value())) {
            errors.add(new FieldError(path + ".value", "is required"));
        }
        if (contact != null && contact.kind() != null) {
            enumValue(path + ".kind", contact.kind(), ContactDetail.Kind.class, errors);
        }
    }

    private static <E extends Enum<E>> void enumValue(String path, String value, Class<E> type,
                                                      List<FieldError> errors) {
        try {
            Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(path, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants())));
        }
    }

    private static <T> void list(List<T> items, String path, java.util.function.BiConsumer<T, String> check) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            check.accept(items.get(i), path + "[" + i + "]");
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
