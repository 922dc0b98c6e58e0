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

    private static NotificationForm typed(String... pairs) {
        java.util.Map<String, String[]> parameters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], new String[] {pairs[i + 1]});
        }
        NotificationForm form = new NotificationForm();
        form.typed(parameters);
        return form;
    }

    @Test
    void eachChildIsReadFromItsOwnRowAndEmptyRowsAreIgnored() {
        NotificationForm form = typed("child-0-name", "Amy Smith", "child-0-dob-day", "3", "child-0-dob-month", "3",
                "child-0-dob-year", "2015", "child-1-name", "", "child-1-dob-day", "", "child-2-name", " Ben Smith ",
                "child-2-dob-day", "", "child-2-dob-month", "", "child-2-dob-year", "");
        List<FieldError> errors = new ArrayList<>();
        NotificationData data = form.apply(NotificationData.EMPTY, errors);
        assertThat(errors).isEmpty();
        assertThat(data.children()).extracting(NotificationData.Person::name, NotificationData.Person::dateOfBirth)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Amy Smith", java.time.LocalDate.of(2015, 3, 3)),
                        org.assertj.core.groups.Tuple.tuple("Ben Smith", null));
        assertThat(form.childRows()).hasSize(3);
    }

    @Test
    void aChildsWrongDateOrMissingNameBelongsToItsRow() {
        NotificationForm form = typed("child-0-name", "Amy Smith", "child-0-dob-day", "31", "child-0-dob-month", "4",
                "child-0-dob-year", "2015", "child-1-name", "", "child-1-dob-day", "1", "child-1-dob-month", "2",
                "child-1-dob-year", "2016", "child-2-name", "Cy Smith", "child-2-dob-day", "1",
                "child-2-dob-month", "", "child-2-dob-year", "2017");
        List<FieldError> errors = new ArrayList<>();
        form.apply(NotificationData.EMPTY, errors);
        assertThat(errors).extracting(FieldError::field, FieldError::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("child-0-dob-day", "Child 1’s date of birth must be a real date"),
                org.assertj.core.groups.Tuple.tuple("child-1-name", "Enter the name of child 2, or clear their date of birth"),
                org.assertj.core.groups.Tuple.tuple("child-2-dob-month", "Child 3’s date of birth must include a month"));
    }

    @Test
    void theRegistersErrorsAboutAChildGoToTheRowItWasTypedIn() {
        // row 0 left empty: the data's first child is row 1's, its second row 2's
        NotificationForm form = typed("child-0-name", "", "child-1-name", "Amy Smith", "child-2-name", "Ben Smith");
        form.apply(NotificationData.EMPTY, new ArrayList<>());
        assertThat(form.onRows(List.of(new FieldError("children[0].dateOfBirth", "is in the future"),
                        new FieldError("children[1].name", "is longer than 200 characters"),
                        new FieldError("children[1]", "is not a person"),
                        new FieldError("children[7].name", "unknown"), new FieldError("court", "is required"))))
                .extracting(FieldError::field)
                .containsExactly("child-1-dob-day", "child-2-name", "child-2-name", "children[7].name", "court");
        assertThat(NotificationErrorWords.say("child-1-dob-day", "is in the future"))
                .isEqualTo("The date of birth of child 2 is in the future");
        assertThat(NotificationErrorWords.say("child-2-name", "is longer than 200 characters"))
                .isEqualTo("The name of child 3 is longer than 200 characters");
    }

    @Test
    void theChildrenHeldAreShownOneARowWithARowForAnotherAndAddingStopsAtTheLimit() {
        NotificationForm held = NotificationForm.from(SampleNotifications.complete("LS26F00123"));
        assertThat(held.childRows()).extracting(NotificationForm.ChildRow::name).containsExactly("Amy Smith", null);
        assertThat(held.childRows().get(0).dateOfBirth().year()).isEqualTo("2015");
        assertThat(held.focusChild()).isNull();
        held.addChildRow();
        assertThat(held.childRows()).hasSize(3);
        assertThat(held.focusChild()).isEqualTo("child-2-name");

        NotificationForm full = new NotificationForm();
        for (int i = full.childRows().size(); i < NotificationForm.MAX_CHILDREN; i++) {
            full.addChildRow();
        }
        assertThat(full.childRows()).hasSize(NotificationForm.MAX_CHILDREN);
        assertThat(full.canAddChild()).isFalse();
        full.addChildRow();
        assertThat(full.childRows()).hasSize(NotificationForm.MAX_CHILDREN);
        assertThat(full.focusChild()).isNull();
    }
}
