package org.nmoregister.places;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK postcode in its normal form: upper case, one space between the outward code ({@code LS1}, {@code SW1A}) and
 * the inward code ({@code 4DY}). Parsing accepts any case and any spacing ({@code "ls14dy"}, {@code " Ls1   4dy "})
 * and the six real shapes of the outward code (A9, A99, A9A, AA9, AA99, AA9A), plus the Girobank's {@code GIR 0AA}.
 * BFPO numbers are not postcodes and are refused, as are overseas territories' single codes.
 *
 * <p>{@link #parse} checks the shape only, because court papers and this project's demo areas ({@code NX},
 * {@code SV}) carry postcodes that are well formed but use letters Royal Mail never allocates; {@link
 * #followsRoyalMailLetterRules()} says whether it also keeps those rules (the gazetteer is the authority on whether
 * a postcode exists).
 */
public record Postcode(String outward, String inward) implements Comparable<Postcode> {

    private static final Pattern SHAPE = Pattern.compile(
            "^([A-Z][0-9]{1,2}|[A-Z][0-9][A-Z]|[A-Z]{2}[0-9]{1,2}|[A-Z]{2}[0-9][A-Z])([0-9][A-Z]{2})$");
    private static final Pattern DISTRICT_NUMBER = Pattern.compile("^([A-Z]{1,2})([0-9]{1,2})[A-Z]?$");
    private static final Pattern LETTER_RULES = Pattern.compile(
            "^(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}"
                    + "|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) [0-9][ABD-HJLNP-UW-Z]{2}$");

    public Postcode {
        if (outward == null || inward == null || !SHAPE.matcher(outward + inward).matches()
                && !("GIR".equals(outward) && "0AA".equals(inward))) {
            throw new IllegalArgumentException("Not a UK postcode: " + outward + " " + inward);
        }
    }

    /** The postcode in {@code text}, or empty when it is not a UK postcode. Null and blank are empty too. */
    public static Optional<Postcode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("[\\s\\u00A0]+", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) {
            return Optional.empty();
        }
        if (compact.equals("GIR0AA")) {
            return Optional.of(new Postcode("GIR", "0AA"));
        }
        Matcher shape = SHAPE.matcher(compact);
        if (!shape.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Postcode(shape.group(1), shape.group(2)));
    }

    /** Postcodes written inside free text ("14 Acacia Avenue, Leeds LS6 2AB"), in either spacing. */
    private static final Pattern IN_TEXT = Pattern.compile(
            "\\b(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]? ?\\d[ABD-HJLNP-UW-Z]{2})\\b", Pattern.CASE_INSENSITIVE);

    /** The last postcode written in {@code text} (an address ends with its postcode), or empty. */
    public static Optional<Postcode> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = IN_TEXT.matcher(text);
        Optional<Postcode> found = Optional.empty();
        while (matcher.find()) {
            Optional<Postcode> candidate = parse(matcher.group(1));
            if (candidate.isPresent()) {
                found = candidate;
            }
        }
        return found;
    }

    /** Like {@link #parse} but for input that must be a postcode: the message names the text refused. */
    public static Postcode of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("Not a UK postcode: " + text));
    }

    /** The area: the leading letters, e.g. {@code LS} of {@code LS1 4DY}. */
    public String area() {
        int i = 0;
        while (i < outward.length() && Character.isLetter(outward.charAt(i))) {
            i++;
        }
        return outward.substring(0, i);
    }

    /**
     * The district: the outward code, e.g. {@code LS1}, {@code SW1A} (London's sub-districts are their own
     * districts in the ONS directory too).
     */
    public String district() {
        return outward;
    }

    /** The sector: outward code, space, the inward code's digit, e.g. {@code LS1 4}. */
    public String sector() {
        return outward + " " + inward.charAt(0);
    }

    /** The district's number without a sub-district letter, e.g. 1 of {@code SW1A}; -1 for {@code GIR}. */
    public int districtNumber() {
        Matcher m = DISTRICT_NUMBER.matcher(outward);
        return m.matches() ? Integer.parseInt(m.group(2)) : -1;
    }

    /** Whether the letters are ones Royal Mail allocates in their positions (GIR 0AA counts). */
    public boolean followsRoyalMailLetterRules() {
        return "GIR".equals(outward) || LETTER_RULES.matcher(toString()).matches();
    }

    /** Without the space, the key the ONS directory's {@code pcds} reduces to. */
    public String compact() {
        return outward + inward;
    }

    @Override
    public String toString() {
        return outward + " " + inward;
    }

    @Override
    public int compareTo(Postcode other) {
        return toString().compareTo(other.toString());
    }
}
