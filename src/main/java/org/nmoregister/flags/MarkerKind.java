package org.nmoregister.flags;

/** What a marker is on. */
public enum MarkerKind {
    /** The respondent: the person the order binds. */
    SUBJECT,
    /** The applicant, another protected person or a relevant child. */
    PROTECTED_PERSON,
    /** A place the order protects: a home, workplace or school, with its exclusion radius if any. */
    PROTECTED_PLACE,
    /**
     * A Location of Interest: the victim's address flagged so a call from it is answered as a priority. Raised and
     * withdrawn through {@link LocationsOfInterest} by whoever keeps the victim's safety plan, not by the order's
     * versions, and not ended by the order's end (the plan says when it is no longer needed).
     */
    LOCATION_OF_INTEREST
}
