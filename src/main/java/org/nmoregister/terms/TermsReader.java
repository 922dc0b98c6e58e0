package org.nmoregister.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.nmoregister.terms.internal.ClauseParser;
import org.nmoregister.terms.internal.EnforceabilityChecks;
import org.nmoregister.terms.internal.StoredClauses;
import org.nmoregister.terms.internal.TextNormaliser;
import org.springframework.stereotype.Component;

/**
 * The one reader of an order's terms for the register. The orders module reads a version's paragraphs with
 * {@link #read} when it records the version and stores the result in the shape {@link #toStored} writes (documented
 * in docs/terms.md); every other module receives the stored clauses and asks only for {@link #findings} on them.
 * Stateless and thread-safe; a Spring bean so that no module outside this one constructs a parser.
 */
@Component
public final class TermsReader {

    /** The version of the reading rules now in use. */
    public static final int PARSER_VERSION = ClauseParser.VERSION;
    /** The version of the stored shape {@link #toStored} writes. */
    public static final int SHAPE_VERSION = StoredClauses.SHAPE;

    private final ClauseParser parser = new ClauseParser();
    private final EnforceabilityChecks checks = new EnforceabilityChecks();

    /**
     * Reads the order's paragraphs, keyed by the number the court gave them, in the court's order (by number,
     * whatever order they were recorded in).
     */
    public ReadClauses read(Map<Integer, String> paragraphs) {
        int total = paragraphs.values().stream().mapToInt(t -> t == null ? 0 : t.length() + 2).sum();
        if (total > TermsChecker.MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("The terms are longer than " + TermsChecker.MAX_TEXT_LENGTH
                    + " characters");
        }
        List<Map.Entry<Integer, String>> ordered = paragraphs.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder())).toList();
        List<String> texts = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (var paragraph : ordered) {
            texts.add(TextNormaliser.normalise(paragraph.getValue() == null ? "" : paragraph.getValue()));
        }
        List<List<Clause>> each = parser.parseEachSeparately(texts);
        List<Clause> clauses = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            for (Clause c : each.get(i)) {
                clauses.add(c);
                numbers.add(ordered.get(i).getKey());
            }
        }
        return new ReadClauses(PARSER_VERSION, clauses, numbers);
    }

    /** The findings on clauses already read, in the context of the order: no wording is read again. */
    public List<Finding> findings(ReadClauses read, OrderContext context) {
        return checks.check(read.clauses(), context == null ? OrderContext.none() : context);
    }

    /** The stored shape (docs/terms.md, "Stored readings"), as JSON text. */
    public String toStored(ReadClauses read) {
        return StoredClauses.write(read);
    }

    /**
     * Reads the stored shape back. A shape this code does not know, or a value it does not recognise, is refused
     * rather than read in part.
     */
    public ReadClauses fromStored(String json) {
        return StoredClauses.read(json);
    }
}
