package org.nmoregister.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nmoregister.intake.bulk.internal.CsvImportReader;
import org.nmoregister.intake.bulk.internal.ImportFile;
import org.nmoregister.intake.bulk.internal.RowParser;
import org.springframework.core.io.ClassPathResource;

/** The demo files are in the public import format, and every row of them is valid, whatever today's date. */
class DemoFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"northshire", "southvale"})
    void everyRowOfTheDemoFileIsValidOnceItsDatesAreMoved(String force) throws Exception {
        byte[] content = new ClassPathResource("demo/orders-" + force + ".csv").getInputStream().readAllBytes();
        ImportFile file = new CsvImportReader(5_000_000, 1000).read("orders-" + force + ".csv", content);
        assertThat(file.ignoredColumns()).isEmpty();
        Matcher reference = Pattern.compile("reference-date:\\s*(\\S+)").matcher(file.headerComment());
        assertThat(reference.find()).isTrue();
        long shift = ChronoUnit.DAYS.between(LocalDate.parse(reference.group(1)), LocalDate.now());
        RowParser parser = new RowParser(Clock.systemUTC());
        assertThat(file.rows()).allSatisfy(row ->
                assertThat(parser.parse(row, shift).errors()).as("row " + row.rowNumber()).isEmpty());
    }
}
