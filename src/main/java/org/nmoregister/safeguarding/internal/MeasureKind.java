package org.nmoregister.safeguarding.internal;

/** The protective measures a safety plan records beside the order (seed 000, "Safeguarding"; seed 004, section 7). */
public enum MeasureKind {
    ORDERS_HELD("Other orders held"),
    BAIL_CONDITIONS("Bail conditions"),
    DVPN("Domestic violence protection notice (DVPN)"),
    DVPO("Domestic violence protection order (DVPO)"),
    DAPN("Domestic abuse protection notice (DAPN)"),
    DAPO("Domestic abuse protection order (DAPO)"),
    LOCATION_OF_INTEREST("Location of Interest marker on the address"),
    TARGET_HARDENING("Target hardening (locks, doors, windows)"),
    ALARM("Alarm"),
    CHILDRENS_SOCIAL_CARE("Children's social care informed"),
    SCHOOL_INFORMED("School informed"),
    MARAC("MARAC"),
    OTHER("Other measure");

    private final String label;

    MeasureKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Measures that end on a date the plan must know: bail conditions and the notices and orders. */
    public boolean needsEnd() {
        return this == BAIL_CONDITIONS || this == DVPN || this == DVPO || this == DAPN || this == DAPO;
    }
}
