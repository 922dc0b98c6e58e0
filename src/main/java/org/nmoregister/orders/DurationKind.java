package org.nmoregister.orders;

/** How long the order lasts, as the order itself says. */
public enum DurationKind {
    /** "This order applies until [date] at [time]". */
    UNTIL_DATE,
    /** No fixed end date (FLA 1996 s.42(7)). */
    UNTIL_FURTHER_ORDER,
    /** Lasts until the return hearing. */
    UNTIL_NEXT_HEARING
}
