package org.nmoregister.breaches.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nmoregister.terms.Clause;
import org.nmoregister.terms.ReadClauses;

/**
 * The order version's clauses, as read once when the version was recorded, and how to name each clause to an
 * officer: by the paragraph number the court gave it ("term 3"), adding the clause's position when one paragraph
 * holds several, or when the clause's position is not the paragraph's number ("term 3 (clause 4)").
 */
final class ClauseLabels {

    private final List<Clause> clauses;
    private final Map<Integer, String> labels = new HashMap<>();

    private ClauseLabels(List<Clause> clauses) {
        this.clauses = clauses;
    }

    static ClauseLabels of(ReadClauses read) {
        Objects.requireNonNull(read, "the order version's clauses (read when it was recorded)");
        ClauseLabels out = new ClauseLabels(read.clauses());
        for (Clause c : read.clauses()) {
            int number = read.paragraphOf(c);
            boolean alone = read.clausesIn(number) == 1;
            out.labels.put(c.index(), alone && number == c.index() ? "term " + number
                    : "term " + number + " (clause " + c.index() + ")");
        }
        return out;
    }
    List<Clause> clauses() {
        return clauses;
    }

    /** "term 3", for use within a sentence. */
    String label(Clause c) {
        return labels.getOrDefault(c.index(), "clause " + c.index());
    }

    /** "Term 3", to begin a sentence. */
    static String cap(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
