package org.nmoregister.breaches.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nmoregister.orders.Term;
import org.nmoregister.terms.Clause;
import org.nmoregister.terms.OrderContext;
import org.nmoregister.terms.TermsChecker;

/**
 * The order's terms read into clauses, and how to name each clause to an officer: by the paragraph number the court
 * gave it ("term 3"), adding the clause's position when one paragraph holds several ("term 3 (clause 4)").
 */
final class ClauseLabels {

    private static final TermsChecker TERMS = new TermsChecker();

    private final List<Clause> clauses;
    private final Map<Integer, String> labels = new HashMap<>();

    private ClauseLabels(List<Clause> clauses) {
        this.clauses = clauses;
    }

    static ClauseLabels read(List<Term> terms) {
        List<Term> ordered = terms.stream().sorted(Comparator.comparingInt(Term::number)).toList();
        List<String> texts = ordered.stream().map(Term::text).toList();
        List<Clause> clauses = TERMS.check(texts, OrderContext.none()).clauses();
        ClauseLabels out = new ClauseLabels(clauses);
        // which paragraph each clause came from: each paragraph read alone gives its clause count
        List<Integer> owner = new ArrayList<>();
        List<Integer> perTerm = new ArrayList<>();
        for (Term t : ordered) {
            int n = TERMS.check(List.of(t.text() == null ? "" : t.text()), OrderContext.none()).clauses().size();
            perTerm.add(n);
            for (int i = 0; i < n; i++) {
                owner.add(t.number());
            }
        }
        boolean mapped = owner.size() == clauses.size();
        for (Clause c : clauses) {
            if (!mapped) {
                out.labels.put(c.index(), "clause " + c.index());
                continue;
            }
            int number = owner.get(c.index() - 1);
            int termPosition = ordered.stream().map(Term::number).toList().indexOf(number);
            boolean alone = perTerm.get(termPosition) == 1;
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
