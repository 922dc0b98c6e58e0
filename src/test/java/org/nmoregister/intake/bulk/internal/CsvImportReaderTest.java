package org.nmoregister.intake.bulk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nmoregister.platform.InvalidRequestException;

class CsvImportReaderTest {

    private final CsvImportReader reader = new CsvImportReader(10_000, 3);

    private static final String HEADER = "Court, Case Number ,ORDER-TYPE,made at,Applicant Name,respondent_name,Terms,"
            + "Favourite colour\n";

    @Test
    void toleratesBomHeaderCaseAndSpacingAndReportsUnknownColumns() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String body = HEADER + "Leeds FC,LS1,NMO,02/11/2026,Jane,John,\"1. a\n2. b\",blue\n,,,,,,,\n";
        byte[] content = new byte[bom.length + body.getBytes(StandardCharsets.UTF_8).length];
        System.arraycopy(bom, 0, content, 0, 3);
        System.arraycopy(body.getBytes(StandardCharsets.UTF_8), 0, content, 3, content.length - 3);

        ImportFile file = reader.read("orders.csv", content);

        assertThat(file.rows()).hasSize(1);
        assertThat(file.rows().get(0).rowNumber()).isEqualTo(2);
        assertThat(file.rows().get(0).get("case_number")).isEqualTo("LS1");
        assertThat(file.rows().get(0).get("terms")).isEqualTo("1. a\n2. b");
        assertThat(file.ignoredColumns()).containsExactly("Favourite colour");
    }

    @Test
    void keepsTheHeaderComment() {
        ImportFile file = reader.read("demo.csv", ("# reference-date: 2026-11-01\n" + HEADER
                + "Leeds FC,LS1,NMO,02/11/2026,Jane,John,a,blue\n").getBytes(StandardCharsets.UTF_8));
        assertThat(file.headerComment()).isEqualTo("reference-date: 2026-11-01");
    }

    @Test
    void refusesWhatIsNotAnOrderCsv() {
        assertRefused("orders.xlsx", "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1), "must be a CSV file");
        assertRefused("orders.csv", new byte[] {'P', 'K', 3, 4, 0, 0, 1}, "binary data");
        assertRefused("orders.csv", new byte[] {'c', 'o', (byte) 0xE9, 'u', 'r', 't', '\n'}, "not UTF-8");
        assertRefused("orders.csv", "name,date\nx,y\n".getBytes(StandardCharsets.UTF_8), "missing: court");
        assertRefused("orders.csv", new byte[0], "empty");
        assertRefused("orders.csv", new byte[10_001], "the limit is 10000 bytes");
        assertRefused("orders.csv", (HEADER + "a\nb\nc\nd\n").getBytes(StandardCharsets.UTF_8), "more than 3 rows");
        assertRefused("orders.csv", "court,case number,case_number\n".getBytes(StandardCharsets.UTF_8),
                "appears twice");
    }

    private void assertRefused(String name, byte[] content, String why) {
        assertThatThrownBy(() -> reader.read(name, content)).isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> {
                    var error = ((InvalidRequestException) e).errors().get(0);
                    assertThat(error.field()).isEqualTo("file");
                    assertThat(error.reason()).contains(why);
                });
    }
}
