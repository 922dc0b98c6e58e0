package org.nmoregister.safeguarding;

/** The kinds of safeguarding work the register keeps for a victim after an order is recorded. */
public enum TaskKind {
    /** Brief the victim's district (and the respondent's when it differs) on an order version; they acknowledge it. */
    DISSEMINATION("Briefing to the district"),
    /** Contact a protected adult by the safe route they gave: say the order is lodged, explain it, say what to do on a breach. */
    VICTIM_CONTACT("Contact with the victim"),
    /** Review the victim's safety plan after a breach, a new risk assessment or a change to the order. */
    SAFETY_PLAN_REVIEW("Safety plan review"),
    /** Before an order ends: consult the victim about an extension or another order and record the decision. */
    EXPIRY_PLANNING("Planning for the order's end");

    private final String label;

    TaskKind(String label) {
        this.label = label;
    }

    /** The kind in words, as pages show it. */
    public String label() {
        return label;
    }
}
