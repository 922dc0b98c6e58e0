package org.nmoregister.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmoregister.intake.internal.NotificationData;
import org.nmoregister.intake.internal.SampleNotifications;
import org.nmoregister.platform.InvalidRequestException.FieldError;

class NotificationFormTest {

    @Test
    void errorsAboutDataPathsBelongToTheFormFields() {
        assertThat(NotificationForm.fieldFor("respondent.name")).isEqualTo("respondentName");
        assertThat(NotificationForm.fieldFor("returnHearing.at")).isEqualTo("returnHearingAt");
        assertThat(NotificationForm.fieldFor("applicant.address.line1")).isEqualTo("applicantAddressLine1");
        assertThat(NotificationForm.fieldFor("terms[2]")).isEqualTo("terms");
        assertThat(NotificationForm.fieldFor("children[0].dateOfBirth")).isEqualTo("children");
        assertThat(NotificationForm.fieldFor("untilFurtherOrder")).isEqualTo("duration");
    }

    @Test
    void aCompleteNotificationSurvivesTheFormUnchanged() {
        NotificationData data = SampleNotifications.complete("LS26F00123");
        List<FieldError> errors = new ArrayList<>();
        NotificationData back = NotificationForm.from(data).apply(data, errors);
        assertThat(errors).isEmpty();
        assertThat(back.madeAt()).isEqualTo(data.madeAt());
        assertThat(back.returnHearing()).isEqualTo(data.returnHearing());
        assertThat(back.endsAt()).isEqualTo(data.endsAt());
        assertThat(back.terms()).isEqualTo(data.terms());
        assertThat(back.children()).extracting(NotificationData.Person::name, NotificationData.Person::dateOfBirth)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Amy Smith", java.time.LocalDate.parse("2015-03-03")));
        assertThat(back.applicant().address().confidential()).isTrue();
        assertThat(back.respondent().aliases()).containsExactly("Johnny Smith");
    }

    @Test
    void timesAreUkLocalTimeAndUnreadableValuesAreReported() {
        NotificationForm form = new NotificationForm();
        form.madeAt = "2026-07-01T10:30";
        form.endsAt = "tomorrow";
        form.respondentDateOfBirth = "12/04/1988";
        List<FieldError> errors = new ArrayList<>();
        NotificationData data = form.apply(NotificationData.EMPTY, errors);
        assertThat(data.madeAt()).isEqualTo(Instant.parse("2026-07-01T09:30:00Z"));
        assertThat(errors).extracting(FieldError::field).containsExactly("endsAt", "respondentDateOfBirth");
    }
}
