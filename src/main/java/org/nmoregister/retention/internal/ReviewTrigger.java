package org.nmoregister.retention.internal;

/** What starts a record's retention clock. */
public enum ReviewTrigger {
    /** When the first record of the kind was made. */
    CREATED("Creation"),
    /** When the last record of the kind was made. */
    LAST_RECORD("Last record"),
    /** When the order ended (its end date, or its discharge); never while it has no end. */
    ORDER_END("Order end"),
    /** When the last breach of the case was given its outcome (or reported, while it has none). */
    LAST_BREACH_OUTCOME("Last breach outcome");

    private final String label;

    ReviewTrigger(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
