package org.nmoregister.flags;

/** Why a marker stopped applying. */
public enum Withdrawal {
    EXPIRED, DISCHARGED,
    /** A variation changed or removed what the marker identified; a new marker replaces it if still protected. */
    VARIED
}
