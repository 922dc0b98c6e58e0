package org.nmoregister.sentencing;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.nmoregister.orders.OrderType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sentencing guideline for breach of a protective order, read from its reference file: look up the starting
 * point and range for a culpability and harm, with the factors and the maximum. Plain Java, immutable, thread-safe.
 * {@link #read} checks the whole file and lists every problem, so a bad file stops the application at start-up
 * rather than misleading an officer later.
 */
public final class SentencingGuide {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES) // an absent flag is false
            .build();

    private final Guideline guideline;

    private SentencingGuide(Guideline guideline) {
        this.guideline = guideline;
    }

    /**
     * Reads and checks a guideline file.
     *
     * @param in     the JSON file (not closed here)
     * @param origin where it came from, for messages
     * @throws InvalidGuidelineException naming every problem when the file cannot be used
     */
    public static SentencingGuide read(InputStream in, String origin) {
        GuidelineFile file;
        try {
            file = JSON.readValue(in, GuidelineFile.class);
        } catch (JacksonException e) {
            throw new InvalidGuidelineException(origin, "it is not a guideline file: " + e.getOriginalMessage(), e);
        }
        if (file == null) {
            throw new InvalidGuidelineException(origin, List.of("the file is empty"));
        }
        var problems = new ArrayList<String>();
        Guideline guideline = check(file, problems);
        if (!problems.isEmpty()) {
            throw new InvalidGuidelineException(origin, problems);
        }
        return new SentencingGuide(guideline);
    }

    /** Reads a guideline file from an open stream, closing it. */
    public static SentencingGuide read(ThrowingSupplier source, String origin) {
        try (InputStream in = source.open()) {
            return read(in, origin);
        } catch (IOException e) {
            throw new InvalidGuidelineException(origin, "it cannot be read: " + e.getMessage(), e);
        }
    }

    /** Opens a stream that may fail. */
    @FunctionalInterface
    public interface ThrowingSupplier {
        InputStream open() throws IOException;
    }

    public Guideline guideline() {
        return guideline;
    }

    /** Whether the guideline is the one for breach of this type of order. */
    public boolean appliesTo(OrderType type) {
        return guideline.orderTypes().contains(type);
    }

    /** What the guideline says for a culpability and a harm. */
    public Recommendation lookup(Culpability culpability, Harm harm) {
        Objects.requireNonNull(culpability, "culpability");
        Objects.requireNonNull(harm, "harm");
        Cell cell = guideline.cell(culpability, harm);
        return new Recommendation(guideline.name(), guideline.version(), guideline.effectiveFrom(),
                guideline.source(), culpability, guideline.culpability().get(culpability), harm,
                guideline.harm().get(harm), cell.startingPoint(), cell.range(), guideline.aggravatingFactors(),
                guideline.mitigatingFactors(), guideline.maximum());
    }

    // ---- checking the file ----

    record GuidelineFile(String id, String name, String guideline, String issuer, String version,
                         String effectiveFrom, GuidelineSource source, List<String> appliesTo,
                         List<String> orderTypes, Map<String, List<String>> culpability,
                         Map<String, List<String>> harm, List<FileCell> table, List<Factor> aggravatingFactors,
                         List<Factor> mitigatingFactors, StatutoryMaximum maximum) {
    }

    record FileCell(String culpability, Integer harm, Sentence startingPoint, SentenceRange range) {
    }

    private static Guideline check(GuidelineFile file, List<String> problems) {
        required(file.id(), "id", problems);
        required(file.name(), "name", problems);
        required(file.guideline(), "guideline", problems);
        required(file.issuer(), "issuer", problems);
        required(file.version(), "version", problems);
        LocalDate effectiveFrom = null;
        if (blank(file.effectiveFrom())) {
            problems.add("effectiveFrom is missing");
        } else {
            try {
                effectiveFrom = LocalDate.parse(file.effectiveFrom());
            } catch (DateTimeParseException e) {
                problems.add("effectiveFrom " + file.effectiveFrom() + " is not a date like 2018-10-01");
            }
        }
        if (file.source() == null || blank(file.source().title()) || blank(file.source().url())) {
            problems.add("source needs a title and a url");
        }
        List<String> appliesTo = nonBlankList(file.appliesTo(), "appliesTo", problems);
        Set<OrderType> orderTypes = orderTypes(file.orderTypes(), problems);
        Map<Culpability, List<String>> culpability = definitions(file.culpability(), "culpability",
                Culpability.class, Culpability::parse, problems);
        Map<Harm, List<String>> harm = definitions(file.harm(), "harm", Harm.class, Harm::parse, problems);
        StatutoryMaximum maximum = maximum(file.maximum(), problems);
        List<Cell> table = table(file.table(), maximum, problems);
        List<Factor> aggravating = factors(file.aggravatingFactors(), "aggravatingFactors", problems);
        List<Factor> mitigating = factors(file.mitigatingFactors(), "mitigatingFactors", problems);
        var ids = new HashSet<String>();
        for (Factor factor : concat(aggravating, mitigating)) {
            if (factor.id() != null && !ids.add(factor.id())) {
                problems.add("factor id " + factor.id() + " is used twice");
            }
        }
        for (Factor factor : mitigating) {
            if (factor.statutory()) {
                problems.add("mitigating factor " + factor.id() + " cannot be statutory: the statutory factors"
                        + " are aggravating");
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Guideline(file.id(), file.name(), file.guideline(), file.issuer(), file.version(), effectiveFrom,
                file.source(), appliesTo, orderTypes, culpability, harm, table, aggravating, mitigating, maximum);
    }

    private static Set<OrderType> orderTypes(List<String> names, List<String> problems) {
        if (names == null || names.isEmpty()) {
            problems.add("orderTypes is missing: name the order types whose breach the guideline covers");
            return Set.of();
        }
        var types = EnumSet.noneOf(OrderType.class);
        for (String name : names) {
            try {
                types.add(OrderType.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add("orderTypes: " + name + " is not an order type the register holds");
            }
        }
        return Set.copyOf(types);
    }

    private static <K extends Enum<K>> Map<K, List<String>> definitions(
            Map<String, List<String>> raw, String what, Class<K> type, Function<String, Optional<K>> parse,
            List<String> problems) {
        var definitions = new EnumMap<K, List<String>>(type);
        if (raw == null) {
            problems.add(what + " definitions are missing");
            return definitions;
        }
        raw.forEach((key, lines) -> parse.apply(key).ifPresentOrElse(
                category -> definitions.put(category, nonBlankList(lines, what + " " + key, problems)),
                () -> problems.add(what + " " + key + " is not a category of the guideline")));
        for (K category : type.getEnumConstants()) {
            if (!definitions.containsKey(category)) {
                problems.add(what + " " + label(category) + " has no definition");
            }
        }
        return Map.copyOf(definitions);
    }

    private static List<Cell> table(List<FileCell> raw, StatutoryMaximum maximum, List<String> problems) {
        var cells = new ArrayList<Cell>();
        if (raw == null) {
            problems.add("table is missing");
            return cells;
        }
        var seen = new HashSet<String>();
        for (FileCell row : raw) {
            Optional<Culpability> culpability = Culpability.parse(row.culpability());
            Optional<Harm> harm = row.harm() == null ? Optional.empty() : Harm.of(row.harm());
            if (culpability.isEmpty() || harm.isEmpty()) {
                problems.add("table: a cell has culpability " + row.culpability() + " and harm " + row.harm()
                        + "; they must be A, B or C and 1, 2 or 3");
                continue;
            }
            String name = culpability.get() + String.valueOf(harm.get().category());
            if (!seen.add(name)) {
                problems.add("table: cell " + name + " is given twice");
                continue;
            }
            int before = problems.size();
            sentence(row.startingPoint(), "table " + name + " startingPoint", true, problems);
            SentenceRange range = row.range();
            if (range == null) {
                problems.add("table " + name + " range is missing");
            } else {
                sentence(range.from(), "table " + name + " range from", false, problems);
                sentence(range.to(), "table " + name + " range to", false, problems);
                required(range.text(), "table " + name + " range text", problems);
            }
            if (problems.size() == before) {
                int start = row.startingPoint().severity();
                if (range.from().severity() > start || start > range.to().severity()) {
                    problems.add("table " + name + ": the starting point " + row.startingPoint().text()
                            + " is not within the range " + range.text());
                }
                if (maximum != null && maximum.onIndictment() != null && maximum.onIndictment().kind() != null
                        && maximum.onIndictment().problems().isEmpty()
                        && range.to().severity() > maximum.onIndictment().severity()) {
                    problems.add("table " + name + ": the range " + range.text() + " goes above the maximum "
                            + maximum.onIndictment().text());
                }
                cells.add(new Cell(culpability.get(), harm.get(), row.startingPoint(), range));
            }
        }
        for (Culpability c : Culpability.values()) {
            for (Harm h : Harm.values()) {
                String name = c + String.valueOf(h.category());
                if (!seen.contains(name)) {
                    problems.add("table: cell " + name + " (culpability " + c + ", harm " + h.category()
                            + ") is missing");
                }
            }
        }
        return List.copyOf(cells);
    }

    private static StatutoryMaximum maximum(StatutoryMaximum maximum, List<String> problems) {
        if (maximum == null) {
            problems.add("maximum is missing");
            return null;
        }
        int before = problems.size();
        sentence(maximum.onIndictment(), "maximum onIndictment", true, problems);
        sentence(maximum.summary(), "maximum summary", true, problems);
        if (problems.size() == before && maximum.summary().severity() > maximum.onIndictment().severity()) {
            problems.add("maximum: the summary maximum is above the maximum on indictment");
        }
        return maximum;
    }

    private static void sentence(Sentence sentence, String where, boolean needsText, List<String> problems) {
        if (sentence == null) {
            problems.add(where + " is missing");
            return;
        }
        sentence.problems().forEach(problem -> problems.add(where + ": " + problem));
        if (needsText && blank(sentence.text())) {
            problems.add(where + " has no text");
        }
    }

    private static List<Factor> factors(List<Factor> raw, String what, List<String> problems) {
        if (raw == null || raw.isEmpty()) {
            problems.add(what + " are missing");
            return List.of();
        }
        for (Factor factor : raw) {
            if (factor == null || blank(factor.id()) || blank(factor.text())) {
                problems.add(what + ": every factor needs an id and a text");
            }
        }
        return List.copyOf(raw.stream().filter(Objects::nonNull).toList());
    }

    private static List<String> nonBlankList(List<String> lines, String what, List<String> problems) {
        if (lines == null || lines.isEmpty() || lines.stream().anyMatch(SentencingGuide::blank)) {
            problems.add(what + " needs at least one line and no blank lines");
            return List.of();
        }
        return List.copyOf(lines);
    }

    private static void required(String value, String what, List<String> problems) {
        if (blank(value)) {
            problems.add(what + " is missing");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String label(Enum<?> category) {
        return category instanceof Harm harm ? String.valueOf(harm.category()) : category.name();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        var all = new ArrayList<T>(a);
        all.addAll(b);
        return all;
    }
}
