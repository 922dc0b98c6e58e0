package org.nmoregister.terms;

import java.util.List;

/** The clauses read from an order's terms, in order, and the findings on them and on the order's context. */
public record TermsReading(List<Clause> clauses, List<Finding> findings) {

    public TermsReading {
        clauses = List.copyOf(clauses);
        findings = List.copyOf(findings);
    }

    /** True when at least one finding is an ERROR. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
    }
}
