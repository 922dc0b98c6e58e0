package org.nmoregister.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A notification's problems said in words on the pages: no field paths, no codes, no lists of codes. */
class NotificationErrorWordsTest {

    @Test
    void theValidatorsReasonsAreSaidInWords() {
        assertThat(NotificationErrorWords.say("orderType", "is required: one of [NMO, OCCUPATION_ORDER, DAPO]"))
                .isEqualTo("Choose the type of order");
        assertThat(NotificationErrorWords.say("respondentName", "is required")).isEqualTo("Enter the respondent's name");
        assertThat(NotificationErrorWords.say("endsAt", "is required unless untilFurtherOrder or untilNextHearing is true"))
                .isEqualTo("Say how long the order lasts: until a date, until further order or until the next hearing");
        assertThat(NotificationErrorWords.say("relationship", "'COUSINS' is not one of [FORMER_SPOUSE, OTHER]"))
                .isEqualTo("Choose the relationship to the applicant from the list");
        assertThat(NotificationErrorWords.say("withoutNotice", "is required: true if the order was made without notice"))
                .isEqualTo("Say whether the order was made without notice to the respondent");
        assertThat(NotificationErrorWords.say("serviceMethod", "is required when the order was served: how the "
                + "respondent was served or made aware, one of [PERSONAL, POSTAL]"))
                .isEqualTo("Choose how the respondent was served or made aware");
        assertThat(NotificationErrorWords.say("respondentAddressLine1", "an address needs at least its first line or its postcode"))
                .isEqualTo("Enter the first line or the postcode of the respondent's address");
        assertThat(NotificationErrorWords.say("terms", "at least one term is required, verbatim as the order states it"))
                .isEqualTo("At least one term is required, verbatim as the order states it");
    }

    @Test
    void aSentenceStandsAloneAndAFragmentIsSaidOfTheField() {
        assertThat(NotificationErrorWords.say("madeAt-month", "Date made must include a month"))
                .isEqualTo("Date made must include a month");
        assertThat(NotificationErrorWords.say("reason", "Give the reason the notification is rejected."))
                .isEqualTo("Give the reason the notification is rejected");
        assertThat(NotificationErrorWords.say("court", "is longer than 200 characters"))
                .isEqualTo("The court is longer than 200 characters");
        assertThat(NotificationErrorWords.say("somethingNew", "must be in the past"))
                .isEqualTo("The something new must be in the past");
        assertThat(NotificationErrorWords.say("orderType", "one of [NMO, DAPO]")).isEqualTo("Check the type of order");
    }

    @Test
    void aDataPathIsNamedAsTheFormNamesIt() {
        assertThat(NotificationErrorWords.fieldName("respondent.name")).isEqualTo("Respondent's name");
        assertThat(NotificationErrorWords.fieldName("terms[2]")).isEqualTo("Terms");
        assertThat(NotificationErrorWords.fieldName("returnHearing.at")).isEqualTo("Return hearing");
        assertThat(NotificationErrorWords.fieldName("manualOrigin")).isEqualTo("Who told the force");
    }
}
