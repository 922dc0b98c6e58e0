package org.nmoregister.orders;

/** The kinds of protective order the register holds. */
public enum OrderType {
    /** Non-molestation order, Family Law Act 1996 s.42 (form FL404A). */
    NMO("Non-molestation order"),
    /** Domestic abuse protection notice (police-issued, lasts 48 hours). */
    DAPN("Domestic abuse protection notice"),
    /** Domestic abuse protection order, Domestic Abuse Act 2021 Part 3. */
    DAPO("Domestic abuse protection order"),
    /** Restraining order, Protection from Harassment Act 1997. */
    RESTRAINING_ORDER("Restraining order"),
    /** Occupation order, Family Law Act 1996 ss.33-38 (form FL404). */
    OCCUPATION_ORDER("Occupation order"),
    STALKING_PROTECTION_ORDER("Stalking protection order"),
    /** A promise to the court (N117) accepted instead of an order: breaking it is contempt, not an offence. */
    UNDERTAKING("Undertaking");

    private final String label;

    OrderType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** False for an undertaking: it is recorded, but its breach is contempt of court, not a criminal offence. */
    public boolean breachIsOffence() {
        return this != UNDERTAKING;
    }
}
