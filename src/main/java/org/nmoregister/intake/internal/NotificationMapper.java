package org.nmoregister.intake.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.nmoregister.intake.internal.NotificationData.AddressData;
import org.nmoregister.intake.internal.NotificationData.Contact;
import org.nmoregister.intake.internal.NotificationData.Person;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.ContactDetail;
import org.nmoregister.orders.DurationKind;
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
 * The one place a notification's data becomes an order's details. Expects data that
 * {@link NotificationValidator#complete} accepted; terms are numbered in the order the court gave them.
 */
public final class NotificationMapper {

    private NotificationMapper() {
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
                terms.add(new Term(terms.size() + 1, text.strip()));
            }
        }
        return new OrderDetails(strip(data.court()), normaliseCaseNumber(data.caseNumber()),
                OrderType.valueOf(data.orderType().strip()), data.madeAt(), Boolean.TRUE.equals(data.withoutNotice()),
                hearing, duration, duration == DurationKind.UNTIL_DATE ? data.endsAt() : null,
                Boolean.TRUE.equals(data.penalNotice()), person(data.applicant()), people(data.otherProtectedPersons()),
                people(data.children()), respondent(data.respondent()),
                data.relationship() == null ? Relationship.NOT_KNOWN : Relationship.valueOf(data.relationship().strip()),
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
                ? ServiceMethod.NOT_STATED_BY_COURT : ServiceMethod.valueOf(data.serviceMethod().strip());
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
        return new ProtectedPerson(strip(person.name()), person.dateOfBirth(), person.aliases(),
                addresses(person.address(), person.addresses()), contacts(person.contacts()));
    }

    private static Respondent respondent(NotificationData.RespondentData r) {
        Set<Respondent.OfficerSafety.Warning> warnings = EnumSet.noneOf(Respondent.OfficerSafety.Warning.class);
        String safetyNotes = null;
        if (r.officerSafety() != null) {
            if (r.officerSafety().warnings() != null) {
                r.officerSafety().warnings().forEach(w -> warnings.add(Respondent.OfficerSafety.Warning.valueOf(w.strip())));
            }
            safetyNotes = strip(r.officerSafety().notes());
        }
        return new Respondent(strip(r.name()), r.dateOfBirth(), r.aliases(), addresses(r.address(), r.addresses()),
                contacts(r.contacts()), strip(r.description()), r.vehicles(),
                new Respondent.OfficerSafety(warnings, safetyNotes));
    }

    private static List<Address> addresses(AddressData main, List<AddressData> others) {
        List<Address> result = new ArrayList<>();
        if (main != null) {
            result.add(address(main));
        }
        if (others != null) {
            others.forEach(a -> result.add(address(a)));
        }
        return result;
    }

    private static Address address(AddressData a) {
        return new Address(strip(a.line1()), strip(a.line2()), strip(a.town()), strip(a.postcode()),
                Boolean.TRUE.equals(a.confidential()));
    }

    private static List<ContactDetail> contacts(List<Contact> contacts) {
        return contacts == null ? List.of() : contacts.stream()
                .map(c -> new ContactDetail(c.kind() == null ? ContactDetail.Kind.OTHER
                        : ContactDetail.Kind.valueOf(c.kind().strip()), c.value().strip(),
                        Boolean.TRUE.equals(c.confidential())))
                .toList();
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
