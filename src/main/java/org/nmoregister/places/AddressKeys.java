package org.nmoregister.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Matching keys for addresses, so that "Flat 3, 118 Station Rd." and "flat 3 118 STATION ROAD" are found as the
 * same place. The key of the first line is lower case ASCII, punctuation gone, common street-type abbreviations
 * written out and words separated by one space; the address key adds the normal postcode. Keys are for matching,
 * never for showing.
 */
public final class AddressKeys {

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Abbreviations as Royal Mail and people write them, to the words the address file uses. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("rd", "road"), Map.entry("ave", "avenue"), Map.entry("av", "avenue"),
            Map.entry("ln", "lane"), Map.entry("dr", "drive"), Map.entry("cres", "crescent"),
            Map.entry("cr", "crescent"), Map.entry("ct", "court"), Map.entry("cl", "close"),
            Map.entry("pl", "place"), Map.entry("sq", "square"), Map.entry("ter", "terrace"),
            Map.entry("terr", "terrace"), Map.entry("gdns", "gardens"), Map.entry("gr", "grove"),
            Map.entry("pk", "park"), Map.entry("hse", "house"), Map.entry("apt", "flat"),
            Map.entry("apartment", "flat"), Map.entry("fl", "flat"), Map.entry("wy", "way"), Map.entry("mt", "mount"),
            Map.entry("hts", "heights"), Map.entry("bldgs", "buildings"), Map.entry("cotts", "cottages"));

    private AddressKeys() {
    }

    /** The key of an address's first line: {@code "Flat 3, 118 Station Rd."} → {@code "flat 3 118 station road"}. */
    public static String line1Key(String line1) {
        if (line1 == null) {
            return "";
        }
        String ascii = MARKS.matcher(Normalizer.normalize(line1, Normalizer.Form.NFD)).replaceAll("");
        String[] words = NOT_WORD.split(ascii.toLowerCase(Locale.ROOT).replace("'", ""));
        int last = words.length - 1;
        while (last >= 0 && words[last].isEmpty()) {
            last--;
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i <= last; i++) {
            String word = words[i];
            if (word.isEmpty()) {
                continue;
            }
            if (!key.isEmpty()) {
                key.append(' ');
            }
            // "St" ends a street's name ("High St") but starts a saint's ("St John's Terrace").
            key.append(word.equals("st") ? (i == last ? "street" : "saint") : WORDS.getOrDefault(word, word));
        }
        return key.toString();
    }

    /**
     * The key of a whole address for matching: the first line's key and the normal postcode, joined by {@code |};
     * empty when the postcode is missing or not a postcode, because a first line alone matches too many places.
     */
    public static Optional<String> addressKey(String line1, String postcode) {
        return Postcode.parse(postcode).map(p -> line1Key(line1) + "|" + p);
    }

    /** The number a first line starts with or contains as a house number ("118" of "Flat 3, 118 Station Road"). */
    public static Optional<String> houseNumber(String line1) {
        String key = line1Key(line1);
        String[] words = key.split(" ");
        String found = null;
        for (int i = 0; i < words.length; i++) {
            if (words[i].matches("[0-9]+[a-z]?")
                    && !(i > 0 && (words[i - 1].equals("flat") || words[i - 1].equals("unit")))) {
                found = words[i];
                break;
            }
        }
        return Optional.ofNullable(found);
    }
}
