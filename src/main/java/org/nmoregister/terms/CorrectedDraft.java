package org.nmoregister.terms;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The drafter's wording with the terms the findings suggest added after it, ready to copy into an application. The
 * wording itself is kept exactly as typed: a term the checker can write in full is added, never guessed into the
 * drafter's own sentences. Plain Java.
 */
public final class CorrectedDraft {

    /** A numbered term's number at the start of a line: "3.", "3)", "(3)". */
    private static final Pattern NUMBERED = Pattern.compile("(?m)^\\s*\\(?(\\d{1,3})[.)]");

    private CorrectedDraft() {
    }

    /** The corrected draft, or empty when no finding suggests a term to add. */
    public static Optional<String> of(String draft, List<Finding> findings) {
        Set<String> added = new LinkedHashSet<>();
        for (Finding f : findings) {
            if (f.suggestedTerm() != null && !f.suggestedTerm().isBlank()) {
                added.add(f.suggestedTerm().strip());
            }
        }
        if (added.isEmpty()) {
            return Optional.empty();
        }
        String text = draft == null ? "" : draft.strip();
        // A numbered draft goes on being numbered, from its highest number, so the new terms read as its own.
        int last = 0;
        Matcher number = NUMBERED.matcher(text);
        while (number.find()) {
            last = Math.max(last, Integer.parseInt(number.group(1)));
        }
        StringBuilder out = new StringBuilder(text);
        for (String term : added) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(last > 0 ? ++last + ". " : "").append(term);
        }
        return Optional.of(out.toString());
    }
}
