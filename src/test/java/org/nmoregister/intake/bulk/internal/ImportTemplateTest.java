package org.nmoregister.intake.bulk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ImportTemplateTest {

    @Test
    void theTemplatesExampleRowIsItselfAValidRow() {
        ImportFile file = new CsvImportReader(1_000_000, 10)
                .read("template.csv", ImportTemplate.csv().getBytes(StandardCharsets.UTF_8));
        assertThat(file.ignoredColumns()).isEmpty();
        ParsedRow row = new RowParser(Clock.fixed(Instant.parse("2026-11-20T00:00:00Z"), ZoneOffset.UTC))
                .parse(file.rows().get(0), 0);
        assertThat(row.errors()).isEmpty();
        assertThat(row.order().terms()).hasSize(2);
    }

    @Test
    void columnNamesAreNormalised() {
        assertThat(ImportColumns.normalise("\uFEFF Respondent DOB ")).isEqualTo("respondent_dob");
        assertThat(ImportColumns.normalise("Applicant address (line 1)")).isEqualTo("applicant_address_line_1");
        assertThat(ImportColumns.normalise("served-at")).isEqualTo("served_at");
    }
}
