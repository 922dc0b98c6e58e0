package org.nmoregister.monitoring.priority;

/** Who owns a priority subject (seed 000: offender management, neighbourhood teams). */
public enum OwnerRole {
    OFFENDER_MANAGER("Offender manager"),
    NEIGHBOURHOOD_OFFICER("Neighbourhood officer");

    private final String label;

    OwnerRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
