package org.nmoregister.security;

/** The roles a force's users (and its court-feed service accounts) hold. */
public enum Role {
    /** The force's single point of contact for protective-order notifications. */
    POINT_OF_CONTACT,
    OFFICER,
    CONTROL_ROOM,
    SAFEGUARDING,
    SUPERVISOR,
    ANALYST,
    ADMIN,
    /**
     * A neighbourhood (district) officer or inspector: reads and acknowledges the briefings on orders protecting people
     * in their district, and sees nothing else of the register.
     */
    NEIGHBOURHOOD,
    /** A court's electronic feed: may only deliver notifications into its own force's queue. */
    COURT_FEED,
    /**
     * An electronic-monitoring provider's feed: may only send location points and device events for devices linked
     * to its own force's orders.
     */
    MONITORING_FEED;

    public String authority() {
        return "ROLE_" + name();
    }
}
