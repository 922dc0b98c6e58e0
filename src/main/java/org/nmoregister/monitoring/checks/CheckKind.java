package org.nmoregister.monitoring.checks;

/** The proactive checks seed 000 names. */
public enum CheckKind {
    REASSURANCE_CONTACT("Reassurance contact with the victim"),
    REASSURANCE_VISIT("Reassurance visit to the victim"),
    PATROL("Patrol past a protected place"),
    RESPONDENT_ENGAGEMENT("Engagement with the respondent");

    private final String label;

    CheckKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
