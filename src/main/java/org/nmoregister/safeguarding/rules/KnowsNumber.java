package org.nmoregister.safeguarding.rules;

/** Whether the respondent knows the victim's safe number: if they do, it may not be safe after all. */
public enum KnowsNumber {
    YES("Yes: the respondent knows it"),
    NO("No"),
    NOT_KNOWN("Not known");

    private final String label;

    KnowsNumber(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
