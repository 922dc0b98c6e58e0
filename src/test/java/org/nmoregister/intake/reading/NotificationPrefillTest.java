package org.nmoregister.intake.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmoregister.intake.internal.NotificationData;

class NotificationPrefillTest {

    @Test
    void aReadingFillsTheNotificationInUkTimeWithTheConfidentialAddressMarked() {
        OrderCorpus.Doc doc = OrderCorpus.make(OrderCorpus.Layout.OCCUPATION_C8, 9001);
        String text = String.join("\n", doc.lines());
        NotificationData data = NotificationPrefill.data(OrderDocumentReader.read(text));
        assertThat(data.orderType()).isEqualTo("OCCUPATION_ORDER");
        assertThat(data.madeAt()).isEqualTo(java.time.LocalDateTime.parse(doc.expected().get("madeAt"))
                .atZone(NotificationPrefill.UK).toInstant());
        assertThat(data.withoutNotice()).isTrue();
        assertThat(data.returnHearing().court()).isEqualTo(doc.expected().get("court"));
        assertThat(data.untilNextHearing()).isTrue();
        assertThat(data.endsAt()).isNull();
        assertThat(data.applicant().address().confidential()).isTrue();
        assertThat(data.applicant().address().line1()).isNull();
        assertThat(data.respondent().dateOfBirth()).isEqualTo(LocalDate.parse(doc.expected().get("respondentDateOfBirth")));
        assertThat(data.children()).hasSize(1);
        assertThat(data.terms()).hasSameSizeAs(doc.terms());
        assertThat(data.dischargedAt()).isNull();
    }

    @Test
    void aDischargeIsDatedWhenItWasMadeAndAnAddressIsSplitIntoItsLines() {
        OrderReading discharge = OrderDocumentReader.read(String.join("\n",
                OrderCorpus.make(OrderCorpus.Layout.DISCHARGE, 9002).lines()));
        NotificationData data = NotificationPrefill.data(discharge);
        assertThat(NotificationPrefill.statedChange(discharge)).isEqualTo("DISCHARGE");
        assertThat(data.dischargedAt()).isEqualTo(data.madeAt()).isNotNull();

        OrderReading table = OrderDocumentReader.read("""
                Respondent's name    Mr Wayne Fletcher
                Respondent's address    Flat 3, 83 Station Road, Preston PR1 8UY
                """);
        var address = NotificationPrefill.data(table).respondent().address();
        assertThat(List.of(address.line1(), address.town(), address.postcode()))
                .containsExactly("Flat 3, 83 Station Road", "Preston", "PR1 8UY");
        assertThat(address.confidential()).isFalse();
        // an end with no time is the end of that day, in UK time
        assertThat(NotificationPrefill.data(OrderDocumentReader.read("This order lasts until 3 May 2027.")).endsAt())
                .isEqualTo(Instant.parse("2027-05-03T22:59:00Z"));
    }

    @Test
    void aRestrainingOrdersPowerIsNotedForThePointOfContact() {
        NotificationData acquittal = NotificationPrefill.data(OrderDocumentReader.read("""
                Leeds Magistrates' Court
                RESTRAINING ORDER ON ACQUITTAL
                Protection from Harassment Act 1997, section 5A
                """));
        assertThat(acquittal.orderType()).isEqualTo("RESTRAINING_ORDER");
        assertThat(acquittal.notes()).isEqualTo("Restraining order made on acquittal, Protection from Harassment Act 1997 "
                + "s.5A (as the order document states).");
        assertThat(NotificationPrefill.data(OrderDocumentReader.read("NON-MOLESTATION ORDER\nFamily Law Act 1996 s.42"))
                .notes()).isNull();
    }
}
