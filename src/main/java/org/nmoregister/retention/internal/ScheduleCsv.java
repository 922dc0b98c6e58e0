package org.nmoregister.retention.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.retention.RecordKind;

/**
 * Reads a force's retention schedule from CSV: a header, then one row per kind of record, every kind exactly once.
 * Every problem is named by its row and field ("row 3: review_after_months"); a schedule with any problem is refused
 * whole. Plain Java.
 */
public final class ScheduleCsv {

    public static final List<String> HEADER = List.of("record_kind", "review_trigger", "review_after_months",
            "dispose_without_review", "basis");
    static final int MAX_BASIS = 500;
    static final int MAX_MONTHS = 1200;
    static final int MAX_ROWS = 50;

    private ScheduleCsv() {
    }

    public static List<RetentionSchedule.Rule> read(Reader csv) {
        List<FieldError> errors = new ArrayList<>();
        List<RetentionSchedule.Rule> rules = new ArrayList<>();
        Set<RecordKind> seen = EnumSet.noneOf(RecordKind.class);
        List<CSVRecord> records;
        try {
            records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).get().parse(csv).getRecords();
        } catch (IOException | RuntimeException e) {
            throw new InvalidRequestException("file", "is not a CSV file this service can read: " + e.getMessage());
        }
        if (records.isEmpty()) {
            throw new InvalidRequestException("file", "has no rows: give one row for each kind of record");
        }
        List<String> header = records.get(0).getParser().getHeaderNames();
        if (!header.equals(HEADER)) {
            throw new InvalidRequestException("file", "must have the header " + String.join(",", HEADER));
        }
        if (records.size() > MAX_ROWS) {
            throw new InvalidRequestException("file", "has more than " + MAX_ROWS + " rows");
        }
        for (CSVRecord record : records) {
            String row = "row " + (record.getRecordNumber() + 1) + ": ";
            if (!record.isConsistent()) {
                errors.add(new FieldError(row + "columns", "must have the " + HEADER.size() + " columns of the header"));
                continue;
            }
            RecordKind kind = parse(RecordKind.class, record.get("record_kind"), row + "record_kind", errors);
            ReviewTrigger trigger = parse(ReviewTrigger.class, record.get("review_trigger"), row + "review_trigger",
                    errors);
            Integer months = null;
            try {
                months = Integer.valueOf(record.get("review_after_months"));
                if (months < 1 || months > MAX_MONTHS) {
                    errors.add(new FieldError(row + "review_after_months", "must be between 1 and " + MAX_MONTHS));
                    months = null;
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError(row + "review_after_months", "must be a whole number of months"));
            }
            String without = record.get("dispose_without_review").toLowerCase(Locale.ROOT);
            if (!without.equals("true") && !without.equals("false")) {
                errors.add(new FieldError(row + "dispose_without_review", "must be true or false"));
            }
            String basis = record.get("basis");
            if (basis.isBlank()) {
                errors.add(new FieldError(row + "basis", "is required: say what the period follows"));
            } else if (basis.length() > MAX_BASIS) {
                errors.add(new FieldError(row + "basis", "must be at most " + MAX_BASIS + " characters"));
            } else if (basis.chars().anyMatch(c -> Character.isISOControl(c) && c != ' ')) {
                errors.add(new FieldError(row + "basis", "must not contain control characters"));
            }
            if (kind != null && !seen.add(kind)) {
                errors.add(new FieldError(row + "record_kind", kind + " is given twice"));
            }
            if (kind != null && trigger == ReviewTrigger.LAST_BREACH_OUTCOME && kind != RecordKind.BREACH) {
                errors.add(new FieldError(row + "review_trigger", "LAST_BREACH_OUTCOME applies to BREACH only"));
            }
            if (kind != null && trigger != null && months != null && errors.isEmpty()) {
                rules.add(new RetentionSchedule.Rule(kind, trigger, months, without.equals("true"), basis));
            }
        }
        for (RecordKind kind : RecordKind.values()) {
            if (!seen.contains(kind)) {
                errors.add(new FieldError("record_kind", kind + " has no row: every kind of record needs one"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return rules;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldError> errors) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}
