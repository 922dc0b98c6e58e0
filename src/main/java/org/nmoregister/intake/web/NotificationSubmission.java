package org.nmoregister.intake.web;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.nmoregister.platform.DateWindow;

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
public record NotificationSubmission(NotificationSource source, @Size(max = 200) String externalReference,
                                     ManualOrigin manualOrigin, @Size(max = 200) String court,
                                     @Size(max = 60) String caseNumber, @Size(max = 40) String orderType,
                                     @DateWindow(DateWindow.Kind.HAPPENED) Instant madeAt,
                                     Boolean withoutNotice, @Valid Hearing returnHearing,
                                     @DateWindow(DateWindow.Kind.ENDS) Instant endsAt,
                                     Boolean untilFurtherOrder, Boolean untilNextHearing, Boolean penalNotice,
                                     @Valid Person applicant, @Size(max = 50) List<@NotNull @Valid Person> otherProtectedPersons,
                                     @Valid RespondentData respondent, @Size(max = 50) List<@NotNull @Valid Person> children,
                                     @Size(max = 40) String relationship, @Size(max = 200) List<String> terms,
                                     @DateWindow(DateWindow.Kind.HAPPENED) Instant servedAt,
                                     @Size(max = 40) String serviceMethod, @Size(max = 200) String servedBy,
                                     @DateWindow(DateWindow.Kind.TAKES_EFFECT) Instant dischargedAt, String notes) {

    NotificationData data() {
        return new NotificationData(court, caseNumber, orderType, madeAt, withoutNotice, returnHearing, endsAt,
                untilFurtherOrder, untilNextHearing, penalNotice, applicant, otherProtectedPersons, respondent,
                children, relationship, terms, servedAt, serviceMethod, servedBy, dischargedAt, notes);
    }
}
