package org.nmoregister.terms;

import java.util.Objects;

/**
 * Something that makes an order harder to enforce, with the clause it concerns ({@code null} when it concerns the
 * order as a whole) and a plain-English message saying what to change.
 */
public record Finding(FindingCode code, Severity severity, Integer clauseIndex, String message) {

    /** ERROR: the police cannot reliably enforce it as it stands. WARNING: weaker than it should be. INFO: note it. */
    public enum Severity { ERROR, WARNING, INFO }

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }
}
