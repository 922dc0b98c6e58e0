package org.nmoregister.security;

/**
 * The authorisation rules handlers declare with {@code @PreAuthorize}, named once so every endpoint states its rule
 * in the same words.
 */
public final class Authorities {

    /**
     * Every member of a force's staff (not a court-feed service account): for reference material that names no one
     * (the sentencing guideline, crime classifications, the DASH question set, the court directory, postcodes).
     */
    public static final String STAFF = "hasAnyRole('POINT_OF_CONTACT','OFFICER','CONTROL_ROOM','SAFEGUARDING',"
            + "'SUPERVISOR','ANALYST','ADMIN')";
    /**
     * Who may consult orders and the people in them: the order record and everything derived from it (markers,
     * quality assurance, liaison), searches, the control-room lookup, breach files and risk assessments. Not analysts
     * (who need figures, not names) nor administrators (who manage accounts and reference data).
     */
    public static final String CASEWORK = "hasAnyRole('POINT_OF_CONTACT','OFFICER','CONTROL_ROOM','SAFEGUARDING',"
            + "'SUPERVISOR')";
    /** Who may change national reference data (the court directory, the gazetteer): administrators. */
    public static final String REFERENCE_DATA_ADMINISTRATORS = "hasRole('ADMIN')";
    /** Who may see and lift sign-in locks: administrators, who manage accounts. */
    public static final String ACCOUNT_ADMINISTRATORS = "hasRole('ADMIN')";
    /** The point of contact, who maintains the force's order records. */
    public static final String POINT_OF_CONTACT = "hasRole('POINT_OF_CONTACT')";
    /** Who may record service on, or awareness of, a respondent. */
    public static final String SERVICE_RECORDERS = "hasAnyRole('POINT_OF_CONTACT','OFFICER')";
    /** Who may read the access log. */
    public static final String AUDITORS = "hasAnyRole('SUPERVISOR','ADMIN')";

    /** Who may report a breach and run the breach check: anyone on duty who takes the call. */
    public static final String BREACH_REPORTERS = "hasAnyRole('POINT_OF_CONTACT','OFFICER','CONTROL_ROOM',"
            + "'SAFEGUARDING','SUPERVISOR')";
    /** Who investigates a breach: records the crime, the response, arrest, interview, outcome and court results. */
    public static final String INVESTIGATORS = "hasAnyRole('OFFICER','SUPERVISOR')";
    /** Supervisors: the queue of inadequate responses, directions, justifications and dip-sampling. */
    public static final String SUPERVISORS = "hasRole('SUPERVISOR')";
    /** Who may read the dip-sampling report: supervisors and analysts. */
    public static final String REVIEW_READERS = "hasAnyRole('SUPERVISOR','ANALYST')";
    /**
     * Who may complete a DASH risk assessment, refer it to the MARAC and record the safety-plan review: the officer
     * with the victim, the safeguarding (public protection) unit, and supervisors.
     */
    public static final String RISK_ASSESSORS = "hasAnyRole('OFFICER','SAFEGUARDING','SUPERVISOR')";
    /** Who may read the daily risk meeting's agenda and records (they name victims and respondents). */
    public static final String RISK_MEETING = "hasAnyRole('SUPERVISOR','SAFEGUARDING')";
    /** Who may record a risk meeting (chair it) and mark its actions done. */
    public static final String RISK_MEETING_CHAIRS = "hasAnyRole('SUPERVISOR','SAFEGUARDING')";
    /**
     * Who keeps safety plans and plans for an order's end (records the decision, reads the orders that lapsed with
     * none): the safeguarding (public protection) unit and supervisors.
     */
    public static final String SAFETY_PLANNERS = "hasAnyRole('SAFEGUARDING','SUPERVISOR')";

    /**
     * Who contacts victims about their orders and sees their safe contact details (confidential): the safeguarding
     * (public protection) unit, and supervisors.
     */
    public static final String VICTIM_CONTACT = "hasAnyRole('SAFEGUARDING','SUPERVISOR')";

    /**
     * Who may read the priority subjects, suggestions, plans of proactive checks and DAPO notification duties (they
     * name respondents and victims): the point of contact, officers, the safeguarding unit and supervisors.
     */
    public static final String MONITORING_READERS = "hasAnyRole('POINT_OF_CONTACT','OFFICER','SAFEGUARDING',"
            + "'SUPERVISOR')";
    /**
     * Who decides who is watched (makes, reviews and ends priority subjects, accepts or dismisses suggestions) and
     * plans proactive checks: officers (offender managers among them), the safeguarding unit and supervisors.
     */
    public static final String MONITORING_MANAGERS = "hasAnyRole('OFFICER','SAFEGUARDING','SUPERVISOR')";
    /**
     * Who does proactive checks and records their results, and reads a district's list of them: officers,
     * neighbourhood officers, the safeguarding unit and supervisors.
     */
    public static final String CHECK_OFFICERS = "hasAnyRole('OFFICER','NEIGHBOURHOOD','SAFEGUARDING','SUPERVISOR')";
    /**
     * Who records a DAPO's requirements and the respondent's notifications, and IOM or MAPPA flags: the point of
     * contact (and officers, at the station where the respondent notifies).
     */
    public static final String NOTIFICATION_RECORDERS = "hasAnyRole('POINT_OF_CONTACT','OFFICER')";
    /**
     * Who reviews cases under the retention schedule (retain, dispose of, place and lift legal holds): supervisors and
     * administrators (the force's records manager holds ADMIN). The review shows no personal data.
     */
    public static final String RECORDS_REVIEWERS = "hasAnyRole('SUPERVISOR','ADMIN')";
    /**
     * Who answers a person's subject access request: supervisors, who are entitled to confidential (C8) details and
     * so can mark them for redaction (an administrator is not).
     */
    public static final String SUBJECT_ACCESS = "hasRole('SUPERVISOR')";
    /** Who may replace the force's retention schedule: administrators (the records manager). */
    public static final String RETENTION_SCHEDULE_ADMINISTRATORS = "hasRole('ADMIN')";
    /**
     * Who may read the register's figures (trends and performance: counts, rates and times, never a name): analysts
     * and supervisors.
     */
    public static final String REPORT_READERS = "hasAnyRole('SUPERVISOR','ANALYST')";

    private Authorities() {
    }
}
