package org.nmoregister.orders;

/** How the respondent came to know of the order. The applicant may not serve it personally. */
public enum ServiceMethod {
    PERSONAL("Personal service"),
    BAILIFF("By the court bailiff"),
    PROCESS_SERVER("By a process server"),
    SOLICITOR("Through a solicitor"),
    SUBSTITUTED("Substituted (alternative) service"),
    /** Not served, but the respondent was made aware of the order by other means (e.g. told by an officer). */
    MADE_AWARE_OTHER_MEANS("Made aware by other means"),
    /**
     * The court reported the order served but did not say how. Service is still service: dropping it would show a
     * served order as "not served" and stop an arrest. The statement of service says how, and can be asked for.
     */
    NOT_STATED_BY_COURT("Served (method not stated by the court)");

    private final String label;

    ServiceMethod(String label) {
        this.label = label;
    }

    /** Plain English for pages and letters. */
    public String label() {
        return label;
    }
}
