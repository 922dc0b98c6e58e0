package org.nmoregister.retention;

/** The kinds of record the retention schedule covers. */
public enum RecordKind {
    ORDER("Order and its versions"),
    NOTIFICATION("Notifications and their documents"),
    BREACH("Breach files and evidence"),
    RISK_ASSESSMENT("Risk assessments"),
    SAFEGUARDING("Safeguarding records"),
    MONITORING_POINT("Monitoring points"),
    ACCESS_LOG("Access log entries about the case");

    private final String label;

    RecordKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
