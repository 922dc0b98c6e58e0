package org.nmoregister.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The order as a notification describes it: the court-feed JSON shape, extended with what the order record needs.
 * Every field may be missing while the notification is in the queue; {@link NotificationValidator} says what must be
 * present before it can be accepted. Enumerated values (order type, relationship, service method, contact kind,
 * officer-safety warnings) are kept as text so that every bad one can be reported at once.
 */
public record NotificationData(String court, String caseNumber, String orderType, Instant madeAt,
                               Boolean withoutNotice, Hearing returnHearing, Instant endsAt,
                               Boolean untilFurtherOrder, Boolean untilNextHearing, Boolean penalNotice,
                               Person applicant, List<Person> otherProtectedPersons, RespondentData respondent,
                               List<Person> children, String relationship, List<String> terms, Instant servedAt,
                               String serviceMethod, String servedBy, Instant dischargedAt, String notes) {

    public static final NotificationData EMPTY = new NotificationData(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null);

    public record Hearing(Instant at, String court) {
    }

    public record AddressData(String line1, String line2, String town, String postcode, Boolean confidential) {
    }

    public record Contact(String kind, String value, Boolean confidential) {
    }

    /** The applicant, another protected person or a child. {@code address} is the main one, {@code addresses} others. */
    public record Person(String name, LocalDate dateOfBirth, List<String> aliases, AddressData address,
                         List<AddressData> addresses, List<Contact> contacts) {
    }

    public record OfficerSafetyData(List<String> warnings, String notes) {
    }

    public record RespondentData(String name, LocalDate dateOfBirth, List<String> aliases, AddressData address,
                                 List<AddressData> addresses, List<Contact> contacts, String description,
                                 List<String> vehicles, OfficerSafetyData officerSafety) {
    }

    /** A copy with the case number and court filled in where they are missing; used for best-effort extraction. */
    public NotificationData withCourtAndCase(String newCourt, String newCaseNumber) {
        return new NotificationData(court != null ? court : newCourt, caseNumber != null ? caseNumber : newCaseNumber,
                orderType, madeAt, withoutNotice, returnHearing, endsAt, untilFurtherOrder, untilNextHearing,
                penalNotice, applicant, otherProtectedPersons, respondent, children, relationship, terms, servedAt,
                serviceMethod, servedBy, dischargedAt, notes);
    }
}
