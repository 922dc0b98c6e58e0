package org.nmoregister.flags;

/** Why a marker stopped applying. */
public enum Withdrawal {
    EXPIRED, DISCHARGED,
    /** A variation changed or removed what the marker identified; a new marker replaces it if still protected. */
    VARIED,
    /** The place was located afresh (the point of contact confirmed or corrected its property): a new version of the
     * marker, at the new point, replaces it. */
    RELOCATED,
    /** A Location of Interest withdrawn because the safety plan no longer needs it. */
    NO_LONGER_NEEDED,
    /** The case was transferred to another force, which raised the marker afresh under its own name. */
    TRANSFERRED,
    /** A marker raised in a force told of another force's order: the respondent no longer lives in its area. */
    NOTICE_WITHDRAWN
}
