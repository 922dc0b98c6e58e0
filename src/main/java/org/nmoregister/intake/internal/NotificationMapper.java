package org.nmoregister.intake.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.nmoregister.intake.internal.NotificationData.AddressData;
import org.nmoregister.intake.internal.NotificationData.Contact;
import org.nmoregister.intake.internal.NotificationData.Person;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.ContactDetail;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderChange;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Relationship;
import org.nmoregister.orders.Respondent;
import org.nmoregister.orders.ReturnHearing;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.Term;

/**
 * The one place a notification's data becomes an order's details: a court's notice for the register
 * ({@link #notice}), which decides what it does to the order. Takes whatever the notification says, however incomplete
 * (a notice may only confirm service, and the queue offers a change before anyone has checked the data): a value that
 * is missing or not one the register knows is left empty, for the validation to report. Terms are numbered in the
 * order the court gave them.
 */
public final class NotificationMapper {

    private NotificationMapper() {
    }

    /** The notification as a court's notice to the register; {@code requested}: the kind the point of contact chose. */
    public static OrderChange.CourtNotice notice(NotificationData data, ChangeKind requested, String note) {
        return new OrderChange.CourtNotice(toDetails(data), requested, note);
    }

    public static OrderDetails toDetails(NotificationData data) {
        DurationKind duration = Boolean.TRUE.equals(data.untilFurtherOrder()) ? DurationKind.UNTIL_FURTHER_ORDER
                : Boolean.TRUE.equals(data.untilNextHearing()) ? DurationKind.UNTIL_NEXT_HEARING
                : DurationKind.UNTIL_DATE;
        ReturnHearing hearing = data.returnHearing() == null || data.returnHearing().at() == null ? null
                : new ReturnHearing(data.returnHearing().at(), strip(data.returnHearing().court()));
        List<Term> terms = new ArrayList<>();
        if (data.terms() != null) {
            for (String text : data.terms()) {
                terms.add(new Term(terms.size() + 1, text == null ? null : text.strip()));
            }
        }
        return new OrderDetails(strip(data.court()), normaliseCaseNumber(data.caseNumber()),
                known(OrderType.class, data.orderType()), data.madeAt(), Boolean.TRUE.equals(data.withoutNotice()),
                hearing, duration, duration == DurationKind.UNTIL_DATE ? data.endsAt() : null,
                Boolean.TRUE.equals(data.penalNotice()), person(data.applicant()), people(data.otherProtectedPersons()),
                people(data.children()), respondent(data.respondent()),
                data.relationship() == null || known(Relationship.class, data.relationship()) == null
                        ? Relationship.NOT_KNOWN : known(Relationship.class, data.relationship()),
                terms, service(data).map(List::of).orElse(List.of()), data.dischargedAt(), strip(data.notes()));
    }

    /**
     * The service the notification reports, if any. Service with no method is kept as not stated by the court: the
     * validator lets that through only for what the court itself sent, and the order must not read "not served".
     */
    public static java.util.Optional<ServiceRecord> service(NotificationData data) {
        if (data.servedAt() == null) {
            return java.util.Optional.empty();
        }
        ServiceMethod method = data.serviceMethod() == null || data.serviceMethod().isBlank()
                ? ServiceMethod.NOT_STATED_BY_COURT : known(ServiceMethod.class, data.serviceMethod());
        return java.util.Optional.of(new ServiceRecord(data.servedAt(), method, strip(data.servedBy()), null, null));
    }

    /** Case numbers are compared without spaces and in capitals, as courts print them both ways. */
    public static String normaliseCaseNumber(String caseNumber) {
        return caseNumber == null ? null : caseNumber.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static List<ProtectedPerson> people(List<Person> people) {
        return people == null ? List.of() : people.stream().map(NotificationMapper::person).toList();
    }

    private static ProtectedPerson person(Person person) {
        if (person == null) {
            return null;
        }
        return new ProtectedPerson(strip(person.name()), person.dateOfBirth(), given(person.aliases()),
                addresses(person.address(), person.addresses()), contacts(person.contacts()));
    }

    private static Respondent respondent(NotificationData.RespondentData r) {
        if (r == null) {
            return null;
        }
        Set<Respondent.OfficerSafety.Warning> warnings = EnumSet.noneOf(Respondent.OfficerSafety.Warning.class);
        String safetyNotes = null;
        if (r.officerSafety() != null) {
            if (r.officerSafety().warnings() != null) {
                r.officerSafety().warnings().stream().map(w -> known(Respondent.OfficerSafety.Warning.class, w))
                        .filter(java.util.Objects::nonNull).forEach(warnings::add);
            }
            safetyNotes = strip(r.officerSafety().notes());
        }
        return new Respondent(strip(r.name()), r.dateOfBirth(), given(r.aliases()),
                addresses(r.address(), r.addresses()),
                contacts(r.contacts()), strip(r.description()), given(r.vehicles()),
                new Respondent.OfficerSafety(warnings, safetyNotes));
    }

    private static List<Address> addresses(AddressData main, List<AddressData> others) {
        List<Address> result = new ArrayList<>();
        if (main != null) {
            result.add(address(main));
        }
        if (others != null) {
            others.stream().filter(java.util.Objects::nonNull).forEach(a -> result.add(address(a)));
        }
        return result;
    }

    private static Address address(AddressData a) {
        return new Address(strip(a.line1()), strip(a.line2()), strip(a.town()), strip(a.postcode()),
                Boolean.TRUE.equals(a.confidential()));
    }

    private static List<ContactDetail> contacts(List<Contact> contacts) {
        return contacts == null ? List.of() : contacts.stream().filter(java.util.Objects::nonNull)
                .map(c -> new ContactDetail(c.kind() == null || known(ContactDetail.Kind.class, c.kind()) == null
                        ? ContactDetail.Kind.OTHER : known(ContactDetail.Kind.class, c.kind()), strip(c.value()),
                        Boolean.TRUE.equals(c.confidential())))
                .toList();
    }

    /** The constant {@code text} names; null when it names none (the validation says which and why). */
    private static <E extends Enum<E>> E known(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The entries of a list that say something: a null alias or vehicle is no alias or vehicle. */
    private static List<String> given(List<String> texts) {
        return texts == null ? null : texts.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
