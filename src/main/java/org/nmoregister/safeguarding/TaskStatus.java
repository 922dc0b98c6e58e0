package org.nmoregister.safeguarding;

/** Where a safeguarding task stands. */
public enum TaskStatus {
    /** Still to do. */
    OPEN("To do"),
    /** Done, with its outcome recorded. */
    DONE("Done"),
    /** Overdue and raised to a supervisor; still to do. */
    ESCALATED("Overdue, raised to a supervisor"),
    /** No longer needed (the order was replaced or ended first), with the reason. */
    CANCELLED("Cancelled");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the task still has to be done. */
    public boolean outstanding() {
        return this == OPEN || this == ESCALATED;
    }
}
