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
    CANCELLED("Cancelled"),
    /** The point of contact chose the district a briefing goes to (no postcode was in one). */
    DISTRICT_CHOSEN("District chosen"),
    /** An e-mail told people of the task (the district's team of a briefing, a supervisor of an escalation). */
    NOTIFIED("E-mail sent");

    private final String label;

    TaskAction(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
