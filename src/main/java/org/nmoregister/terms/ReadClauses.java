package org.nmoregister.terms;

import java.util.List;
import java.util.Objects;

/**
 * An order version's terms as the terms module read them, once, when the version was recorded: the clauses in the
 * court's order of paragraphs, the paragraph each came from, and the version of the reading rules that read them.
 * Consumers judge, flag and check these; none of them reads the wording again.
 *
 * @param parserVersion the {@code ClauseParser} rules that read them (see docs/terms.md, "Stored readings")
 * @param clauses       1-based, in paragraph order; a paragraph may hold several clauses
 * @param paragraphs    the court's number of the paragraph each clause was read from, position for position
 */
public record ReadClauses(int parserVersion, List<Clause> clauses, List<Integer> paragraphs) {

    public ReadClauses {
        clauses = List.copyOf(clauses);
        paragraphs = List.copyOf(paragraphs);
        if (clauses.size() != paragraphs.size()) {
            throw new IllegalArgumentException("every clause needs the paragraph it was read from");
        }
        for (int i = 0; i < clauses.size(); i++) {
            if (clauses.get(i).index() != i + 1) {
                throw new IllegalArgumentException("clause " + (i + 1) + " is numbered " + clauses.get(i).index());
            }
        }
    }

    /** The court's number of the paragraph the clause was read from. */
    public int paragraphOf(Clause clause) {
        Objects.requireNonNull(clause, "clause");
        return paragraphs.get(clause.index() - 1);
    }

    /** How many clauses the paragraph numbered {@code number} holds. */
    public int clausesIn(int number) {
        return (int) paragraphs.stream().filter(p -> p == number).count();
    }
}
