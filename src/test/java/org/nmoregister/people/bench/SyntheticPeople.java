package org.nmoregister.people.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import net.datafaker.Faker;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.nmoregister.people.PersonQuery;
import org.nmoregister.people.PersonRecord;
import org.nmoregister.people.internal.NameNormaliser;
import org.nmoregister.people.internal.NameTables;

/**
 * Seeded synthetic people with UK-style names of varied origins, and noisy queries for them of every kind the
 * lookup must tolerate. The name pools come from Datafaker's locales (English, Indian, Pakistani, Nigerian, Polish,
 * Turkish) drawn once with a fixed seed, so every seed draws from the same population of names; the seed decides who
 * is generated and how their queries are garbled. Spellings of names in the transliteration table are varied, as
 * they are on real records.
 */
public final class SyntheticPeople {

    /** A query for a person, of a kind. */
    public record NoisyQuery(Kind kind, PersonQuery query, String expectedId) {
    }

    public enum Kind {
        EXACT, TYPO_ONE_EDIT, TYPO_TWO_EDITS, NICKNAME, TRANSLITERATION, PHONETIC, SWAPPED_NAMES, SURNAME_PART,
        PARTICLE_SPACING, ALIAS, INITIAL, MIDDLE_NAME_OMITTED, DOB_DAY_MONTH_SWAPPED, DOB_ONE_DIGIT, NO_DOB, COMBINED
    }

    private static final String[][] ORIGINS = {
            // locale, weight (percent)
            {"en-GB", "58"}, {"en-IN", "10"}, {"en-PAK", "10"}, {"en-NG", "7"}, {"pl", "9"}, {"tr", "6"}};
    private static final String[] PARTICLE_SURNAMES = {"O'Brien", "O'Connor", "O'Neill", "McDonald", "MacDonald",
            "McKenzie", "MacLeod", "van der Berg", "van Dijk", "de Souza", "D'Souza", "De Silva", "al-Rashid",
            "Al-Hassan", "El-Sayed", "bin Laden", "Da Costa", "Du Plessis", "St John", "Le Roux"};
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private static volatile List<List<String>[]> pools;

    private final Random random;
    private final NameTables tables = NameTables.standard();
    private final List<List<String>[]> namePools;
    private int next;
    private final String idPrefix;

    public SyntheticPeople(long seed) {
        this.random = new Random(seed);
        this.namePools = pools();
        this.idPrefix = "p" + seed + "-";
    }

    // ---------------------------------------------------------------- people

    public List<PersonRecord<String>> people(int count) {
        List<PersonRecord<String>> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(person());
        }
        return out;
    }

    public PersonRecord<String> person() {
        List<String>[] pool = namePools.get(origin());
        List<String> first = pool[0];
        List<String> last = pool[1];
        StringBuilder name = new StringBuilder(vary(pick(first)));
        if (random.nextInt(100) < 25) {
            name.append(' ').append(vary(pick(first)));
        }
        String surname = surname(last);
        name.append(' ').append(surname);
        LocalDate dob = random.nextInt(100) < 95
                ? LocalDate.of(1940, 1, 1).plusDays(random.nextInt(70 * 365)) : null;
        List<String> aliases = new ArrayList<>();
        int a = random.nextInt(100);
        if (a < 6) {
            aliases.add(name.substring(0, name.lastIndexOf(surname)) + surname(last)); // a former surname
        } else if (a < 9) {
            aliases.add(vary(pick(first)) + " " + surname); // known by another forename
        }
        String id = idPrefix + (next++);
        return new PersonRecord<>(id, id, name.toString(), aliases, dob);
    }

    private String surname(List<String> last) {
        int r = random.nextInt(100);
        if (r < 7) {
            return vary(pick(last)) + "-" + vary(pick(last));
        }
        if (r < 10) {
            return PARTICLE_SURNAMES[random.nextInt(PARTICLE_SURNAMES.length)];
        }
        return vary(pick(last));
    }

    /** Records spell a transliterated name any of its ways. */
    private String vary(String name) {
        List<String> variants = new ArrayList<>(tables.transliterationsOf(key(name)));
        if (variants.isEmpty() || random.nextBoolean()) {
            return name;
        }
        return capitalise(variants.get(random.nextInt(variants.size())));
    }

    private int origin() {
        int r = random.nextInt(100);
        int acc = 0;
        for (int i = 0; i < ORIGINS.length; i++) {
            acc += Integer.parseInt(ORIGINS[i][1]);
            if (r < acc) {
                return i;
            }
        }
        return 0;
    }

    // ---------------------------------------------------------------- noisy queries

    /** A query of the given kind for the person, or null when the kind does not apply to them. */
    public NoisyQuery query(PersonRecord<String> p, Kind kind) {
        String[] words = p.name().split(" ");
        int surnameAt = words.length - 1;
        if (p.name().matches(".*\\b(van der|van|de|De|bin|Da|Du|St|Le) \\S+$")) {
            surnameAt = words.length - 2;
            if (p.name().contains("van der ")) {
                surnameAt = words.length - 3;
            }
        }
        String forename = words[0];
        String surname = String.join(" ", java.util.Arrays.copyOfRange(words, surnameAt, words.length));
        boolean hasMiddle = surnameAt > 1;
        LocalDate dob = p.dateOfBirth();
        String name;
        switch (kind) {
            case EXACT -> name = p.name();
            case TYPO_ONE_EDIT -> {
                int w = random.nextInt(2);
                String t = typo(w == 0 ? forename : surname, 1);
                if (t == null) {
                    return null;
                }
                name = w == 0 ? t + " " + surname : forename + " " + t;
            }
            case TYPO_TWO_EDITS -> {
                if (random.nextBoolean()) {
                    String f = typo(forename, 1);
                    String s = typo(surname, 1);
                    if (f == null || s == null) {
                        return null;
                    }
                    name = f + " " + s;
                } else {
                    String s = surname.length() >= 6 ? typo(surname, 2) : null;
                    String f = forename.length() >= 6 ? typo(forename, 2) : null;
                    if (s == null && f == null) {
                        return null;
                    }
                    name = s != null ? forename + " " + s : f + " " + surname;
                }
            }
            case NICKNAME -> {
                List<String> n = new ArrayList<>(tables.nicknamesOf(key(forename)));
                if (n.isEmpty()) {
                    return null;
                }
                name = capitalise(n.get(random.nextInt(n.size()))) + " " + surname;
            }
            case TRANSLITERATION -> {
                List<String> f = new ArrayList<>(tables.transliterationsOf(key(forename)));
                List<String> s = new ArrayList<>(tables.transliterationsOf(key(surname)));
                if (f.isEmpty() && s.isEmpty()) {
                    return null;
                }
                name = !f.isEmpty() && (s.isEmpty() || random.nextBoolean())
                        ? capitalise(f.get(random.nextInt(f.size()))) + " " + surname
                        : forename + " " + capitalise(s.get(random.nextInt(s.size())));
            }
            case PHONETIC -> {
                boolean onSurname = random.nextBoolean();
                String v = soundAlike(onSurname ? surname : forename);
                if (v == null) {
                    v = soundAlike(onSurname ? forename : surname);
                    onSurname = !onSurname;
                }
                if (v == null) {
                    return null;
                }
                name = onSurname ? forename + " " + v : v + " " + surname;
            }
            case SWAPPED_NAMES -> name = surname + " " + forename;
            case SURNAME_PART -> {
                if (!surname.contains("-")) {
                    return null;
                }
                String[] halves = surname.split("-", 2);
                name = forename + " " + halves[random.nextInt(2)];
            }
            case PARTICLE_SPACING -> {
                String k = surname.replace("'", "").replace("-", " ");
                if (k.equals(surname)) {
                    if (!surname.contains(" ")) {
                        return null;
                    }
                    k = surname.replace(" ", "");
                }
                name = forename + " " + k;
            }
            case ALIAS -> {
                if (p.aliases().isEmpty()) {
                    return null;
                }
                name = p.aliases().get(0);
            }
            case INITIAL -> {
                if (dob == null) {
                    return null;
                }
                name = forename.charAt(0) + " " + surname;
            }
            case MIDDLE_NAME_OMITTED -> {
                if (!hasMiddle) {
                    return null;
                }
                name = forename + " " + surname;
            }
            case DOB_DAY_MONTH_SWAPPED -> {
                if (dob == null || dob.getDayOfMonth() > 12 || dob.getDayOfMonth() == dob.getMonthValue()) {
                    return null;
                }
                name = p.name();
                dob = LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue());
            }
            case DOB_ONE_DIGIT -> {
                if (dob == null) {
                    return null;
                }
                name = p.name();
                dob = oneDigit(dob);
            }
            case NO_DOB -> {
                name = forename + " " + surname;
                dob = null;
            }
            case COMBINED -> {
                List<String> n = new ArrayList<>(tables.nicknamesOf(key(forename)));
                String f = n.isEmpty() ? forename : capitalise(n.get(random.nextInt(n.size())));
                String s = typo(surname, 1);
                if (dob == null || s == null) {
                    return null;
                }
                name = s + ", " + f;
                dob = oneDigit(dob);
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        return new NoisyQuery(kind, new PersonQuery(name, dob, 5), p.id());
    }

    /** A query of any applicable kind, kinds taken in turn. */
    public NoisyQuery anyQuery(PersonRecord<String> p, int turn) {
        Kind[] kinds = Kind.values();
        for (int k = 0; k < kinds.length; k++) {
            NoisyQuery q = query(p, kinds[(turn + k) % kinds.length]);
            if (q != null) {
                return q;
            }
        }
        throw new IllegalStateException("no query applies to " + p);
    }

    /** A query for someone not in the register: a generated person whose name no indexed person has. */
    public PersonQuery absentQuery(Set<String> registeredNames) {
        while (true) {
            PersonRecord<String> p = person();
            if (!registeredNames.contains(nameKey(p.name())) && p.dateOfBirth() != null) {
                return new PersonQuery(p.name(), p.dateOfBirth(), 5);
            }
        }
    }

    /** The normalised form of a whole name, for telling whether a name is in the register. */
    public static String nameKey(String name) {
        StringBuilder b = new StringBuilder();
        NameNormaliser.tokens(name).stream().filter(t -> !t.joined()).map(t -> t.text()).sorted()
                .forEach(t -> b.append(t).append(' '));
        return b.toString();
    }

    private String typo(String word, int edits) {
        String w = word;
        for (int e = 0; e < edits; e++) {
            if (w.length() < (edits == 2 ? 6 : 3)) {
                return null;
            }
            int at = 1 + random.nextInt(w.length() - 1);
            char c = LETTERS.charAt(random.nextInt(LETTERS.length()));
            w = switch (random.nextInt(4)) {
                case 0 -> w.substring(0, at) + c + w.substring(at + 1);
                case 1 -> w.substring(0, at) + w.substring(at + 1);
                case 2 -> w.substring(0, at) + c + w.substring(at);
                default -> at < w.length() - 1
                        ? w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2)
                        : w.substring(0, at) + c;
            };
        }
        return w.equalsIgnoreCase(word) || w.contains(" ") && !word.contains(" ") ? null : w;
    }

    private static final String[][] SOUND_RULES = {{"ph", "f"}, {"f", "ph"}, {"ck", "k"}, {"c", "k"}, {"k", "c"},
            {"y", "i"}, {"i", "y"}, {"ee", "ea"}, {"oo", "ou"}, {"z", "s"}, {"s", "z"}, {"th", "t"}, {"ll", "l"},
            {"nn", "n"}, {"tt", "t"}, {"ss", "s"}, {"mm", "m"}, {"rr", "r"}, {"ie", "y"}, {"ey", "y"}, {"gh", ""},
            {"kn", "n"}, {"wr", "r"}, {"ai", "ay"}, {"ou", "ow"}, {"q", "k"}, {"v", "w"}, {"w", "v"}, {"e", "a"}};

    /** A different spelling with the same Double Metaphone code: how a name is written down from hearing it. */
    private String soundAlike(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.contains(" ") || lower.contains("-") || lower.contains("'")) {
            return null;
        }
        String code = METAPHONE.doubleMetaphone(lower);
        for (int attempt = 0; attempt < 12; attempt++) {
            String[] rule = SOUND_RULES[random.nextInt(SOUND_RULES.length)];
            int at = lower.indexOf(rule[0], 1);
            if (at < 0) {
                continue;
            }
            String v = lower.substring(0, at) + rule[1] + lower.substring(at + rule[0].length());
            if (!v.equals(lower) && v.length() > 1 && code.equals(METAPHONE.doubleMetaphone(v))) {
                return capitalise(v);
            }
        }
        return null;
    }

    private LocalDate oneDigit(LocalDate dob) {
        for (int attempt = 0; attempt < 50; attempt++) {
            char[] digits = String.format("%04d%02d%02d", dob.getYear(), dob.getMonthValue(), dob.getDayOfMonth())
                    .toCharArray();
            int at = 2 + random.nextInt(6);
            char d = (char) ('0' + random.nextInt(10));
            if (digits[at] == d) {
                continue;
            }
            digits[at] = d;
            String s = new String(digits);
            try {
                return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                        Integer.parseInt(s.substring(6, 8)));
            } catch (java.time.DateTimeException invalid) {
                // try another digit
            }
        }
        return dob.plusDays(1);
    }

    private String pick(List<String> pool) {
        return pool.get(random.nextInt(pool.size()));
    }

    private static String key(String name) {
        return NameNormaliser.fold(name).replaceAll("[^a-z]", "");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>[]> pools() {
        List<List<String>[]> p = pools;
        if (p == null) {
            synchronized (SyntheticPeople.class) {
                if (pools == null) {
                    List<List<String>[]> built = new ArrayList<>();
                    for (String[] origin : ORIGINS) {
                        Faker faker = new Faker(locale(origin[0]), new Random(20261122L));
                        Set<String> first = new LinkedHashSet<>();
                        Set<String> last = new LinkedHashSet<>();
                        for (int i = 0; i < 6000; i++) {
                            first.add(firstWord(faker.name().firstName()));
                            last.add(lastWord(faker.name().lastName()));
                        }
                        first.remove("");
                        last.remove("");
                        built.add(new List[] {new ArrayList<>(first), new ArrayList<>(last)});
                    }
                    pools = built;
                }
                p = pools;
            }
        }
        return p;
    }

    private static Locale locale(String tag) {
        String[] parts = tag.split("-");
        return parts.length == 1 ? new Locale(parts[0]) : new Locale(parts[0], parts[1]);
    }

    /** One word: Datafaker has a few two-word entries ("Ali Raza") that would skew the name structure. */
    private static String firstWord(String name) {
        String t = name.trim();
        int space = t.indexOf(' ');
        return space > 0 ? t.substring(0, space) : t;
    }

    private static String lastWord(String name) {
        String t = name.trim();
        return t.substring(t.lastIndexOf(' ') + 1);
    }

    /** Sizes of the name pools, for the benchmark report. */
    public static String describePools() {
        StringBuilder b = new StringBuilder();
        List<List<String>[]> p = pools();
        for (int i = 0; i < ORIGINS.length; i++) {
            b.append(String.format("%s %s%%: %d forenames, %d surnames; ", ORIGINS[i][0], ORIGINS[i][1],
                    p.get(i)[0].size(), p.get(i)[1].size()));
        }
        return b.toString();
    }
}
