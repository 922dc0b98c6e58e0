package org.nmoregister.breaches.investigation;

/** The first response to a breach. */
public enum ResponseKind {
    ATTENDANCE,
    /** Telephone first response: needs a supervisor's justification where the breach was at an address. */
    TELEPHONE,
    /** Video first response: the same. */
    VIDEO;

    public boolean isRemote() {
        return this != ATTENDANCE;
    }
}
