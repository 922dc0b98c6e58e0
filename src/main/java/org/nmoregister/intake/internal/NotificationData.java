package org.nmoregister.intake.internal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.nmoregister.platform.DateWindow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The order as a notification describes it: the court-feed JSON shape, extended with what the order record needs.
 * Every field may be missing while the notification is in the queue; {@link NotificationValidator} says what must be
 * present before it can be accepted. Enumerated values (order type, relationship, service method, contact kind,
 * officer-safety warnings) are kept as text so that every bad one can be reported at once.
 */
public record NotificationData(@Size(max = 200) String court, @Size(max = 60) String caseNumber,
                               @Size(max = 40) String orderType, @DateWindow(DateWindow.Kind.HAPPENED) Instant madeAt,
                               Boolean withoutNotice, @Valid Hearing returnHearing,
                               @DateWindow(DateWindow.Kind.ENDS) Instant endsAt,
                               Boolean untilFurtherOrder, Boolean untilNextHearing, Boolean penalNotice,
                               @Valid Person applicant, @Size(max = 50) List<@NotNull @Valid Person> otherProtectedPersons,
                               @Valid RespondentData respondent, @Size(max = 50) List<@NotNull @Valid Person> children,
                               @Size(max = 40) String relationship, @Size(max = 200) List<String> terms,
                               @DateWindow(DateWindow.Kind.HAPPENED) Instant servedAt,
                               @Size(max = 40) String serviceMethod, @Size(max = 200) String servedBy,
                               @DateWindow(DateWindow.Kind.TAKES_EFFECT) Instant dischargedAt, String notes) {

    public static final NotificationData EMPTY = new NotificationData(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null);

    public record Hearing(@DateWindow(DateWindow.Kind.SCHEDULED) Instant at, @Size(max = 200) String court) {
    }

    public record AddressData(@Size(max = 200) String line1, @Size(max = 200) String line2, @Size(max = 100) String town,
                              @Size(max = 10) String postcode, Boolean confidential) {
    }

    public record Contact(@Size(max = 40) String kind, @Size(max = 320) String value, Boolean confidential) {
    }

    /** The applicant, another protected person or a child. {@code address} is the main one, {@code addresses} others. */
    public record Person(@Size(max = 200) String name, @DateWindow(DateWindow.Kind.BIRTH) LocalDate dateOfBirth,
                         @Size(max = 50) List<@Size(max = 200) String> aliases, @Valid AddressData address,
                         @Size(max = 50) List<@Valid AddressData> addresses,
                         @Size(max = 50) List<@Valid Contact> contacts) {
    }

    public record OfficerSafetyData(@Size(max = 20) List<@Size(max = 40) String> warnings,
                                    @Size(max = 2000) String notes) {
    }

    public record RespondentData(@Size(max = 200) String name, @DateWindow(DateWindow.Kind.BIRTH) LocalDate dateOfBirth,
                                 @Size(max = 50) List<@Size(max = 200) String> aliases, @Valid AddressData address,
                                 @Size(max = 50) List<@Valid AddressData> addresses,
                                 @Size(max = 50) List<@Valid Contact> contacts, @Size(max = 2000) String description,
                                 @Size(max = 50) List<@Size(max = 200) String> vehicles,
                                 @Valid OfficerSafetyData officerSafety) {
    }

    /** A copy with the case number and court filled in where they are missing; used for best-effort extraction. */
    public NotificationData withCourtAndCase(String newCourt, String newCaseNumber) {
        return new NotificationData(court != null ? court : newCourt, caseNumber != null ? caseNumber : newCaseNumber,
                orderType, madeAt, withoutNotice, returnHearing, endsAt, untilFurtherOrder, untilNextHearing,
                penalNotice, applicant, otherProtectedPersons, respondent, children, relationship, terms, servedAt,
                serviceMethod, servedBy, dischargedAt, notes);
    }
}
