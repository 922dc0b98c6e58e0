package org.nmoregister.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.retention.HeldRecord;
import org.nmoregister.retention.HeldRecord.Field;

class RedactionTest {

    static final UUID CASE = UUID.randomUUID();
    static final UUID OTHER_CASE = UUID.randomUUID();

    static Redaction.Requester applicant() {
        return new Redaction.Requester(Map.of(CASE, Set.of(HeldRecord.person("Jane Smith"),
                HeldRecord.person("Jane Brown"))), Map.of(CASE, Set.of("APPLICANT")));
    }

    static Redaction.Requester respondent() {
        return new Redaction.Requester(Map.of(CASE, Set.of(HeldRecord.person("John Smith"))),
                Map.of(CASE, Set.of("RESPONDENT")));
    }

    @Test
    void theCaseAndThePersonsOwnDetailsAreReleased() {
        assertThat(Redaction.reason(Field.ofCase("Court", "Leeds Family Court"), CASE, applicant())).isNull();
        assertThat(Redaction.reason(Field.about("Name", "Jane Smith", "Jane Smith"), CASE, applicant())).isNull();
        // under an alias, written another way
        assertThat(Redaction.reason(Field.about("Name", "Jane Brown", "JANE  BROWN"), CASE, applicant())).isNull();
        assertThat(Redaction.reason(Field.confidential("Address", "14 Acacia Avenue", "Jane Smith"), CASE,
                applicant())).isNull();
    }

    @Test
    void anotherPartysDetailsAreMarkedAndTheirConfidentialOnesSaySo() {
        assertThat(Redaction.reason(Field.about("Respondent", "John Smith", "John Smith"), CASE, applicant()))
                .isEqualTo(Redaction.ANOTHER_PARTY);
        assertThat(Redaction.reason(Field.confidential("Address", "14 Acacia Avenue", "Jane Smith"), CASE,
                respondent())).isEqualTo(Redaction.ANOTHER_PARTY_C8);
    }

    @Test
    void theRespondentIsNotGivenAConfidentialDetailRecordedAgainstThemselves() {
        assertThat(Redaction.reason(Field.confidential("Address", "1 Shared Road", "John Smith"), CASE,
                respondent())).isEqualTo(Redaction.WITHHELD_FROM_RESPONDENT);
    }

    @Test
    void thirdPartiesAndFreeTextAreMarked() {
        assertThat(Redaction.reason(Field.thirdParty("Witnesses", "Mrs Patel next door"), CASE, applicant()))
                .isEqualTo(Redaction.THIRD_PARTY);
        assertThat(Redaction.reason(Field.freeText("What happened", "He came to the door"), CASE, applicant()))
                .isEqualTo(Redaction.SEVERAL);
        assertThat(Redaction.reason(new Field("Term 2", "must not enter 14 Acacia Avenue", null, true), CASE,
                applicant())).isEqualTo(Redaction.ANOTHER_PARTY_C8);
    }

    @Test
    void aNameIsTheirsOnlyInTheCaseTheyAreAPartyTo() {
        assertThat(Redaction.reason(Field.about("Name", "Jane Smith", "Jane Smith"), OTHER_CASE, applicant()))
                .isEqualTo(Redaction.ANOTHER_PARTY);
    }

    @Test
    void aFieldWithNoNameIsAThirdParty() {
        assertThat(HeldRecord.person(null)).isEqualTo(HeldRecord.THIRD_PARTY);
        assertThat(HeldRecord.person("  O'Brien,  Seán ")).isEqualTo(HeldRecord.person("obrien sean"));
    }
}
