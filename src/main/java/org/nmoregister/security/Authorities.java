package org.nmoregister.security;

/**
 * The authorisation rules handlers declare with {@code @PreAuthorize}, named once so every endpoint states its rule
 * in the same words.
 */
public final class Authorities {

    /** Every member of a force's staff (not a court-feed service account). */
    public static final String STAFF = "hasAnyRole('POINT_OF_CONTACT','OFFICER','CONTROL_ROOM','SAFEGUARDING',"
            + "'SUPERVISOR','ANALYST','ADMIN')";
    /** The point of contact, who maintains the force's order records. */
    public static final String POINT_OF_CONTACT = "hasRole('POINT_OF_CONTACT')";
    /** Who may record service on, or awareness of, a respondent. */
    public static final String SERVICE_RECORDERS = "hasAnyRole('POINT_OF_CONTACT','OFFICER')";
    /** Who may read the access log. */
    public static final String AUDITORS = "hasAnyRole('SUPERVISOR','ADMIN')";

    /**
     * Who may complete a DASH risk assessment, refer it to the MARAC and record the safety-plan review: the officer
     * with the victim, the safeguarding (public protection) unit, and supervisors.
     */
    public static final String RISK_ASSESSORS = "hasAnyRole('OFFICER','SAFEGUARDING','SUPERVISOR')";
    /** Who may read the daily risk meeting's agenda and records. */
    public static final String RISK_MEETING = "hasAnyRole('SUPERVISOR','SAFEGUARDING','ANALYST')";
    /** Who may record a risk meeting (chair it) and mark its actions done. */
    public static final String RISK_MEETING_CHAIRS = "hasAnyRole('SUPERVISOR','SAFEGUARDING')";

    private Authorities() {
    }
}
