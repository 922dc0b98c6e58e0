package org.nmoregister.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmoregister.intake.internal.NotificationData.RespondentData;
import org.nmoregister.platform.InvalidRequestException.FieldError;

class NotificationValidatorTest {

    private static final Instant NOW = Instant.parse("2026-11-03T09:00:00Z");

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void theIssuesCourtFeedExampleIsComplete() {
        assertThat(NotificationValidator.complete(SampleNotifications.complete("LS26F00123"), NOW)).isEmpty();
    }

    @Test
    void anEmptyNotificationNamesEveryMissingField() {
        var errors = fields(NotificationValidator.complete(NotificationData.EMPTY, NOW));
        assertThat(errors).contains("court", "caseNumber", "orderType", "madeAt", "withoutNotice", "endsAt",
                "applicant.name", "respondent.name", "terms");
    }

    @Test
    void badValuesAreNamedByTheirPath() {
        var good = SampleNotifications.complete("LS26F00123");
        var bad = new NotificationData(good.court(), good.caseNumber(), "INJUNCTION", good.madeAt(),
                good.withoutNotice(), null, good.madeAt().minusSeconds(60), true, false, good.penalNotice(),
                good.applicant(), null, new RespondentData(" ", null, null, null, null, null, null, null, null),
                good.children(), "NEIGHBOUR", List.of("A term", " "), null, "CARRIER_PIGEON", null, null, null);
        var errors = fields(NotificationValidator.complete(bad, NOW));
        assertThat(errors).contains("orderType", "returnHearing.at", "endsAt", "respondent.name", "relationship",
                "terms[1]", "serviceMethod", "servedAt");
        assertThat(errors).doesNotContain("terms[0]", "court", "caseNumber");
    }

    @Test
    void aWithoutNoticeOrderNeedsItsReturnHearing() {
        var good = SampleNotifications.complete("LS26F00123");
        var noHearing = new NotificationData(good.court(), good.caseNumber(), good.orderType(), good.madeAt(), true,
                null, good.endsAt(), false, false, true, good.applicant(), null, good.respondent(), null, null,
                good.terms(), null, null, null, null, null);
        assertThat(fields(NotificationValidator.complete(noHearing, NOW))).containsExactly("returnHearing.at");
    }

    @Test
    void anOrderMadeInTheFutureOrABirthAfterTodayIsRefused() {
        var good = SampleNotifications.complete("LS26F00123");
        var future = new NotificationData(good.court(), good.caseNumber(), good.orderType(),
                NOW.plusSeconds(3600), false, null, NOW.plusSeconds(7200), false, false, true,
                new NotificationData.Person("Jane", java.time.LocalDate.parse("2027-01-01"), null, null, null, null),
                null, good.respondent(), null, null, good.terms(), null, null, null, null, null);
        assertThat(fields(NotificationValidator.complete(future, NOW))).containsExactly("madeAt",
                "applicant.dateOfBirth");
    }

    @Test
    void aServiceConfirmationNeedsOnlyTheOrderAndTheService() {
        var confirmation = new NotificationData("Leeds Family Court", "LS26F00123", "NMO", null, null, null, null,
                null, null, null, null, null, null, null, null, null, NOW, "PERSONAL", "PC 123", null, null);
        assertThat(NotificationValidator.serviceConfirmation(confirmation)).isEmpty();
        assertThat(fields(NotificationValidator.serviceConfirmation(NotificationData.EMPTY)))
                .containsExactly("court", "caseNumber", "orderType", "servedAt", "serviceMethod");
    }
}
