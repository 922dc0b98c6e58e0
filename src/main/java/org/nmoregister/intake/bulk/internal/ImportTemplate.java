package org.nmoregister.intake.bulk.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The downloadable template: every column, and one made-up example row showing how values are written. */
public final class ImportTemplate {

    private static final List<String> EXAMPLE = List.of(
            "Leeds Family Court", "LS26F00123", "NMO", "02/11/2026 10:30", "yes", "16/11/2026 10:00",
            "Leeds Family Court", "16/11/2026 16:00", "no", "yes", "Jane Example", "01/05/1990",
            "14 Acacia Avenue", "", "Leeds", "LS6 2AB", "yes", "John Example", "12/04/1988",
            "Johnny Example; JJ", "3 Mill Lane", "", "Leeds", "LS12 1AA", "White male, 6ft, slim, tattoo on left hand",
            "Blue Ford Focus YX19 ABC", "VIOLENCE; ALCOHOL", "Has threatened officers with a dog in the past",
            "Amy Example|03/03/2015", "FORMER_SPOUSE",
            "1. The respondent John Example must not use or threaten violence against the applicant Jane Example, "
                    + "and must not instruct, encourage or in any way suggest that any other person should do so. "
                    + "2. The respondent John Example must not telephone, text, email or otherwise contact or attempt "
                    + "to contact the applicant Jane Example, and must not instruct, encourage or in any way suggest "
                    + "that any other person should do so.",
            "03/11/2026 18:20", "PERSONAL", "PC 1234 Example", "", "");

    private ImportTemplate() {
    }

    public static String csv() {
        List<String> headers = new ArrayList<>(ImportColumns.ALL.keySet());
        if (headers.size() != EXAMPLE.size()) {
            throw new IllegalStateException("The template's example row does not match the columns");
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(headers);
            printer.printRecord(EXAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
