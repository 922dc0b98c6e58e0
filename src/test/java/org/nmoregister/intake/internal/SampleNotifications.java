package org.nmoregister.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.nmoregister.intake.internal.NotificationData.AddressData;
import org.nmoregister.intake.internal.NotificationData.Hearing;
import org.nmoregister.intake.internal.NotificationData.Person;
import org.nmoregister.intake.internal.NotificationData.RespondentData;

/** A complete notification in the court-feed shape of issue 2, for tests to vary. */
public final class SampleNotifications {

    private SampleNotifications() {
    }

    public static NotificationData complete(String caseNumber) {
        return new NotificationData("Leeds Family Court", caseNumber, "NMO", Instant.parse("2026-11-02T10:30:00Z"),
                true, new Hearing(Instant.parse("2026-11-16T10:00:00Z"), "Leeds Family Court"),
                Instant.parse("2026-11-16T16:00:00Z"), false, false, true,
                new Person("Jane Smith", LocalDate.parse("1990-05-01"), null,
                        new AddressData("14 Acacia Avenue", null, "Leeds", "LS6 2AB", true), null, null),
                null,
                new RespondentData("John Smith", LocalDate.parse("1988-04-12"), List.of("Johnny Smith"),
                        new AddressData("3 Mill Lane", null, "Leeds", "LS12 1AA", false), null, null, null, null,
                        null),
                List.of(new Person("Amy Smith", LocalDate.parse("2015-03-03"), null, null, null, null)),
                "FORMER_SPOUSE",
                List.of("The respondent John Smith must not use or threaten violence against the applicant Jane Smith.",
                        "The respondent must not go to, enter or attempt to enter 14 Acacia Avenue, Leeds."),
                null, null, null, null, null);
    }
}
