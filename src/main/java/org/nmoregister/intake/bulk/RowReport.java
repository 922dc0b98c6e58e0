package org.nmoregister.intake.bulk;

import java.util.List;
import java.util.UUID;

/**
 * What happened to one row of an import.
 *
 * @param rowNumber  the row as a spreadsheet numbers it: the header is row 1, the first order row 2
 * @param caseNumber the row's case number as written, to find it again
 * @param orderId    the order created, when imported
 * @param errors     why the row was not imported, by column
 */
public record RowReport(int rowNumber, String caseNumber, Outcome outcome, UUID orderId, List<RowError> errors) {

    public RowReport {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public enum Outcome {
        /** Imported: the order and its service are recorded. */
        IMPORTED,
        /** Dry run: the row is valid and would be imported. */
        VALID,
        /** The force already holds this court's order of this type in this case; nothing changed. */
        SKIPPED,
        /** Not imported; see the errors. */
        ERROR
    }

    /** A column and what is wrong with its value. */
    public record RowError(String field, String reason) {
    }
}
