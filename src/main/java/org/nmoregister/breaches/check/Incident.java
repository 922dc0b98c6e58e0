package org.nmoregister.breaches.check;

import java.time.Instant;
import java.util.Objects;
import org.nmoregister.terms.Clause;

/**
 * One incident as reported: when (an instant, or a window when the victim cannot say exactly), what, how, to whom
 * and where.
 *
 * @param occurredFrom      when it happened, or the start of the window
 * @param occurredTo        the end of the window; null (or equal to {@code occurredFrom}) for an instant
 * @param channel           how it reached the protected person; null when not a communication or not known
 * @param direct            the respondent acted personally
 * @param viaThirdParty     the respondent acted through someone else (a friend, a relative, a child)
 * @param protectedPerson   who was targeted: a name, or a role word (applicant, child); null means the applicant
 * @param purpose           what the respondent says the contact was for, when it may fall within an exception (a
 *                          child handover, a solicitor's letter); null when none is claimed
 * @param awarenessEvidence what shows the respondent knew of the order when it is not recorded as served (e.g.
 *                          "told by PC 123 on 3 May", "was at the hearing"); null when none is reported
 * @param description       what happened, in the reporter's words; scanned only for hints, never decisive alone
 */
public record Incident(Instant occurredFrom, Instant occurredTo, Conduct conduct, ContactChannel channel,
                       boolean direct, boolean viaThirdParty, String protectedPerson, IncidentLocation location,
                       Clause.ExceptionKind purpose, String awarenessEvidence, String description) {

    public Incident {
        Objects.requireNonNull(occurredFrom, "occurredFrom");
        Objects.requireNonNull(conduct, "conduct");
        if (occurredTo != null && occurredTo.isBefore(occurredFrom)) {
            throw new IllegalArgumentException("occurredTo is before occurredFrom");
        }
        location = location == null ? IncidentLocation.UNKNOWN : location;
    }

    /** The same incident, judged as one of the several things the respondent did in it. */
    public Incident as(ConductReported what) {
        return new Incident(occurredFrom, occurredTo, what.conduct(), what.channel(), direct, viaThirdParty,
                protectedPerson, location, purpose, awarenessEvidence, description);
    }

    /** The end of the window, or the instant itself. */
    public Instant occurredUntil() {
        return occurredTo == null ? occurredFrom : occurredTo;
    }
}
