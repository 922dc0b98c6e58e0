package org.nmoregister.breaches.review;

/** A gap in the handling of a breach that puts it in the supervisor's queue. */
public enum Inadequacy {
    /** No arrest, and no reason recorded why not (positive action). */
    NO_ARREST_REASON("No arrest and no reason recorded"),
    /** No arrest decision recorded at all once the response has been made. */
    NO_ARREST_DECISION("No arrest decision recorded"),
    /** The DASH risk assessment the breach opened is not completed in time. */
    NO_RISK_ASSESSMENT("Risk assessment not completed"),
    /** Not recorded as a crime within the crime-recording target. */
    NOT_CRIMED_IN_TIME("Not recorded as a crime within the target"),
    /** A telephone or video first response to a breach at the victim's or suspect's address, not justified. */
    REMOTE_RESPONSE_AT_ADDRESS_UNJUSTIFIED("Telephone or video response at an address without a supervisor's justification"),
    /** No first response recorded within the response target. */
    NO_RESPONSE("No response recorded");

    private final String description;

    Inadequacy(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
