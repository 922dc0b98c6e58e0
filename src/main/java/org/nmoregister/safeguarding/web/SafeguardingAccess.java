package org.nmoregister.safeguarding.web;

/**
 * Who may do what with safeguarding's pages and API, named once for its controllers (the role matrix in
 * docs/security.md is generated from them).
 */
final class SafeguardingAccess {

    /**
     * Who reads the workbench, tasks and briefings: the safeguarding unit, supervisors, the point of contact (who
     * routes a briefing no postcode placed) and neighbourhood officers (their own district's briefings only).
     */
    static final String TASK_READERS = "hasAnyRole('POINT_OF_CONTACT','SAFEGUARDING','SUPERVISOR','NEIGHBOURHOOD')";
    /** Who acknowledges a briefing for a district: its neighbourhood officers, or the unit or a supervisor for them. */
    static final String ACKNOWLEDGERS = "hasAnyRole('NEIGHBOURHOOD','SAFEGUARDING','SUPERVISOR')";
    /** Who chooses the district of a briefing no postcode placed. */
    static final String DISTRICT_CHOOSERS = "hasAnyRole('POINT_OF_CONTACT','SAFEGUARDING','SUPERVISOR')";
    /** Who may list the force's districts: every member of staff, neighbourhood officers included. */
    static final String DISTRICT_READERS = "hasAnyRole('POINT_OF_CONTACT','OFFICER','CONTROL_ROOM','SAFEGUARDING',"
            + "'SUPERVISOR','ANALYST','ADMIN','NEIGHBOURHOOD')";
    /** Who sets districts' coverage and e-mail addresses: administrators. */
    static final String DISTRICT_ADMINISTRATORS = "hasRole('ADMIN')";

    private SafeguardingAccess() {
    }
}
