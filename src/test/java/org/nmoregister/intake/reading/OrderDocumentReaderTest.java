package org.nmoregister.intake.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class OrderDocumentReaderTest {

    private static final String FL404A = """
            In the Family Court sitting at Leeds
            Case No. LS26F00123
            NON-MOLESTATION ORDER
            Between
            MS JANE O'BRIEN      Applicant
            and
            MR DARREN HUGHES     Respondent
            The Respondent's date of birth: 4th May 1988
            On Tuesday 3 March 2026 at 2.15pm District Judge Harper considered the application.
            The order was made without notice to the respondent.
            The court orders that the Respondent Darren HUGHES must not:
            1. use or threaten violence against the applicant;
            2. go to, enter or attempt to enter 14 Acacia Avenue, Leeds LS6 3QT, or
               go within 100 metres of it.
            Return hearing: the court will reconsider the application on 17/03/2026 at 10:30.
            This order shall last until 3 September 2026 at 4pm unless varied or discharged.
            PENAL NOTICE
            """;

    @Test
    void readsEachFieldWithItsSpanInTheText() {
        OrderReading reading = OrderDocumentReader.read(FL404A);
        assertThat(reading.value("court")).isEqualTo("The Family Court at Leeds");
        assertThat(reading.value("caseNumber")).isEqualTo("LS26F00123");
        assertThat(reading.value("orderType")).isEqualTo("NMO");
        assertThat(reading.value("change")).isEqualTo("NEW_ORDER");
        assertThat(reading.value("madeAt")).isEqualTo("2026-03-03T14:15");
        assertThat(reading.value("withoutNotice")).isEqualTo("true");
        assertThat(reading.value("returnHearingAt")).isEqualTo("2026-03-17T10:30");
        assertThat(reading.value("endsAt")).isEqualTo("2026-09-03T16:00");
        assertThat(reading.value("penalNotice")).isEqualTo("true");
        assertThat(reading.value("applicantName")).isEqualTo("Jane O'Brien");
        assertThat(reading.value("respondentName")).isEqualTo("Darren Hughes");
        assertThat(reading.value("respondentDateOfBirth")).isEqualTo("1988-05-04");
        assertThat(reading.termTexts()).containsExactly(
                "The respondent must not use or threaten violence against the applicant",
                "The respondent must not go to, enter or attempt to enter 14 Acacia Avenue, Leeds LS6 3QT, or go within 100 metres of it.");
        for (ReadField field : reading.fields().values()) {
            assertThat(field.end()).isLessThanOrEqualTo(FL404A.length());
            assertThat(field.confidence()).isBetween(0.0, 1.0);
        }
        ReadField name = reading.field("respondentName").orElseThrow();
        assertThat(FL404A.substring(name.start(), name.end()).toLowerCase(Locale.ROOT)).isEqualTo("darren hughes");
        ReadField term = reading.terms().get(1);
        assertThat(FL404A.substring(term.start(), term.end())).startsWith("2. go to").endsWith("within 100 metres of it.");
    }

    @Test
    void aCourtsWarningThatOneMayApplyToVaryIsNotAVariation() {
        OrderReading reading = OrderDocumentReader.read("""
                Leeds Family Court
                Non-molestation order
                The respondent may apply to the court to vary or discharge this order.
                """);
        assertThat(reading.value("change")).isEqualTo("NEW_ORDER");
    }

    @Test
    void aDocumentWithNothingOfAnOrderFillsNothingButTheDefaults() {
        OrderReading reading = OrderDocumentReader.read("Dear colleague, please find attached. Regards");
        assertThat(reading.value("court")).isNull();
        assertThat(reading.value("caseNumber")).isNull();
        assertThat(reading.value("respondentName")).isNull();
        assertThat(reading.terms()).isEmpty();
    }
}
