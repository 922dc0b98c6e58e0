package org.nmoregister.safeguarding.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A postcode area a district covers, in its normal form: a postcode district (the outward code, {@code LS6},
 * {@code SW1A}) or a sector (outward code, one space, the inward code's digit: {@code LS6 2}). Forces' lists of
 * neighbourhood areas are written both ways and in any case and spacing ("ls6", "LS6 2", " ls6  2 "), so the area is
 * read loosely and kept in one form; a whole postcode ("LS6 2AB") covers one street, not an area, and is refused.
 */
public record CoverageArea(String outward, Integer sector) {

    private static final Pattern OUTWARD = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");
    private static final Pattern AREA = Pattern.compile("^(" + OUTWARD.pattern() + ")(?:\\s+([0-9]))?$");

    public CoverageArea {
        if (outward == null || !OUTWARD.matcher(outward).matches()) {
            throw new IllegalArgumentException("Not a postcode district: " + outward);
        }
        if (sector != null && (sector < 0 || sector > 9)) {
            throw new IllegalArgumentException("A sector is one digit: " + sector);
        }
    }

    /** The area written in {@code text}, or empty when it is neither a postcode district nor a sector. */
    public static Optional<CoverageArea> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normal = text.replace('\u00A0', ' ').strip().toUpperCase(Locale.ROOT);
        Matcher m = AREA.matcher(normal);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new CoverageArea(m.group(1), m.group(2) == null ? null : Integer.parseInt(m.group(2))));
    }

    public boolean isSector() {
        return sector != null;
    }

    /** As stored and shown: {@code LS6} or {@code LS6 2}. */
    @Override
    public String toString() {
        return sector == null ? outward : outward + " " + sector;
    }
}
