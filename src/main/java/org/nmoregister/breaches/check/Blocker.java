package org.nmoregister.breaches.check;

/** What stops, or may stop, reported conduct being a breach of the order. */
public enum Blocker {
    NO_ORDER_FOUND(true),
    ORDER_NOT_YET_MADE(true),
    ORDER_EXPIRED(true),
    ORDER_DISCHARGED(true),
    /** Not served and not made aware before the conduct (FLA 1996 s.42A(2)). */
    NOT_SERVED_OR_AWARE(true),
    /** The person targeted is not one the order's relevant terms protect. */
    PROTECTED_PERSON_NOT_COVERED(true),
    /** The order permits the conduct (a court-ordered child handover, contact through solicitors). */
    EXCEPTION_APPLIES(true),
    /** An undertaking, not an order: breaking it is contempt of court, not the s.42A offence. Does not block. */
    UNDERTAKING_ONLY(false);

    private final boolean blocksBreach;

    Blocker(boolean blocksBreach) {
        this.blocksBreach = blocksBreach;
    }

    /** True when, if it applies, the conduct is not a breach of the order at all. */
    public boolean blocksBreach() {
        return blocksBreach;
    }
}
