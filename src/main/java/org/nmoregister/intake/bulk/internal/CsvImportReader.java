package org.nmoregister.intake.bulk.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.nmoregister.platform.InvalidRequestException;

/**
 * Reads an uploaded file as CSV, or says clearly why it cannot: too large, not text, not CSV, missing columns.
 * Everything wrong with the file as a whole is found here, before a job starts, so the upload can be refused (400).
 */
public class CsvImportReader {

    private final long maxBytes;
    private final int maxRows;

    public CsvImportReader(long maxBytes, int maxRows) {
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    public ImportFile read(String filename, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidRequestException("file", "The file is empty");
        }
        if (content.length > maxBytes) {
            throw new InvalidRequestException("file", "The file is " + content.length + " bytes; the limit is "
                    + maxBytes + " bytes. Split it into smaller files.");
        }
        if (filename != null && !filename.isBlank() && !filename.toLowerCase().endsWith(".csv")
                && !filename.toLowerCase().endsWith(".txt")) {
            throw new InvalidRequestException("file", "The file must be a CSV file (.csv): export the spreadsheet as "
                    + "'CSV UTF-8'");
        }
        String text = decode(content);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setCommentMarker('#')
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setAllowDuplicateHeaderNames(false)
                .get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Map<String, String> columnsByHeader = new LinkedHashMap<>();
            List<String> ignored = new ArrayList<>();
            for (String header : parser.getHeaderNames()) {
                String column = ImportColumns.normalise(header);
                if (ImportColumns.ALL.containsKey(column)) {
                    if (columnsByHeader.containsValue(column)) {
                        throw new InvalidRequestException("file", "The column " + column + " appears twice");
                    }
                    columnsByHeader.put(header, column);
                } else if (!column.isEmpty()) {
                    ignored.add(header.strip());
                }
            }
            List<String> missing = ImportColumns.REQUIRED.stream()
                    .filter(required -> !columnsByHeader.containsValue(required)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidRequestException("file", "The file does not look like an order export: the first "
                        + "row must name the columns, and these are missing: " + String.join(", ", missing)
                        + ". Download the template to see the columns.");
            }
            List<ImportFile.RawRow> rows = new ArrayList<>();
            int rowNumber = 1;
            for (CSVRecord record : parser) {
                rowNumber++;
                if (rows.size() >= maxRows) {
                    throw new InvalidRequestException("file", "The file has more than " + maxRows
                            + " rows; split it into smaller files.");
                }
                Map<String, String> values = new LinkedHashMap<>();
                boolean blank = true;
                for (var entry : columnsByHeader.entrySet()) {
                    String value = record.isMapped(entry.getKey()) && record.isSet(entry.getKey())
                            ? record.get(entry.getKey()) : null;
                    values.put(entry.getValue(), value);
                    blank &= value == null || value.isBlank();
                }
                if (!blank) {
                    rows.add(new ImportFile.RawRow(rowNumber, values));
                }
            }
            return new ImportFile(parser.getHeaderComment(), rows, ignored);
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new InvalidRequestException("file", "The file is not valid CSV: " + e.getMessage());
        }
    }

    /** UTF-8 (with or without a byte-order mark); anything else is refused rather than guessed. */
    private static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                throw new InvalidRequestException("file", "The file is not a CSV text file (it contains binary "
                        + "data: a spreadsheet must be exported as 'CSV UTF-8' first)");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException("file", "The file is not UTF-8 text: export the spreadsheet as "
                    + "'CSV UTF-8'");
        }
    }
}
