package org.nmoregister.safeguarding.rules;

/** How a victim contact ended. TOLD and LETTER_SENT mean the victim knows what the order says. */
public enum ContactOutcome {
    TOLD("Spoke to them and explained the order"),
    LETTER_SENT("Sent the letter by their safe route"),
    DECLINED("They did not want to talk about it"),
    NOT_REACHED("Could not reach them safely");

    private final String label;

    ContactOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the victim was told what the order says (a later change is then explained as a change). */
    public boolean told() {
        return this == TOLD || this == LETTER_SENT;
    }
}
