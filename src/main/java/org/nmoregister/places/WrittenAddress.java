package org.nmoregister.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK address as someone wrote it in running text ("within 100 metres of Flat 3, 12 Heron Way, Leeds LS6 3QT"),
 * found by its structure the way Royal Mail's Postcode Address File writes one: perhaps a flat, apartment or unit;
 * perhaps a house or building name; a house number (with a letter, or a range such as 70-72) or that name; a street
 * of any name ending in a thoroughfare type (Road, Close, Wynd ...) or, in Wales, starting with one (Heol, Ffordd,
 * Stryd, Lôn ...); then localities, the post town and the postcode. A postcode anchors an address whose street has
 * no recognisable type ("12 Bryn Celyn, Mold CH7 1AA").
 *
 * <p>A street named without a house number or name ("must not enter Mill Lane") is a street, not an address, and is
 * not returned: it names an area.
 *
 * @param start    where the address starts in the text searched
 * @param end      where it ends (exclusive)
 * @param text     the address as written, with spacing tidied and the postcode in its normal form
 * @param postcode its postcode, if it gives one
 */
public record WrittenAddress(int start, int end, String text, Postcode postcode) {

    /**
     * Thoroughfare types written after a street's name: Royal Mail's common descriptors and their usual
     * abbreviations. "Court" and "Place" are here too: after a house number they are streets, not courts of law.
     */
    private static final Set<String> STREET_TYPES = Set.of(
            "road", "rd", "street", "st", "avenue", "ave", "av", "lane", "ln", "drive", "dr", "close", "cl", "way",
            "wy", "court", "ct", "crescent", "cres", "cr", "terrace", "terr", "ter", "tce", "grove", "gr", "gro",
            "place", "pl", "gardens", "gdns", "square", "sq", "mews", "row", "walk", "hill", "view", "rise", "parade",
            "pde", "green", "park", "pk", "vale", "fold", "croft", "chase", "meadow", "meadows", "heights", "hts",
            "wynd", "gate", "brow", "bank", "yard", "lea", "mount", "mt", "fields", "field", "wharf", "quay",
            "boulevard", "circus", "embankment", "esplanade", "approach", "broadway", "causeway", "crest", "dale",
            "dell", "drove", "garth", "glade", "glen", "grange", "hollow", "knoll", "link", "links", "loke", "mead",
            "nook", "orchard", "paddock", "pastures", "path", "promenade", "ride", "ridge", "spinney", "steps",
            "strand", "villas", "wood", "woods", "leys", "brae", "loan", "acre", "acres", "bottom", "copse",
            "coppice", "corner", "cottages", "common", "courtyard", "cove", "dene", "downs", "end", "heath",
            "hey", "moor", "oval", "pavement", "plain", "reach", "retreat", "side", "slade", "stray", "trail",
            "turn", "twitten", "vista", "market", "yards", "terraces", "groves", "walks", "rows", "parks", "hills",
            "garden", "crossway", "crossing", "pathway", "avenues", "lanes", "roads", "closes", "fair", "top",
            "mall", "shaw", "holme", "carr", "ings", "syke", "hythe", "fen", "haven", "precinct", "arcade",
            "centre");

    /** A street's name with its type run into one word ("Kingsway", "Southgate", "Westfield", "Parkside"). */
    private static final Pattern COMPOUND_STREET = Pattern.compile(
            "\\p{L}{3,}(way|gate|field|fields|side|dale|croft|wood|hill|lands|moor|bank|mead|holme|thorpe|garth)");

    /** Thoroughfare types written before a street's name, in Welsh (and in Scots' and Cornish habits). */
    private static final Set<String> STREET_TYPES_BEFORE = Set.of(
            "heol", "ffordd", "stryd", "lôn", "lon", "rhodfa", "cilgant", "teras", "clos", "cwrt", "llwybr",
            "rhes", "sgwâr", "sgwar", "maes", "parc", "allt", "cae", "bryn", "pen", "tan", "ty", "tŷ", "plas",
            "glan", "coed", "cwm", "dol", "dôl", "llys", "nant", "porth", "tir", "trem", "ystad");

    /** Words that end a house or building's name ("Rose Cottage", "Kingsway House", "Greenfield Primary School"). */
    private static final Set<String> BUILDING_WORDS = Set.of(
            "cottage", "cottages", "house", "farm", "farmhouse", "lodge", "barn", "hall", "manor", "villa", "villas",
            "bungalow", "mansions", "flats", "building", "buildings", "chambers", "mill", "grange", "tower",
            "towers", "court", "works", "annexe", "rectory", "vicarage", "bungalows", "apartments", "residences",
            "place", "point", "plaza", "quarter", "centre", "center", "school", "academy", "college", "nursery",
            "university", "hospital", "surgery", "practice", "church", "chapel", "mosque", "synagogue", "temple",
            "gurdwara", "library", "station", "hotel", "inn", "arms", "store", "stores", "shop", "office",
            "offices", "estate", "park", "refuge", "wing", "block", "home", "hostel", "hub", "campus", "club",
            "stadium", "supermarket", "superstore", "pharmacy", "clinic", "ty", "tŷ", "plas", "bwthyn",
            "fferm");

    /** What comes before a flat's or unit's number. */
    private static final Set<String> SUB_BUILDING = Set.of(
            "flat", "apartment", "apt", "unit", "room", "suite", "maisonette", "studio", "fflat", "uned");

    /** Small words inside a place's name ("Newcastle upon Tyne", "Heol y Nant"): never its first or last word. */
    private static final Set<String> NAME_JOINERS = Set.of(
            "upon", "on", "under", "in", "by", "le", "de", "la", "the", "y", "yr", "'r", "of", "en");

    /**
     * Capitalised words that end an address rather than continue it: what follows the address in a court's
     * sentence ("…, Leeds LS6 3QT, The Respondent must …") or in a shouting order.
     */
    private static final Set<String> STOP_WORDS = Set.of(
            "the", "respondent", "applicant", "and", "or", "nor", "save", "except", "including", "unless", "between",
            "until", "from", "to", "at", "of", "within", "near", "must", "shall", "not", "he", "she", "they", "her",
            "his", "their", "this", "that", "any", "mr", "mrs", "ms", "miss", "dr", "where", "which", "who", "being",
            "known", "as", "is", "in", "on", "by", "for", "with", "without", "also", "if", "when", "whilst",
            "while", "during", "other", "than", "metres", "meters", "miles", "yards", "feet", "order",
            "schedule", "annex", "penal", "notice", "warning", "ac", "a");

    private static final Pattern TOKEN = Pattern.compile(
            // a house number, with a letter or as a range ("12", "12A", "70-72", "7–9"), before any word
            "(?<number>\\d{1,5}[A-Za-z]?(?:\\s*[-–]\\s*\\d{1,5}[A-Za-z]?)?)(?![\\p{L}\\d])"
                    + "|(?<word>[\\p{L}][\\p{L}\\p{M}'’.\\-]*[\\p{L}\\p{M}]|[\\p{L}])"
                    + "|(?<punct>[,;:()\\[\\]]|\\.(?=\\s|$)|[^\\s\\p{L}\\d])");

    private static final Pattern POSTCODE_IN_TEXT = Pattern.compile(
            "(?<![\\p{L}\\d])(GIR ?0AA|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2})(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);

    private record Token(int start, int end, String text, Kind kind, Postcode postcode) {
        String lower() {
            return text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\.$", "");
        }

        boolean is(String s) {
            return kind != Kind.WORD && kind != Kind.NUMBER ? text.equals(s) : lower().equals(s);
        }
    }

    private enum Kind { NUMBER, WORD, PUNCT, POSTCODE }

    public WrittenAddress {
        if (start < 0 || end < start || text == null) {
            throw new IllegalArgumentException("An address needs a span and its text");
        }
    }

    /** Every address written in {@code text}, first first; none when there is none (or the text is null). */
    public static List<WrittenAddress> findIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Token> tokens = tokens(text);
        boolean shouting = text.chars().noneMatch(Character::isLowerCase);
        List<WrittenAddress> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = addressFrom(tokens, i, shouting);
            if (end > i) {
                found.add(address(text, tokens, i, end));
                i = end;
            } else {
                i++;
            }
        }
        return List.copyOf(found);
    }

    /** The first address written in {@code text}, if any. */
    public static Optional<WrittenAddress> firstIn(String text) {
        List<WrittenAddress> all = findIn(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Whether the address gives its postcode. */
    public boolean hasPostcode() {
        return postcode != null;
    }

    private static List<Token> tokens(String text) {
        List<int[]> postcodeSpans = new ArrayList<>();
        List<Postcode> postcodeValues = new ArrayList<>();
        Matcher postcodes = POSTCODE_IN_TEXT.matcher(text);
        while (postcodes.find()) {
            Postcode.parse(postcodes.group(1)).ifPresent(p -> {
                postcodeSpans.add(new int[] {postcodes.start(1), postcodes.end(1)});
                postcodeValues.add(p);
            });
        }
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int pc = 0;
        while (m.find()) {
            while (pc < postcodeSpans.size() && postcodeSpans.get(pc)[1] <= m.start()) {
                pc++;
            }
            if (pc < postcodeSpans.size() && postcodeSpans.get(pc)[0] < m.end()) {
                // the words and numbers a postcode is made of become the one postcode
                int[] span = postcodeSpans.get(pc);
                if (tokens.isEmpty() || tokens.get(tokens.size() - 1).start() != span[0]) {
                    tokens.add(new Token(span[0], span[1], text.substring(span[0], span[1]), Kind.POSTCODE,
                            postcodeValues.get(pc)));
                }
                continue;
            }
            Kind kind = m.group("number") != null ? Kind.NUMBER : m.group("word") != null ? Kind.WORD : Kind.PUNCT;
            tokens.add(new Token(m.start(), m.end(), m.group(), kind, null));
        }
        return tokens;
    }

    /** The index just past an address starting at token {@code i}, or {@code i} when none starts there. */
    private static int addressFrom(List<Token> t, int i, boolean shouting) {
        int j = i;
        boolean property = false; // a flat, a house number or a house name: what makes it one property's address
        // Flat 3, / Apartment 12B / Unit 4
        if (at(t, j, Kind.WORD) && SUB_BUILDING.contains(t.get(j).lower()) && at(t, j + 1, Kind.NUMBER)) {
            j += 2;
            j = skipComma(t, j);
            property = true;
        }
        // Rose Cottage, / Kingsway House, / Greenfield Primary School,
        int named = buildingName(t, j, shouting);
        if (named > j && at(t, named, Kind.PUNCT) && t.get(named).is(",")) {
            int afterName = named + 1;
            int street = afterName;
            if (at(t, street, Kind.NUMBER)) {
                street++;
            }
            int streetEnd = street(t, street, shouting);
            if (streetEnd > street || at(t, tailEnd(t, afterName, shouting) - 1, Kind.POSTCODE)) {
                j = afterName;
                property = true;
            }
        }
        boolean numbered = false;
        if (at(t, j, Kind.NUMBER)) {
            numbered = true;
            j++;
            j = skipComma(t, j);
        }
        if (!property && !numbered) {
            return i;
        }
        int streetEnd = street(t, j, shouting);
        if (streetEnd == j) {
            // no thoroughfare type: only a postcode close behind makes the words a street ("12 Bryn Celyn, Mold CH7 1AA")
            int tail = tailEnd(t, j, shouting);
            if (tail > j && at(t, tail - 1, Kind.POSTCODE) && (numbered || property) && at(t, j, Kind.WORD)) {
                return tail;
            }
            if (property && !numbered && j > i) {
                // a house name with its locality and postcode but no street, handled above; a flat with nothing
                // recognisable after it is not an address
                return i;
            }
            return i;
        }
        return tailEnd(t, streetEnd, shouting);
    }

    /** Past a street's name and type ("Heron Way", "St John's Road", "Heol y Nant", "The Green"), or {@code j}. */
    private static int street(List<Token> t, int j, boolean shouting) {
        // Welsh: the type first, then the name ("Heol y Nant", "Lôn Isaf", "Stryd Fawr")
        if (at(t, j, Kind.WORD) && STREET_TYPES_BEFORE.contains(t.get(j).lower()) && capitalised(t.get(j))) {
            int k = j + 1;
            int words = 0;
            while (at(t, k, Kind.WORD) && words < 4) {
                Token w = t.get(k);
                if (capitalised(w) && !stop(w, shouting)) {
                    words++;
                    k++;
                } else if (NAME_JOINERS.contains(w.lower()) && at(t, k + 1, Kind.WORD) && capitalised(t.get(k + 1))) {
                    k++;
                } else {
                    break;
                }
            }
            if (words > 0) {
                return k;
            }
        }
        // English: capitalised words ending in a thoroughfare type
        int k = j;
        int lastType = -1;
        int words = 0;
        while (at(t, k, Kind.WORD) && words < 6) {
            Token w = t.get(k);
            // a joiner belongs to a name ("Stratford upon Avon Road"), not between two streets
            boolean joiner = lastType < 0 && NAME_JOINERS.contains(w.lower()) && words > 0 && at(t, k + 1, Kind.WORD)
                    && capitalised(t.get(k + 1));
            boolean leadingThe = words == 0 && w.lower().equals("the") && capitalised(w);
            if (!(capitalised(w) && (leadingThe || !stop(w, shouting))) && !joiner) {
                break;
            }
            words++;
            k++;
            if (STREET_TYPES.contains(w.lower()) && (words > 1 || leadingThe)) {
                lastType = k;
            } else if (STREET_TYPES.contains(w.lower()) && words == 1 && isTypeWordAlsoAName(w)) {
                lastType = k; // "The Green", "Broadway": a type that is the whole name
            }
        }
        if (lastType < 0) {
            // one word that is a name and a type in one: "14 Kingsway", "3 Southgate", "9 Westfield"
            boolean afterNumber = j > 0 && t.get(j - 1).kind == Kind.NUMBER;
            if (afterNumber && at(t, j, Kind.WORD) && capitalised(t.get(j)) && !stop(t.get(j), shouting)
                    && COMPOUND_STREET.matcher(t.get(j).lower()).matches()) {
                return j + 1;
            }
            return j;
        }
        // "Park Road North", "Station Road East"
        if (at(t, lastType, Kind.WORD) && t.get(lastType).lower().matches("north|south|east|west|upper|lower")) {
            lastType++;
        }
        // an abbreviation's full stop ("Acacia Ave., Leeds"), when the address goes on after it: a full stop
        // followed by anything else ends the sentence
        if (at(t, lastType, Kind.PUNCT) && t.get(lastType).is(".")
                && (at(t, lastType + 1, Kind.PUNCT) && t.get(lastType + 1).is(",")
                || at(t, lastType + 1, Kind.POSTCODE))) {
            lastType++;
        }
        return lastType;
    }

    private static boolean isTypeWordAlsoAName(Token w) {
        return w.lower().equals("broadway") || w.lower().equals("parade") || w.lower().equals("esplanade");
    }

    /** Past localities, the post town and the postcode that follow a street, or {@code j} when none follows. */
    private static int tailEnd(List<Token> t, int j, boolean shouting) {
        int end = j;
        int k = j;
        int groups = 0;
        while (groups < 4) {
            int g = k;
            if (at(t, g, Kind.PUNCT) && t.get(g).is(",")) {
                g++;
            }
            if (at(t, g, Kind.POSTCODE)) {
                return g + 1;
            }
            int words = 0;
            int w = g;
            while (at(t, w, Kind.WORD) && words < 4) {
                Token word = t.get(w);
                if (capitalised(word) && !stop(word, shouting)) {
                    words++;
                    w++;
                } else if (words > 0 && NAME_JOINERS.contains(word.lower()) && at(t, w + 1, Kind.WORD)
                        && capitalised(t.get(w + 1)) && !stop(t.get(w + 1), shouting)) {
                    w++;
                } else {
                    break;
                }
            }
            if (words == 0) {
                break;
            }
            groups++;
            k = w;
            end = w;
        }
        if (at(t, end, Kind.POSTCODE)) {
            return end + 1;
        }
        return end;
    }

    /** Past a house or building's name ending in a building word ("Rose Cottage"), or {@code j}. */
    private static int buildingName(List<Token> t, int j, boolean shouting) {
        int k = j;
        int words = 0;
        int lastBuildingWord = -1;
        while (at(t, k, Kind.WORD) && words < 5) {
            Token w = t.get(k);
            boolean leadingThe = words == 0 && w.lower().equals("the");
            if (!capitalised(w) || (!leadingThe && stop(w, shouting) && !BUILDING_WORDS.contains(w.lower()))) {
                break;
            }
            words++;
            k++;
            if (BUILDING_WORDS.contains(w.lower()) && (words > 1 || !leadingThe)) {
                lastBuildingWord = k;
            }
        }
        return lastBuildingWord < 0 ? j : lastBuildingWord;
    }

    private static boolean stop(Token w, boolean shouting) {
        String lower = w.lower();
        return STOP_WORDS.contains(lower) || shouting && lower.length() <= 2 && !lower.matches("st|y|yr");
    }

    private static boolean capitalised(Token w) {
        return w.kind == Kind.WORD && Character.isUpperCase(w.text.charAt(0));
    }

    private static boolean at(List<Token> t, int i, Kind kind) {
        return i >= 0 && i < t.size() && t.get(i).kind == kind;
    }

    private static int skipComma(List<Token> t, int j) {
        return at(t, j, Kind.PUNCT) && t.get(j).is(",") ? j + 1 : j;
    }

    private static WrittenAddress address(String text, List<Token> tokens, int from, int to) {
        Token first = tokens.get(from);
        Token last = tokens.get(to - 1);
        // a trailing comma or joiner is the sentence's, not the address's
        while (to - 1 > from && (last.kind == Kind.PUNCT)) {
            to--;
            last = tokens.get(to - 1);
        }
        StringBuilder out = new StringBuilder();
        Postcode postcode = null;
        for (int k = from; k < to; k++) {
            Token tok = tokens.get(k);
            if (k > from && !(tok.kind == Kind.PUNCT && (tok.is(",") || tok.is(".")))) {
                out.append(' ');
            }
            if (tok.kind == Kind.POSTCODE) {
                postcode = tok.postcode;
                out.append(tok.postcode);
            } else {
                out.append(tok.text.replaceAll("\\s*[-–]\\s*", "-"));
            }
        }
        return new WrittenAddress(first.start, last.end, out.toString(), postcode);
    }
}
