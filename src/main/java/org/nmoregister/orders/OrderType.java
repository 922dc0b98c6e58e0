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

    /**
     * Whether breaking it is itself a criminal offence: an NMO (FLA 1996 s.42A), a DAPO (DAA 2021 s.39), a
     * restraining order (PHA 1997 s.5(5)) and a stalking protection order (SPA 2019 s.8). Breaking an undertaking or
     * an occupation order is contempt of court; a DAPN's breach is not an offence either (the respondent may be
     * arrested and brought before the court, which may then make a DAPO).
     */
    public boolean breachIsOffence() {
        return this != UNDERTAKING && this != OCCUPATION_ORDER && this != DAPN;
    }
}
