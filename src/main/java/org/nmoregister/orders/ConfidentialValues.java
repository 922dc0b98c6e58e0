package org.nmoregister.orders;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The confidential (C8) values of an order, and the one rule for finding them in any text: an order's terms, notes,
 * a breach check's explanation, an officer's free text, a letter. Built from every confidential address and contact
 * detail of every party in every version the caller gives it.
 *
 * <p>What counts as the secret, and so is withheld wherever it appears:
 * <ul>
 *   <li>each comma-separated part of a confidential address's first and second lines ("14 Acacia Avenue",
 *       "Refuge Wing", "Flat 2"), matched word by word after normalising case, punctuation, spacing, accents and
 *       street-type abbreviations (Ave/Avenue, Rd/Road, St/Street, ...), so "14, acacia ave." is "14 Acacia Avenue"
 *       and "Wing, 14 Acacia Ave" contains it. A part that is only numbers and generic words ("Flat 2", "Wing") is
 *       too common to be a secret on its own; the whole line it belongs to still is.</li>
 *   <li>the postcode, with or without its space, in any case ("ls62ab", "LS6  2AB");</li>
 *   <li>telephone numbers, compared as digits after dropping spaces, punctuation and brackets and reading +44,
 *       0044 and +44 (0) as 0;</li>
 *   <li>e-mail addresses and social-media handles, ignoring case (a handle with or without its {@code @}).</li>
 * </ul>
 * Not secret on their own, by design: the town ("Leeds"), the postcode district ("LS6"), the street without the
 * house number ("Acacia Avenue"), another house number in the same street ("16 Acacia Avenue": a respondent may live
 * there, and officers need it). The house number with the street, the second line, the postcode and every contact
 * detail are withheld.
 */
public final class ConfidentialValues {

    /** What replaces a confidential value inside text. */
    public static final String REDACTED = "[" + Confidentiality.WITHHELD + "]";

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}\\p{N}]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PHONE_RUN = Pattern.compile("\\+?\\(?\\d[\\d\\s().\\-/]{5,}\\d");
    private static final Pattern POSTCODE = Pattern.compile("^([a-z]{1,2}\\d[a-z\\d]?)(\\d[a-z]{2})$");

    /** Street-type and other words people abbreviate; both sides are normalised the same way. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("rd", "road"), Map.entry("ave", "avenue"), Map.entry("av", "avenue"),
            Map.entry("avenu", "avenue"), Map.entry("st", "street"), Map.entry("saint", "street"), Map.entry("str", "street"),
            Map.entry("ln", "lane"), Map.entry("dr", "drive"), Map.entry("drv", "drive"),
            Map.entry("cres", "crescent"), Map.entry("cresc", "crescent"), Map.entry("cr", "crescent"),
            Map.entry("ct", "court"), Map.entry("crt", "court"), Map.entry("cl", "close"),
            Map.entry("pl", "place"), Map.entry("sq", "square"), Map.entry("ter", "terrace"),
            Map.entry("terr", "terrace"), Map.entry("tce", "terrace"), Map.entry("gdns", "gardens"),
            Map.entry("gdn", "gardens"), Map.entry("garden", "gardens"), Map.entry("gr", "grove"),
            Map.entry("gro", "grove"), Map.entry("pk", "park"), Map.entry("hse", "house"),
            Map.entry("apt", "flat"), Map.entry("apartment", "flat"), Map.entry("fl", "flat"),
            Map.entry("wy", "way"), Map.entry("mt", "mount"), Map.entry("hts", "heights"),
            Map.entry("bldgs", "buildings"), Map.entry("bldg", "buildings"), Map.entry("cotts", "cottages"),
            Map.entry("blvd", "boulevard"), Map.entry("hwy", "highway"), Map.entry("pde", "parade"),
            Map.entry("esp", "esplanade"), Map.entry("wk", "walk"), Map.entry("mdw", "meadow"),
            Map.entry("mdws", "meadows"), Map.entry("ctr", "centre"), Map.entry("rdg", "ridge"),
            Map.entry("n", "north"), Map.entry("s", "south"), Map.entry("e", "east"), Map.entry("w", "west"),
            Map.entry("nth", "north"), Map.entry("sth", "south"));

    /** Words that, alone or with only a number, name no place in particular. */
    private static final Set<String> GENERIC = Set.of("flat", "unit", "house", "room", "floor", "ground", "first",
            "second", "top", "basement", "wing", "block", "the", "and", "of", "at", "in", "road", "street", "avenue",
            "lane", "drive", "close", "court", "place", "north", "south", "east", "west", "upper", "lower", "rear",
            "front", "annex", "annexe", "no", "number", "building", "buildings", "refuge", "home", "address");

    private final List<List<String>> addressParts;
    /** The address parts by their first word, so that a force's thousands of values are found in one pass. */
    private final Map<String, List<List<String>>> partsByFirstWord;
    private final Pattern loosePostcodes;
    private final Set<String> phones;
    private final Set<String> literals;
    private final boolean empty;

    private ConfidentialValues(List<List<String>> addressParts, Set<String> phones, Set<String> literals) {
        this.addressParts = List.copyOf(addressParts);
        Map<String, List<List<String>>> index = new java.util.HashMap<>();
        addressParts.forEach(part -> index.computeIfAbsent(part.get(0), k -> new ArrayList<>()).add(part));
        this.partsByFirstWord = index;
        // A postcode split oddly ("LS 6 2AB", "L.S.6 2AB") reads as one run of its letters and digits.
        List<String> loose = addressParts.stream()
                .filter(part -> part.size() == 1 && POSTCODE.matcher(part.get(0)).matches())
                .map(part -> String.join("[\\s.\\-]*", part.get(0).split(""))).toList();
        this.loosePostcodes = loose.isEmpty() ? null : Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + String.join("|", loose) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE);
        this.phones = Set.copyOf(phones);
        this.literals = Set.copyOf(literals);
        this.empty = addressParts.isEmpty() && phones.isEmpty() && literals.isEmpty();
    }

    public static final ConfidentialValues NONE = new ConfidentialValues(List.of(), Set.of(), Set.of());

    /** The confidential values of these versions of an order (all of them, so an old address stays secret). */
    public static ConfidentialValues of(Collection<OrderDetails> versions) {
        List<Address> addresses = new ArrayList<>();
        List<ContactDetail> contacts = new ArrayList<>();
        for (OrderDetails d : versions) {
            if (d == null) {
                continue;
            }
            Stream.concat(Stream.of(d.applicant()), Stream.concat(d.otherProtectedPersons().stream(),
                            d.children().stream()))
                    .filter(p -> p != null).forEach(p -> {
                        addresses.addAll(p.addresses());
                        contacts.addAll(p.contacts());
                    });
            if (d.respondent() != null) {
                addresses.addAll(d.respondent().addresses());
                contacts.addAll(d.respondent().contacts());
            }
        }
        return of(addresses.stream().filter(Address::confidential).toList(),
                contacts.stream().filter(ContactDetail::confidential).toList());
    }

    public static ConfidentialValues of(OrderDetails details) {
        return of(List.of(details));
    }

    /** The values of these confidential addresses and contact details. */
    public static ConfidentialValues of(List<Address> addresses, List<ContactDetail> contacts) {
        Set<List<String>> parts = new LinkedHashSet<>();
        Set<String> phones = new LinkedHashSet<>();
        Set<String> literals = new LinkedHashSet<>();
        for (Address a : addresses) {
            for (String line : new String[] {a.line1(), a.line2()}) {
                addressParts(line, parts::add);
            }
            String postcode = postcode(a.postcode());
            if (postcode != null) {
                Matcher m = POSTCODE.matcher(postcode);
                if (m.matches()) {
                    parts.add(List.of(m.group(1), m.group(2)));
                }
                parts.add(List.of(postcode));
            }
        }
        for (ContactDetail c : contacts) {
            String value = c.value() == null ? "" : c.value().strip();
            if (value.isEmpty() || value.equals(Confidentiality.WITHHELD)) {
                continue;
            }
            String digits = phoneDigits(value);
            if (c.kind() == ContactDetail.Kind.PHONE || (digits.length() >= 7 && !value.contains("@")
                    && value.replaceAll("[\\d\\s+()./-]", "").isEmpty())) {
                if (digits.length() >= 6) {
                    phones.add(digits);
                }
                continue;
            }
            String literal = value.startsWith("@") ? value.substring(1) : value;
            if (literal.length() >= 3) {
                literals.add(literal.toLowerCase(Locale.ROOT));
            }
        }
        return new ConfidentialValues(List.copyOf(parts), phones, literals);
    }

    /** These values and those of another order together. */
    public ConfidentialValues and(ConfidentialValues other) {
        if (other.empty) {
            return this;
        }
        if (empty) {
            return other;
        }
        Set<List<String>> parts = new LinkedHashSet<>(addressParts);
        parts.addAll(other.addressParts);
        Set<String> allPhones = new LinkedHashSet<>(phones);
        allPhones.addAll(other.phones);
        Set<String> allLiterals = new LinkedHashSet<>(literals);
        allLiterals.addAll(other.literals);
        return new ConfidentialValues(List.copyOf(parts), allPhones, allLiterals);
    }

    public boolean isEmpty() {
        return empty;
    }

    /** The text with every confidential value replaced by {@link #REDACTED}. */
    public String redact(String text) {
        if (empty || text == null || text.isEmpty() || text.equals(Confidentiality.WITHHELD)) {
            return text;
        }
        List<int[]> spans = new ArrayList<>();
        findAddressParts(text, spans);
        findPhones(text, spans);
        findLiterals(text, spans);
        if (spans.isEmpty()) {
            return text;
        }
        spans.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] span : spans) {
            if (span[1] <= at) {
                continue;
            }
            int start = Math.max(span[0], at);
            out.append(text, at, start);
            if (start == span[0]) {
                out.append(REDACTED);
            }
            at = span[1];
        }
        out.append(text, at, text.length());
        return out.toString();
    }

    /** Whether any confidential value appears in the text, in any of the forms {@link #redact} recognises. */
    public boolean appearsIn(String text) {
        return text != null && !empty && !redact(text).equals(text);
    }

    /** How many distinct values this holds (for logs and tests). */
    public int size() {
        return addressParts.size() + phones.size() + literals.size();
    }

    // ---- matching ---------------------------------------------------------------------------------------------

    private record Token(String key, int start, int end) {
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String key = normalise(m.group());
            if (!key.isEmpty()) {
                tokens.add(new Token(key, m.start(), m.end()));
            }
        }
        return tokens;
    }

    private static String normalise(String word) {
        String ascii = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
        return WORDS.getOrDefault(ascii, ascii);
    }

    private static void addressParts(String line, Consumer<List<String>> into) {
        if (line == null || line.isBlank() || line.strip().equals(Confidentiality.WITHHELD)) {
            return;
        }
        for (String part : line.split("[,;]")) {
            List<String> words = tokens(part).stream().map(Token::key).toList();
            if (significant(words)) {
                into.accept(words);
            }
        }
        List<String> whole = tokens(line).stream().map(Token::key).toList();
        if (significant(whole)) {
            into.accept(whole);
        }
    }

    /**
     * A part names a place when it has a distinctive word (neither a number nor generic: "Acacia", "Rosemount"), or
     * is two or more words none of them a number ("Refuge Wing", "Ground Floor"). "Flat 2" or "Wing" alone would
     * blank every flat 2 and every wing in the register, including the respondent's own address.
     */
    private static boolean significant(List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        boolean distinctive = words.stream().anyMatch(w -> !GENERIC.contains(w) && !isNumber(w) && w.length() > 1);
        boolean named = words.size() >= 2 && words.stream().noneMatch(ConfidentialValues::isNumber);
        return distinctive || named;
    }

    private static boolean isNumber(String word) {
        return word.chars().anyMatch(Character::isDigit) && word.length() <= 4;
    }

    private void findAddressParts(String text, List<int[]> spans) {
        if (addressParts.isEmpty()) {
            return;
        }
        List<Token> tokens = tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            for (List<String> part : partsByFirstWord.getOrDefault(tokens.get(i).key(), List.of())) {
                int n = part.size();
                if (i + n > tokens.size()) {
                    continue;
                }
                boolean match = true;
                for (int j = 1; j < n && match; j++) {
                    match = tokens.get(i + j).key().equals(part.get(j));
                }
                if (match) {
                    spans.add(new int[] {tokens.get(i).start(), tokens.get(i + n - 1).end()});
                }
            }
        }
        if (loosePostcodes != null) {
            Matcher m = loosePostcodes.matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
    }

    private void findPhones(String text, List<int[]> spans) {
        if (phones.isEmpty()) {
            return;
        }
        Matcher m = PHONE_RUN.matcher(text);
        while (m.find()) {
            String digits = phoneDigits(m.group());
            for (String phone : phones) {
                // The run may hold more than the number (two numbers written together); withhold the run.
                if (digits.contains(phone) || (phone.startsWith("0") && digits.contains(phone.substring(1))
                        && phone.length() >= 10)) {
                    spans.add(new int[] {m.start(), m.end()});
                    break;
                }
            }
        }
    }

    private void findLiterals(String text, List<int[]> spans) {
        if (literals.isEmpty()) {
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String literal : literals) {
            int from = 0;
            while ((from = lower.indexOf(literal, from)) >= 0) {
                int start = from;
                int end = from + literal.length();
                boolean startsWord = start == 0 || !isHandleChar(lower.charAt(start - 1));
                boolean endsWord = end == lower.length() || !isHandleChar(lower.charAt(end));
                if (startsWord && endsWord) {
                    if (start > 0 && lower.charAt(start - 1) == '@' && !literal.contains("@")) {
                        start--;
                    }
                    spans.add(new int[] {start, end});
                }
                from = end;
            }
        }
    }

    private static boolean isHandleChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The digits of a telephone number, with the UK's international prefix read as the trunk 0. */
    static String phoneDigits(String value) {
        String v = value.strip();
        v = v.replaceAll("\\(0\\)", "");
        String digits = v.replaceAll("\\D", "");
        if (v.startsWith("+44") || digits.startsWith("0044")) {
            digits = "0" + digits.substring(v.startsWith("+44") ? 2 : 4);
        }
        return digits;
    }

    private static String postcode(String value) {
        if (value == null) {
            return null;
        }
        String p = value.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        return p.length() >= 5 ? p : null;
    }
}
