package org.nmoregister.safeguarding.rules;

/** What happened when the safeguarding unit tried to reach a victim. */
public enum AttemptOutcome {
    REACHED("Reached: spoke to them"),
    NO_ANSWER("No answer"),
    NOT_SAFE_TO_TALK("Not safe to talk"),
    DECLINED("Declined to talk"),
    WRONG_NUMBER("Wrong number or address");

    private final String label;

    AttemptOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
