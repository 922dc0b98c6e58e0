package org.nmoregister.breaches.investigation;

/** The police outcome of a breach investigation, and the route each belongs to. */
public enum CaseOutcome {
    CHARGED(OutcomeRoute.CRIMINAL),
    CAUTIONED(OutcomeRoute.CRIMINAL),
    NO_FURTHER_ACTION(null),
    /** The applicant applies to the family court to commit the respondent for contempt. */
    CONTEMPT_APPLICATION(OutcomeRoute.CIVIL_CONTEMPT);

    private final OutcomeRoute route;

    CaseOutcome(OutcomeRoute route) {
        this.route = route;
    }

    /** The route this outcome belongs to; null when it belongs to either. */
    public OutcomeRoute route() {
        return route;
    }
}
