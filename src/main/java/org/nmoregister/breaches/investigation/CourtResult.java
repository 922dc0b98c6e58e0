package org.nmoregister.breaches.investigation;

/** What a court decided about the breach. */
public enum CourtResult {
    CONVICTED(true, false),
    ACQUITTED(false, false),
    CONTEMPT_PROVEN(false, true),
    CONTEMPT_NOT_PROVEN(false, false),
    DISCONTINUED(false, false),
    ADJOURNED(false, false);

    private final boolean conviction;
    private final boolean contemptFinding;

    CourtResult(boolean conviction, boolean contemptFinding) {
        this.conviction = conviction;
        this.contemptFinding = contemptFinding;
    }

    /** Punishment for the s.42A offence. */
    public boolean isConviction() {
        return conviction;
    }

    /** Punishment for contempt of court. */
    public boolean isContemptFinding() {
        return contemptFinding;
    }
}
