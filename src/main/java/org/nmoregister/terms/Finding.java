package org.nmoregister.terms;

import java.util.Objects;

/**
 * Something that makes an order harder to enforce, with the clause it concerns ({@code null} when it concerns the
 * order as a whole) and a plain-English message saying what to change.
 *
 * @param suggestedTerm a term that, added to the order as it stands, puts the problem right; null when the fix needs
 *                      facts only the drafter has (a distance, a place, the hours meant) and so cannot be written for
 *                      them
 */
public record Finding(FindingCode code, Severity severity, Integer clauseIndex, String message, String suggestedTerm) {

    public Finding(FindingCode code, Severity severity, Integer clauseIndex, String message) {
        this(code, severity, clauseIndex, message, null);
    }

    /** ERROR: the police cannot reliably enforce it as it stands. WARNING: weaker than it should be. INFO: note it. */
    public enum Severity { ERROR, WARNING, INFO }

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }
}
