package org.nmoregister.safeguarding.internal;

/** What can happen to a safeguarding task; each is a line of its history (its timeline). */
enum TaskAction {
    CREATED("Task created"),
    ASSIGNED("Taken by"),
    ATTEMPTED("Attempt recorded"),
    ACKNOWLEDGED("Acknowledged"),
    ESCALATED("Overdue: raised to a supervisor"),
    MOVED("Due date moved"),
    DONE("Done"),
    CANCELLED("Cancelled");

    private final String label;

    TaskAction(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
