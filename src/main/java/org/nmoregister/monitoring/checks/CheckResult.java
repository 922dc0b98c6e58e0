package org.nmoregister.monitoring.checks;

/** What a check found. */
public enum CheckResult {
    NO_CONCERN("Done: no concern"),
    CONCERN("Done: a concern to follow up"),
    POSSIBLE_BREACH("Done: a possible breach of the order"),
    NOT_DONE("Could not be done");

    private final String label;

    CheckResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
