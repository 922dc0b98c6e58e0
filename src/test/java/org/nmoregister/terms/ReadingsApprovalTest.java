package org.nmoregister.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every wording in the tables read in full — type, whom it protects and by name, channels, direct or indirect,
 * others acting, places and their addresses, distance, hours, exceptions, the span of every attribute — and every
 * finding with its severity, term and advice, compared with the approved readings in
 * {@code src/test/resources/terms/readings.approved.txt}. The accuracy tables measure how often the reader is right;
 * this one says exactly what it reads, so any change to a reading, better or worse, is seen and approved in review.
 * After a deliberate change: {@code ./mvnw test -Dtest=ReadingsApprovalTest -Dnmo.approve=true}, then read the diff.
 */
class ReadingsApprovalTest {

    private static final Path APPROVED = Path.of("src/test/resources/terms/readings.approved.txt");
    private static final List<String> TABLES = List.of("/terms/wordings.txt", "/terms/held-out.txt",
            "/terms/held-out-2.txt", "/terms/held-out-3.txt");

    private final TermsChecker checker = new TermsChecker();

    @Test
    void everyWordingIsReadAsApproved() throws IOException {
        String received = readings();
        if (Boolean.getBoolean("nmo.approve")) {
            Files.writeString(APPROVED, received, StandardCharsets.UTF_8);
        }
        String approved = Files.readString(APPROVED, StandardCharsets.UTF_8);
        if (!received.equals(approved)) {
            Path out = Path.of("target/readings.received.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, received, StandardCharsets.UTF_8);
        }
        List<String> want = approved.lines().toList();
        List<String> got = received.lines().toList();
        for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
            assertThat(got.get(i)).as("line %d of %s (whole reading in target/readings.received.txt)", i + 1,
                    APPROVED).isEqualTo(want.get(i));
        }
        assertThat(got).hasSameSizeAs(want);
    }

    private String readings() throws IOException {
        StringBuilder out = new StringBuilder();
        for (String table : TABLES) {
            for (WordingCases.Case c : WordingCases.load(table).cases()) {
                out.append("> ").append(table).append(':').append(c.line()).append(' ')
                        .append(c.text().replace("\n", "\\n")).append('\n');
                TermsReading reading = checker.check(c.text(), OrderContext.none());
                out.append(ReadingFormat.reading(reading.clauses(), reading.findings()));
            }
        }
        return out.toString();
    }
}
