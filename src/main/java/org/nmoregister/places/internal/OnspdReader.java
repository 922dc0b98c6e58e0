package org.nmoregister.places.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.nmoregister.places.Coordinates;
import org.nmoregister.places.Postcode;

/**
 * Reads the ONS Postcode Directory's CSV one row at a time. Columns are found by name, in any order and case, under
 * the names the directory has used over the years: the postcode from {@code pcds} (else {@code pcd}, {@code pcd2},
 * {@code pcd7}, {@code pcd8}), {@code lat}/{@code long}, the force area from {@code pfa} or a dated {@code pfa23cd},
 * the local authority from {@code oslaua} or a dated {@code lad25cd}, and {@code dointr}/{@code doterm} (YYYYMM).
 * The directory's 99.999999/0.000000 "no location" sentinel becomes a row without coordinates.
 */
public final class OnspdReader {

    /** The latitude the directory writes for a postcode it has no location for (with longitude 0.000000). */
    static final double NO_LOCATION_LATITUDE = 99.999999;
    private static final Pattern ONS_CODE = Pattern.compile("[A-Z][0-9]{8}");
    private static final Pattern YEAR_MONTH = Pattern.compile("([0-9]{4})([0-9]{2})");

    /** A row that can be written. */
    public record Row(Postcode postcode, Coordinates coordinates, String policeForceArea, String localAuthority,
                      LocalDate introduced, LocalDate terminated) {
    }

    /** A row that cannot, with the record number as the file numbers it (header 1) and why. */
    public record Rejected(long lineNumber, String postcode, String reason) {
    }

    /** The header lacks a column the gazetteer needs. */
    public static final class BadHeaderException extends RuntimeException {
        public BadHeaderException(String message) {
            super(message);
        }
    }

    private final CSVParser parser;
    private final int postcode;
    private final int latitude;
    private final int longitude;
    private final int forceArea;
    private final int localAuthority;
    private final int introduced;
    private final int terminated;

    public OnspdReader(Reader reader) throws IOException {
        this.parser = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true).get()
                .parse(reader);
        List<String> header = header(parser);
        this.postcode = first(header, "pcds", "pcd", "pcd2", "pcd7", "pcd8", "postcode");
        this.latitude = first(header, "lat", "latitude");
        this.longitude = first(header, "long", "longitude", "lng");
        this.forceArea = firstMatching(header, "pfa", "pfa[0-9]{2}cd");
        this.localAuthority = firstMatching(header, "oslaua", "lad[0-9]{2}cd");
        this.introduced = first(header, "dointr");
        this.terminated = first(header, "doterm");
        List<String> missing = new ArrayList<>();
        if (postcode < 0) {
            missing.add("pcds");
        }
        if (latitude < 0) {
            missing.add("lat");
        }
        if (longitude < 0) {
            missing.add("long");
        }
        if (forceArea < 0) {
            missing.add("pfa");
        }
        if (!missing.isEmpty()) {
            throw new BadHeaderException("The file is not in the ONS Postcode Directory format: it has no "
                    + String.join(", ", missing) + " column");
        }
    }

    /** The header's column names, lower case, without a byte-order mark. */
    static List<String> header(CSVParser parser) {
        Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext()) {
            throw new BadHeaderException("The file is empty");
        }
        List<String> header = new ArrayList<>();
        for (String name : records.next()) {
            header.add(name.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT));
        }
        return header;
    }

    /** Reads every remaining row, handing each to one of the two consumers. */
    public void forEach(Consumer<Row> rows, Consumer<Rejected> rejected) {
        try {
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber();
                String rawPostcode = get(record, postcode);
                try {
                    rows.accept(parse(record, rawPostcode));
                } catch (RowException e) {
                    rejected.accept(new Rejected(line, truncate(rawPostcode), e.getMessage()));
                }
            }
        } catch (UncheckedIOException e) {
            throw e;
        }
    }

    private Row parse(CSVRecord record, String rawPostcode) {
        Postcode code = Postcode.parse(rawPostcode)
                .orElseThrow(() -> new RowException(rawPostcode == null || rawPostcode.isBlank()
                        ? "The postcode is missing" : "The postcode is not a UK postcode"));
        double lat = number(record, latitude, "latitude");
        double lon = number(record, longitude, "longitude");
        Coordinates coordinates;
        if (Math.abs(lat - NO_LOCATION_LATITUDE) < 1e-9 && lon == 0) {
            coordinates = null;
        } else if (!Coordinates.valid(lat, lon)) {
            throw new RowException("The latitude and longitude are not a place on Earth");
        } else {
            coordinates = new Coordinates(lat, lon);
        }
        return new Row(code, coordinates, code(record, forceArea, "police force area"),
                code(record, localAuthority, "local authority"), month(record, introduced, "dointr"),
                month(record, terminated, "doterm"));
    }

    static double number(CSVRecord record, int column, String what) {
        String text = get(record, column);
        if (text == null || text.isBlank()) {
            throw new RowException("The " + what + " is missing");
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new RowException("The " + what + " is not a number");
        }
    }

    private static String code(CSVRecord record, int column, String what) {
        String text = get(record, column);
        if (text == null || text.isBlank()) {
            return null;
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (!ONS_CODE.matcher(code).matches()) {
            throw new RowException("The " + what + " is not an ONS code (a letter and 8 digits)");
        }
        return code;
    }

    private static LocalDate month(CSVRecord record, int column, String name) {
        String text = get(record, column);
        if (text == null || text.isBlank()) {
            return null;
        }
        var m = YEAR_MONTH.matcher(text.strip());
        if (!m.matches()) {
            throw new RowException("The " + name + " is not a month as YYYYMM");
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw new RowException("The " + name + " is not a month as YYYYMM");
        }
        return YearMonth.of(Integer.parseInt(m.group(1)), month).atDay(1);
    }

    static String get(CSVRecord record, int column) {
        return column >= 0 && column < record.size() ? record.get(column) : null;
    }

    static String truncate(String text) {
        return text == null ? null : text.length() > 40 ? text.substring(0, 40) : text;
    }

    static int first(List<String> header, String... names) {
        for (String name : names) {
            int at = header.indexOf(name);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    private static int firstMatching(List<String> header, String exact, String pattern) {
        int at = header.indexOf(exact);
        if (at >= 0) {
            return at;
        }
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).matches(pattern)) {
                return i;
            }
        }
        return -1;
    }

    static final class RowException extends RuntimeException {
        RowException(String message) {
            super(message, null, false, false);
        }
    }
}
