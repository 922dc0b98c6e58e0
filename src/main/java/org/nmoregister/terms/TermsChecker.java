package org.nmoregister.terms;

import java.util.List;
import org.nmoregister.terms.internal.ClauseParser;
import org.nmoregister.terms.internal.EnforceabilityChecks;
import org.nmoregister.terms.internal.TextNormaliser;

/**
 * Reads an order's terms and checks them. Stateless and thread-safe; the same input always gives the same reading.
 */
public final class TermsChecker {

    /** Longest text accepted, in characters: far beyond any real order, small enough to parse in milliseconds. */
    public static final int MAX_TEXT_LENGTH = 100_000;

    private final ClauseParser parser = new ClauseParser();
    private final EnforceabilityChecks checks = new EnforceabilityChecks();

    /** Reads the whole terms text (numbered paragraphs, or run-on sentences) with what is known of the order. */
    public TermsReading check(String text, OrderContext context) {
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("The terms are longer than " + MAX_TEXT_LENGTH + " characters");
        }
        List<Clause> clauses = parser.parse(TextNormaliser.normalise(text == null ? "" : text));
        return new TermsReading(clauses, checks.check(clauses, context == null ? OrderContext.none() : context));
    }

    /** Reads terms already held one by one (as the order record keeps them); each may hold several clauses. */
    public TermsReading check(List<String> terms, OrderContext context) {
        int total = terms.stream().mapToInt(t -> t == null ? 0 : t.length() + 2).sum();
        if (total > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("The terms are longer than " + MAX_TEXT_LENGTH + " characters");
        }
        List<Clause> clauses = parser.parseEach(terms.stream()
                .map(t -> TextNormaliser.normalise(t == null ? "" : t)).toList());
        return new TermsReading(clauses, checks.check(clauses, context == null ? OrderContext.none() : context));
    }
}
