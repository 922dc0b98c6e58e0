package org.nmoregister.places.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.nmoregister.places.AddressKeys;
import org.nmoregister.places.Coordinates;
import org.nmoregister.places.Postcode;
import org.nmoregister.places.internal.OnspdReader.BadHeaderException;
import org.nmoregister.places.internal.OnspdReader.Rejected;
import org.nmoregister.places.internal.OnspdReader.RowException;

/**
 * Reads an Ordnance Survey AddressBase CSV (AddressBase Plus and Premium's delivery-point columns, as forces hold it
 * under the Public Sector Geospatial Agreement) one property at a time. Columns are found by name, in any order and
 * case: {@code UPRN}, {@code SUB_BUILDING_NAME}, {@code BUILDING_NAME}, {@code BUILDING_NUMBER}, the street from
 * {@code THOROUGHFARE} (else {@code STREET_DESCRIPTION}), the locality from {@code DEPENDENT_LOCALITY} (else
 * {@code LOCALITY}), the town from {@code POST_TOWN} (else {@code TOWN_NAME}), the postcode from
 * {@code POSTCODE_LOCATOR} (else {@code POSTCODE}), and {@code LATITUDE}/{@code LONGITUDE} (WGS84, which
 * AddressBase Plus carries beside its British National Grid eastings and northings).
 */
public final class AddressBaseReader {

    /** A property that can be written: its UPRN, address parts, coordinates and first-line matching key. */
    public record Property(long uprn, String subBuilding, String buildingName, String buildingNumber, String street,
                           String locality, String town, Postcode postcode, Coordinates coordinates,
                           String lineKey) {
    }

    private final CSVParser parser;
    private final int uprn;
    private final int subBuilding;
    private final int buildingName;
    private final int buildingNumber;
    private final int street;
    private final int locality;
    private final int town;
    private final int postcode;
    private final int latitude;
    private final int longitude;

    public AddressBaseReader(Reader reader) throws IOException {
        this.parser = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true).get()
                .parse(reader);
        List<String> header = OnspdReader.header(parser);
        this.uprn = OnspdReader.first(header, "uprn");
        this.subBuilding = OnspdReader.first(header, "sub_building_name", "sao_text");
        this.buildingName = OnspdReader.first(header, "building_name", "pao_text");
        this.buildingNumber = OnspdReader.first(header, "building_number", "pao_start_number");
        this.street = OnspdReader.first(header, "thoroughfare", "street_description");
        this.locality = OnspdReader.first(header, "dependent_locality", "locality");
        this.town = OnspdReader.first(header, "post_town", "town_name");
        this.postcode = OnspdReader.first(header, "postcode_locator", "postcode");
        this.latitude = OnspdReader.first(header, "latitude", "lat");
        this.longitude = OnspdReader.first(header, "longitude", "long", "lng");
        List<String> missing = new ArrayList<>();
        if (uprn < 0) {
            missing.add("UPRN");
        }
        if (latitude < 0) {
            missing.add("LATITUDE");
        }
        if (longitude < 0) {
            missing.add("LONGITUDE");
        }
        if (street < 0 && buildingName < 0) {
            missing.add("THOROUGHFARE or BUILDING_NAME");
        }
        if (!missing.isEmpty()) {
            throw new BadHeaderException("The file is not in the AddressBase format: it has no "
                    + String.join(", ", missing) + " column");
        }
    }

    /** Reads every remaining row, handing each to one of the two consumers. */
    public void forEach(Consumer<Property> rows, Consumer<Rejected> rejected) {
        for (CSVRecord record : parser) {
            String rawUprn = OnspdReader.get(record, uprn);
            try {
                rows.accept(parse(record, rawUprn));
            } catch (RowException e) {
                rejected.accept(new Rejected(record.getRecordNumber(), OnspdReader.truncate(rawUprn),
                        e.getMessage()));
            }
        }
    }

    private Property parse(CSVRecord record, String rawUprn) {
        long id;
        try {
            id = Long.parseLong(rawUprn == null ? "" : rawUprn.strip());
        } catch (NumberFormatException e) {
            throw new RowException(rawUprn == null || rawUprn.isBlank() ? "The UPRN is missing"
                    : "The UPRN is not a number");
        }
        if (id <= 0 || id > 999_999_999_999L) {
            throw new RowException("The UPRN is not a UPRN (1 to 12 digits)");
        }
        double lat = OnspdReader.number(record, latitude, "latitude");
        double lon = OnspdReader.number(record, longitude, "longitude");
        if (!Coordinates.valid(lat, lon)) {
            throw new RowException("The latitude and longitude are not a place on Earth");
        }
        String rawPostcode = text(record, postcode, 8 + 4);
        Postcode code = null;
        if (rawPostcode != null) {
            code = Postcode.parse(rawPostcode).orElseThrow(() -> new RowException("The postcode is not a UK postcode"));
        }
        String sub = text(record, subBuilding, 200);
        String name = text(record, buildingName, 200);
        String number = text(record, buildingNumber, 40);
        number = number == null ? null : number.toUpperCase(Locale.ROOT);
        String road = text(record, street, 200);
        if (road == null && name == null) {
            throw new RowException("The property has neither a street nor a building name");
        }
        String key = AddressKeys.line1Key(firstLine(sub, name, number, road));
        if (key.isEmpty() || key.length() > 700) {
            throw new RowException("The address has no words to match it by");
        }
        return new Property(id, sub, name, number, road, text(record, locality, 200), text(record, town, 200), code,
                new Coordinates(lat, lon), key);
    }

    /** The first line as Royal Mail writes it: "Flat 3, Rose Cottage, 12 Mill Lane". */
    static String firstLine(String subBuilding, String buildingName, String buildingNumber, String street) {
        StringBuilder line = new StringBuilder();
        for (String part : new String[] {subBuilding, buildingName}) {
            if (part != null) {
                line.append(line.isEmpty() ? "" : ", ").append(part);
            }
        }
        String numbered = buildingNumber == null ? street : street == null ? buildingNumber
                : buildingNumber + " " + street;
        if (numbered != null) {
            line.append(line.isEmpty() ? "" : ", ").append(numbered);
        }
        return line.toString();
    }

    private static String text(CSVRecord record, int column, int max) {
        String value = OnspdReader.get(record, column);
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new RowException("A field is longer than " + max + " characters");
        }
        if (stripped.indexOf('\0') >= 0) {
            throw new RowException("A field holds a NUL character");
        }
        // AddressBase writes addresses in capitals; the register shows them as people write them
        return stripped.chars().anyMatch(Character::isLowerCase) ? stripped : titleCase(stripped);
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = !Character.isLetterOrDigit(c) && c != '\'';
        }
        return out.toString();
    }
}
