package org.nmoregister.monitoring.alerts;

/** How an alert was closed. */
public enum AlertOutcome {
    BREACH_REPORTED("A breach was reported"),
    ATTENDED_NO_BREACH("Officers attended: no breach"),
    PERMITTED_EXCEPTION("Allowed by the order (an exception, such as a child handover)"),
    DEVICE_FAULT("A fault of the device or the feed"),
    NO_ACTION_NEEDED("No action needed");

    private final String words;

    AlertOutcome(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
