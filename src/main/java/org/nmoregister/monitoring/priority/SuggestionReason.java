package org.nmoregister.monitoring.priority;

/** Why the register suggests watching a respondent. */
public enum SuggestionReason {
    HIGH_RISK("High risk on the latest assessment"),
    REPEAT_BREACHES("Repeat breaches"),
    DAPO_REQUIREMENTS("DAPO with monitoring requirements"),
    OFFENDER_MANAGEMENT("Under integrated offender management or MAPPA"),
    BREACHES_NOT_CRIMED("Breaches not recorded as crimes");

    private final String label;

    SuggestionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
