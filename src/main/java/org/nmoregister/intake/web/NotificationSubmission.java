package org.nmoregister.intake.web;

import java.time.Instant;
import java.util.List;
import org.nmoregister.intake.ManualOrigin;
import org.nmoregister.intake.NotificationSource;
import org.nmoregister.intake.internal.NotificationData;
import org.nmoregister.intake.internal.NotificationData.Hearing;
import org.nmoregister.intake.internal.NotificationData.Person;
import org.nmoregister.intake.internal.NotificationData.RespondentData;

/**
 * A notification delivered over the API: the court-feed shape (flat), with who sent it. {@code source} is
 * COURT_FEED for a court-feed account and MANUAL (with {@code manualOrigin}) for the point of contact.
 */
public record NotificationSubmission(NotificationSource source, String externalReference, ManualOrigin manualOrigin,
                                     String court, String caseNumber, String orderType, Instant madeAt,
                                     Boolean withoutNotice, Hearing returnHearing, Instant endsAt,
                                     Boolean untilFurtherOrder, Boolean untilNextHearing, Boolean penalNotice,
                                     Person applicant, List<Person> otherProtectedPersons, RespondentData respondent,
                                     List<Person> children, String relationship, List<String> terms,
                                     Instant servedAt, String serviceMethod, String servedBy, Instant dischargedAt,
                                     String notes) {

    NotificationData data() {
        return new NotificationData(court, caseNumber, orderType, madeAt, withoutNotice, returnHearing, endsAt,
                untilFurtherOrder, untilNextHearing, penalNotice, applicant, otherProtectedPersons, respondent,
                children, relationship, terms, servedAt, serviceMethod, servedBy, dischargedAt, notes);
    }
}
