package org.nmoregister.safeguarding.internal;

/** What the safeguarding unit decided before an order's end, having consulted the victim. */
public enum ExpiryDecision {
    /** The applicant applies to the court to extend the order (form FL403). */
    EXTENSION_APPLIED("Extension applied for (FL403)"),
    /** Another order is sought instead (a DAPO, a restraining order, a fresh non-molestation order). */
    ANOTHER_ORDER("Another order applied for"),
    /** The victim, consulted, does not want the order extended or replaced. */
    VICTIM_DECLINES("The victim does not want an extension"),
    /** No further action, for the reason given. */
    NO_FURTHER_ACTION("No further action");

    private final String label;

    ExpiryDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the decision must say why: declining to act is recorded with its reason. */
    public boolean needsNote() {
        return this == NO_FURTHER_ACTION;
    }
}
