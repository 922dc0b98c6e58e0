package org.nmoregister.orders;

/** Why a version was recorded. */
public enum ChangeKind {
    /** The order as made (version 1). */
    MADE,
    /** Terms or parties changed by the court (FL403 / FL404B). */
    VARIATION,
    /** End date moved later. */
    EXTENSION,
    /** Ended by the court before its end date. */
    DISCHARGE,
    /** Service on, or awareness of, the respondent recorded. */
    SERVICE,
    /** A recording mistake put right by the point of contact; the court's order did not change. */
    CORRECTION
}
