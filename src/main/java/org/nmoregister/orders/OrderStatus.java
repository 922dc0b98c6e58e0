package org.nmoregister.orders;

/** The state of an order at an instant, derived from its dates, service and discharge; never stored. */
public enum OrderStatus {
    /** Made, not ended, but the respondent has neither been served nor made aware: it does not bind them yet. */
    PENDING_SERVICE("NOT SERVED"),
    IN_FORCE("IN FORCE"),
    EXPIRED("EXPIRED"),
    DISCHARGED("DISCHARGED");

    private final String banner;

    OrderStatus(String banner) {
        this.banner = banner;
    }

    /** Discharged or expired: the order no longer binds, so it can no longer be served, varied or extended. */
    public boolean ended() {
        return this == EXPIRED || this == DISCHARGED;
    }

    /** The words the order page's banner shows. */
    public String banner() {
        return banner;
    }
}
