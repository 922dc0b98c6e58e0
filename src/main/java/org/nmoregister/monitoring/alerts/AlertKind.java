package org.nmoregister.monitoring.alerts;

/** What an alert is about. */
public enum AlertKind {
    ZONE_ENTRY("Zone entry"),
    POSSIBLE_ZONE_ENTRY("Possible zone entry"),
    DEVICE_TAMPER("Device tampered with"),
    SIGNAL_LOST("Signal lost"),
    LOW_BATTERY("Battery low");

    private final String words;

    AlertKind(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public boolean zone() {
        return this == ZONE_ENTRY || this == POSSIBLE_ZONE_ENTRY;
    }
}
