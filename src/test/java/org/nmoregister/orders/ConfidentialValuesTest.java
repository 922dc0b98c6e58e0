package org.nmoregister.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfidentialValuesTest {

    private static final ConfidentialValues REFUGE = ConfidentialValues.of(
            List.of(new Address("14 Acacia Avenue", "Refuge Wing", "Leeds", "LS6 2AB", true)),
            List.of(new ContactDetail(ContactDetail.Kind.PHONE, "07700 900123", true),
                    new ContactDetail(ContactDetail.Kind.EMAIL, "Jane.Refuge@Example.org", true),
                    new ContactDetail(ContactDetail.Kind.SOCIAL_MEDIA, "@janeR_1990", true)));

    @ParameterizedTest
    @ValueSource(strings = {
            "not to go within 100 m of 14 Acacia Avenue",
            "not to go within 100 m of 14 acacia ave.",
            "the home at 14, Acacia Ave, Leeds",
            "14  ACACIA   AVENUE",
            "Wing, 14 Acacia Ave",
            "the Refuge Wing of the house",
            "refuge-wing",
            "postcode LS6 2AB",
            "postcode ls62ab",
            "postcode LS6  2ab",
            "postcode L S 6 2 A B",
            "call 07700 900123",
            "call 07700900123",
            "call +44 7700 900123",
            "call +44 (0)7700 900 123",
            "call 0044 7700-900-123",
            "call (07700) 900123",
            "write to jane.refuge@example.org",
            "write to JANE.REFUGE@EXAMPLE.ORG.",
            "messages from @janer_1990 on Instagram",
            "instagram.com/JaneR_1990",
            "at 14 Acácia Avenue",
    })
    void findsTheConfidentialValueInTheFormsPeopleWriteIt(String text) {
        assertThat(REFUGE.appearsIn(text)).as(text).isTrue();
        String redacted = REFUGE.redact(text);
        assertThat(redacted).contains(ConfidentialValues.REDACTED);
        assertThat(REFUGE.appearsIn(redacted)).as(redacted).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Leeds",
            "anywhere in Leeds LS6",
            "Acacia Avenue",
            "16 Acacia Avenue",
            "114 Acacia Avenue",
            "14 Acacia Road",
            "Flat 14, Birch Avenue",
            "a wing of the hospital",
            "call 07700 900124",
            "the order was made on 2026-12-04 at 14:00",
            "jane@example.org",
            "LS6 2AC",
            "case LS62ABC",
            "@janer_19901",
    })
    void leavesWhatIsNotTheSecretAlone(String text) {
        assertThat(REFUGE.appearsIn(text)).as(text).isFalse();
        assertThat(REFUGE.redact(text)).isEqualTo(text);
    }

    @Test
    void withholdsOnlyTheSecretAndKeepsTheRestOfTheSentence() {
        assertThat(REFUGE.redact("Not to go within 100 metres of the home at 14 Acacia Avenue, Leeds LS6 2AB."))
                .isEqualTo("Not to go within 100 metres of the home at " + ConfidentialValues.REDACTED + ", Leeds "
                        + ConfidentialValues.REDACTED + ".");
    }

    @Test
    void aFlatNumberAloneIsNotTheSecretButTheBuildingWithItIs() {
        var flat = ConfidentialValues.of(List.of(new Address("Flat 2, 9 St Mary's Rd", null, "York", "YO1 7HH",
                true)), List.of());
        assertThat(flat.appearsIn("Flat 2")).isFalse();
        assertThat(flat.appearsIn("9 Saint Marys Road")).isTrue();
        assertThat(flat.appearsIn("9 St. Mary's Road")).isTrue();
        assertThat(flat.appearsIn("9 Street Mary’s Rd")).isTrue();
        assertThat(flat.appearsIn("flat 2 9 st marys rd")).isTrue();
        assertThat(flat.appearsIn("Flat 2, 11 St Mary's Road")).isFalse();
    }

    @Test
    void theOrderGivesEveryConfidentialValueOfEveryPartyAndNothingElse() {
        var applicant = new ProtectedPerson("Jane Doe", null, List.of(),
                List.of(new Address("14 Acacia Avenue", null, "Leeds", "LS6 2AB", true)),
                List.of(new ContactDetail(ContactDetail.Kind.PHONE, "+44 7700 900123", true),
                        new ContactDetail(ContactDetail.Kind.PHONE, "0113 496 0000", false)));
        var child = new ProtectedPerson("Sam Doe", null, List.of(),
                List.of(new Address("Rosemount School", null, "Leeds", null, true)), List.of());
        var respondent = new Respondent("John Doe", null, List.of(),
                List.of(new Address("16 Acacia Avenue", null, "Leeds", "LS6 2AD", false)), List.of(), null, null,
                null);
        var order = new OrderDetails("Leeds", "LS26F001", OrderType.NMO, null, false, null, null,
                null, true, applicant, List.of(), List.of(child), respondent, null, List.of(), List.of(), null, null);
        var values = ConfidentialValues.of(order);
        assertThat(values.appearsIn("ring 07700900123")).isTrue();
        assertThat(values.appearsIn("the rosemount school gates")).isTrue();
        assertThat(values.appearsIn("ring 0113 496 0000")).isFalse();
        assertThat(values.appearsIn("he lives at 16 Acacia Avenue, LS6 2AD")).isFalse();
    }

    @Test
    void noConfidentialDetailsWithholdsNothing() {
        assertThat(ConfidentialValues.NONE.redact("14 Acacia Avenue")).isEqualTo("14 Acacia Avenue");
        assertThat(ConfidentialValues.of(List.of(new Address("14 Acacia Avenue", null, null, null, false)), List.of())
                .isEmpty()).isFalse(); // of(addresses, ...) trusts its caller to pass only confidential ones
    }

    record Note(String text, java.util.UUID id, List<String> lines, java.util.Map<String, Object> more) {
    }

    @Test
    void aViewIsRebuiltWithEveryStringWithheldAndNothingElseChanged() {
        var id = java.util.UUID.randomUUID();
        var view = new Note("ring 07700 900123", id, List.of("at 14 Acacia Ave", "Leeds"),
                java.util.Map.of("nested", new Note("LS6 2AB", id, List.of(), java.util.Map.of())));
        Note masked = Confidentiality.withhold(view, REFUGE);
        assertThat(masked.text()).isEqualTo("ring " + ConfidentialValues.REDACTED);
        assertThat(masked.id()).isEqualTo(id);
        assertThat(masked.lines()).containsExactly("at " + ConfidentialValues.REDACTED, "Leeds");
        assertThat(((Note) masked.more().get("nested")).text()).isEqualTo(ConfidentialValues.REDACTED);
        Note clean = new Note("nothing here", id, List.of(), java.util.Map.of());
        assertThat(Confidentiality.withhold(clean, REFUGE)).isSameAs(clean);
    }

    @Test
    void theMaskedOrderWithholdsTheAddressRecordAndEveryRepetitionOfIt() {
        var order = OrderFixtures.withoutNoticeNmo("LS26F0001", java.time.Instant.parse("2026-11-01T10:00:00Z"));
        OrderDetails masked = Confidentiality.mask(order);
        assertThat(masked.applicant().addresses().get(0).line1()).isEqualTo(Confidentiality.WITHHELD);
        assertThat(masked.applicant().contacts().get(0).value()).isEqualTo(Confidentiality.WITHHELD);
        assertThat(masked.terms().get(1).text()).doesNotContain("Acacia Avenue", "LS6 2AB")
                .contains(ConfidentialValues.REDACTED);
        assertThat(masked.respondent().addresses().get(0).line1()).isEqualTo("3 Mill Lane");
        assertThat(masked.applicant().name()).isEqualTo("Jane Smith");
    }
}
