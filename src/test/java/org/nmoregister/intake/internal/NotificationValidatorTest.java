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
        assertThat(NotificationValidator.complete(SampleNotifications.complete("LS26F00123"), NOW, true)).isEmpty();
    }

    @Test
    void anEmptyNotificationNamesEveryMissingField() {
        var errors = fields(NotificationValidator.complete(NotificationData.EMPTY, NOW, true));
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
        var errors = fields(NotificationValidator.complete(bad, NOW, true));
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
        assertThat(fields(NotificationValidator.complete(noHearing, NOW, true))).containsExactly("returnHearing.at");
    }

    @Test
    void anOrderMadeInTheFutureOrABirthAfterTodayIsRefused() {
        var good = SampleNotifications.complete("LS26F00123");
        var future = new NotificationData(good.court(), good.caseNumber(), good.orderType(),
                NOW.plusSeconds(3600), false, null, NOW.plusSeconds(7200), false, false, true,
                new NotificationData.Person("Jane", java.time.LocalDate.parse("2027-01-01"), null, null, null, null),
                null, good.respondent(), null, null, good.terms(), null, null, null, null, null);
        assertThat(fields(NotificationValidator.complete(future, NOW, true))).containsExactly("madeAt",
                "applicant.dateOfBirth");
    }

    @Test
    void theRegistersRuleAllowsACourtClockFiveMinutesAheadAndNoMore() {
        var good = SampleNotifications.complete("LS26F00123");
        var atTheEdge = withMadeAt(good, NOW.plus(org.nmoregister.orders.OrderRules.CLOCK_SKEW));
        assertThat(NotificationValidator.complete(atTheEdge, NOW, true)).isEmpty();
        var beyond = withMadeAt(good, NOW.plus(org.nmoregister.orders.OrderRules.CLOCK_SKEW).plusSeconds(1));
        assertThat(NotificationValidator.complete(beyond, NOW, true)).extracting(FieldError::field, FieldError::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("madeAt", "is in the future"));
    }

    @Test
    void theRegistersFindingsAreNamedAsTheNotificationNamesThem() {
        var good = SampleNotifications.complete("LS26F00123");
        var servedBefore = withService(good, good.madeAt().minusSeconds(60), "PERSONAL", "PC 1");
        assertThat(NotificationValidator.complete(servedBefore, NOW, false))
                .extracting(FieldError::field, FieldError::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("servedAt", "is before the order was made"));
        var nobody = new NotificationData(good.court(), good.caseNumber(), good.orderType(), good.madeAt(),
                good.withoutNotice(), good.returnHearing(), good.endsAt(), false, false, true, null, null, null,
                null, null, good.terms(), null, null, null, null, null);
        assertThat(fields(NotificationValidator.complete(nobody, NOW, true)))
                .containsExactly("applicant.name", "respondent.name");
    }

    @Test
    void whatIsCheckedDependsOnWhatTheNoticeDoes() {
        var serviceOnly = new NotificationData("Leeds Family Court", "LS26F00123", "NMO", null, null, null, null,
                null, null, null, null, null, null, null, null, null, NOW, null, null, null, null);
        assertThat(NotificationValidator.forChange(org.nmoregister.orders.ChangeKind.SERVICE, serviceOnly, NOW, true))
                .isEmpty();
        assertThat(fields(NotificationValidator.forChange(org.nmoregister.orders.ChangeKind.DISCHARGE, serviceOnly,
                NOW, true))).containsExactly("dischargedAt");
        assertThat(fields(NotificationValidator.forChange(org.nmoregister.orders.ChangeKind.VARIATION, serviceOnly,
                NOW, true))).contains("madeAt", "terms", "applicant.name");
        assertThat(fields(NotificationValidator.forChange(null, serviceOnly, NOW, true))).contains("madeAt");
    }

    private static NotificationData withMadeAt(NotificationData d, Instant madeAt) {
        return new NotificationData(d.court(), d.caseNumber(), d.orderType(), madeAt, d.withoutNotice(),
                d.returnHearing(), d.endsAt(), d.untilFurtherOrder(), d.untilNextHearing(), d.penalNotice(),
                d.applicant(), d.otherProtectedPersons(), d.respondent(), d.children(), d.relationship(), d.terms(),
                d.servedAt(), d.serviceMethod(), d.servedBy(), d.dischargedAt(), d.notes());
    }

    @Test
    void aServiceConfirmationNeedsOnlyTheOrderAndTheService() {
        var confirmation = new NotificationData("Leeds Family Court", "LS26F00123", "NMO", null, null, null, null,
                null, null, null, null, null, null, null, null, null, NOW, "PERSONAL", "PC 123", null, null);
        assertThat(NotificationValidator.serviceConfirmation(confirmation, false)).isEmpty();
        assertThat(fields(NotificationValidator.serviceConfirmation(NotificationData.EMPTY, true)))
                .containsExactly("court", "caseNumber", "orderType", "servedAt");
    }

    @Test
    void serviceTheCourtReportsWithoutAMethodIsKeptAndAnyoneElseMustSayHow() {
        var served = withService(SampleNotifications.complete("LS26F00123"), NOW.minusSeconds(3600), null, null);
        assertThat(NotificationValidator.complete(served, NOW, true)).isEmpty();
        assertThat(NotificationMapper.toDetails(served).service()).singleElement().satisfies(s -> {
            assertThat(s.servedAt()).isEqualTo(NOW.minusSeconds(3600));
            assertThat(s.method()).isEqualTo(org.nmoregister.orders.ServiceMethod.NOT_STATED_BY_COURT);
        });
        assertThat(fields(NotificationValidator.complete(served, NOW, false))).containsExactly("serviceMethod");
        assertThat(fields(NotificationValidator.serviceConfirmation(served, false))).containsExactly("serviceMethod");
        assertThat(NotificationValidator.serviceConfirmation(served, true)).isEmpty();
    }

    @Test
    void whoServedItWithoutWhenIsRefusedRatherThanDropped() {
        var byWhomOnly = withService(SampleNotifications.complete("LS26F00123"), null, null, "PC 123");
        assertThat(fields(NotificationValidator.complete(byWhomOnly, NOW, true))).containsExactly("servedAt");
    }

    private static NotificationData withService(NotificationData d, Instant servedAt, String method, String by) {
        return new NotificationData(d.court(), d.caseNumber(), d.orderType(), d.madeAt(), d.withoutNotice(),
                d.returnHearing(), d.endsAt(), d.untilFurtherOrder(), d.untilNextHearing(), d.penalNotice(),
                d.applicant(), d.otherProtectedPersons(), d.respondent(), d.children(), d.relationship(), d.terms(),
                servedAt, method, by, d.dischargedAt(), d.notes());
    }
}
