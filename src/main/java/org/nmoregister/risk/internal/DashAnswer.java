package org.nmoregister.risk.internal;

import java.util.Optional;

/** An answer to one DASH question. Only YES counts towards the score. */
public enum DashAnswer {
    YES("Yes"), NO("No"), NOT_KNOWN("Not known");

    private final String label;

    DashAnswer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads YES, NO or NOT_KNOWN (any case, surrounding spaces ignored); empty for anything else. */
    public static Optional<DashAnswer> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip();
        for (DashAnswer answer : values()) {
            if (answer.name().equalsIgnoreCase(wanted)) {
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }
}
