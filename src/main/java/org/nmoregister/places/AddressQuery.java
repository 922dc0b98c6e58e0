package org.nmoregister.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

/**
 * An address as a call-handler types it ("14 elm grove northtown", "Flat 2, 9 Station Rd NT1 4AB"), matched against
 * recorded addresses. The house number, when given, must be the recorded one: "14 Elm Grove" is not "41 Elm Grove".
 * A word matches a recorded word exactly, as an abbreviation written out ("Rd", "Gdns"), or with one typing error in a
 * word of five letters or more. The street, up to its type ("Elm Grove"), must match in full: "Oak Grove, Northtown"
 * is another street in the same town. Words after it (the district, the town) may be missing from the record, which
 * lowers the score but does not rule the address out; without a street type, most of the words must be found.
 */
public final class AddressQuery {

    /** Below this share of the query's words found in the record, it is another address. */
    static final double MIN_SCORE = 0.6;
    private static final DamerauLevenshteinDistance EDITS = new DamerauLevenshteinDistance(1);
    /** Words that say what kind of dwelling, not which: they neither count for nor against a match. */
    private static final Set<String> NOISE = Set.of("flat", "unit", "the", "of", "at", "and", "house", "uk");

    /** Words that end a street's name: the words before one, and it, are the street. */
    private static final Set<String> STREET_TYPES = Set.of("road", "street", "avenue", "lane", "drive", "crescent",
            "court", "close", "place", "square", "terrace", "gardens", "grove", "park", "way", "mount", "heights",
            "walk", "row", "hill", "rise", "view", "green", "mews", "parade", "wharf", "yard", "gate", "vale", "fields",
            "meadow", "meadows", "boulevard", "circus", "crest", "croft", "dene", "end", "garth", "wynd", "chase",
            "passage", "approach", "cottages", "buildings");

    private final Postcode postcode;
    private final String houseNumber;
    private final List<String> words;
    private final long[] letters;
    /** How many of the first words are the street's name and type, all of which must match; 0 when unknown. */
    private final int streetWords;

    private AddressQuery(Postcode postcode, String houseNumber, List<String> words) {
        this.postcode = postcode;
        this.houseNumber = houseNumber;
        this.words = words;
        this.letters = words.stream().mapToLong(AddressQuery::letters).toArray();
        int type = -1;
        for (int i = 1; i < words.size() && type < 0; i++) {
            if (STREET_TYPES.contains(words.get(i))) {
                type = i;
            }
        }
        this.streetWords = type + 1;
    }

    /** Reads the typed address; empty when it has neither a postcode nor any word to match. */
    public static Optional<AddressQuery> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<Postcode> postcode = Postcode.findIn(text);
        String line = postcode.map(p -> removePostcode(text, p)).orElse(text);
        String houseNumber = AddressKeys.houseNumber(line).orElse(null);
        List<String> words = new ArrayList<>();
        for (String word : AddressKeys.line1Key(line).split(" ")) {
            if (!word.isEmpty() && !NOISE.contains(word) && !word.matches("[0-9]+[a-z]?")) {
                words.add(word);
            }
        }
        if (postcode.isEmpty() && words.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AddressQuery(postcode.orElse(null), houseNumber, List.copyOf(words)));
    }

    public Optional<Postcode> postcode() {
        return Optional.ofNullable(postcode);
    }

    /** The house number typed, which a matching record must have: "118" of "Flat 3, 118 Station Road". */
    public Optional<String> houseNumber() {
        return Optional.ofNullable(houseNumber);
    }

    /** Whether there are words to match against recorded addresses (not only a postcode). */
    public boolean hasWords() {
        return !words.isEmpty();
    }

    /**
     * A recorded address read once for matching: its words, house number and postcode. Keep one beside each
     * recorded address that is searched often, so that a search compares words rather than reading text.
     */
    public record Recorded(List<String> words, String houseNumber, Postcode postcode, LetterSets letters) {

        public static Recorded of(String address, String postcode) {
            if (address == null) {
                return new Recorded(List.of(), null, Postcode.parse(postcode).orElse(null), new LetterSets(List.of()));
            }
            Optional<Postcode> code = Postcode.parse(postcode).or(() -> Postcode.findIn(address));
            String line = code.map(p -> removePostcode(address, p)).orElse(address);
            List<String> words = List.of(AddressKeys.line1Key(line).split(" "));
            return new Recorded(words, AddressKeys.houseNumber(line).orElse(null), code.orElse(null),
                    new LetterSets(words));
        }
    }

    /**
     * Which letters and digits each word has, one bit each: one typing error changes at most two of them, so most
     * pairs of words are told apart without measuring the edit distance.
     */
    public static final class LetterSets {
        private final long[] sets;

        LetterSets(List<String> words) {
            sets = words.stream().mapToLong(AddressQuery::letters).toArray();
        }

        long get(int i) {
            return sets[i];
        }
    }

    /** {@link #score(Recorded)} of an address as recorded. */
    public double score(String recordedAddress, String recordedPostcode) {
        return score(Recorded.of(recordedAddress, recordedPostcode));
    }

    /**
     * How well a recorded address fits, 0 (another address) to 1: the share of the query's words found in it, with
     * the house number required to agree when the query gives one, and the postcode when both have one.
     */
    public double score(Recorded recorded) {
        if (words.isEmpty() || recorded.words().isEmpty()) {
            return 0;
        }
        if (houseNumber != null && !houseNumber.equals(recorded.houseNumber())) {
            return 0;
        }
        if (postcode != null && recorded.postcode() != null && !recorded.postcode().equals(postcode)) {
            return 0;
        }
        int found = 0;
        List<String> theirs = recorded.words();
        for (int i = 0; i < words.size(); i++) {
            boolean match = false;
            for (int j = 0; j < theirs.size() && !match; j++) {
                match = alike(words.get(i), theirs.get(j), letters[i], recorded.letters().get(j));
            }
            if (match) {
                found++;
            } else if (i < streetWords) {
                return 0; // another street
            }
        }
        double score = (double) found / words.size();
        return score >= MIN_SCORE || streetWords > 0 ? score : 0;
    }

    private static long letters(String word) {
        long bits = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            bits |= 1L << (c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 63);
        }
        return bits;
    }

    private static boolean alike(String typed, String recorded, long typedLetters, long recordedLetters) {
        if (Long.bitCount(typedLetters ^ recordedLetters) > 2) {
            // "St" in the middle of a typed line is read as Saint, but "12 High St Northby" means Street
            return typed.equals("saint") && recorded.equals("street") || typed.equals("street")
                    && recorded.equals("saint");
        }
        if (typed.equals(recorded)) {
            return true;
        }
        if (typed.length() < 5 || recorded.length() < 5 || Math.abs(typed.length() - recorded.length()) > 1) {
            return false;
        }
        Integer d = EDITS.apply(typed, recorded);
        return d != null && d >= 0 && d <= 1;
    }

    private static String removePostcode(String text, Postcode postcode) {
        String compact = postcode.toString().replace(" ", "");
        // the postcode as typed: with or without its space, any case
        String pattern = "(?i)" + java.util.regex.Pattern.quote(compact.substring(0, compact.length() - 3))
                + "\\s*" + java.util.regex.Pattern.quote(compact.substring(compact.length() - 3));
        return text.replaceAll(pattern, " ").strip();
    }

    @Override
    public String toString() {
        return String.join(" ", words).toUpperCase(Locale.ROOT) + (postcode == null ? "" : " " + postcode);
    }
}
