package org.nmoregister.intake.bulk.internal;

import java.util.List;
import java.util.Map;

/**
 * A CSV file read into rows keyed by column name.
 *
 * @param headerComment  the comment lines (starting with #) before the header, if any
 * @param ignoredColumns headers that name no known column
 */
public record ImportFile(String headerComment, List<RawRow> rows, List<String> ignoredColumns) {

    /** One data row: its spreadsheet row number (header = 1) and its values by normalised column name. */
    public record RawRow(int rowNumber, Map<String, String> values) {

        public String get(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
