package org.nmoregister.orders;

/** How the respondent came to know of the order. The applicant may not serve it personally. */
public enum ServiceMethod {
    PERSONAL, BAILIFF, PROCESS_SERVER, SOLICITOR, SUBSTITUTED,
    /** Not served, but the respondent was made aware of the order by other means (e.g. told by an officer). */
    MADE_AWARE_OTHER_MEANS
}
