package org.nmoregister.sentencing;

import java.util.Locale;
import java.util.Optional;

/** The guideline's culpability categories: A very serious or persistent, B between, C minor. */
public enum Culpability {
    A, B, C;

    /** The category a user typed (A, b, ...), or empty when it is none of them. */
    public static Optional<Culpability> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "A" -> Optional.of(A);
            case "B" -> Optional.of(B);
            case "C" -> Optional.of(C);
            default -> Optional.empty();
        };
    }
}
