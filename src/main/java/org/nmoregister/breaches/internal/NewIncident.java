package org.nmoregister.breaches.internal;

import java.time.Instant;
import java.util.List;
import org.nmoregister.breaches.check.Conduct;
import org.nmoregister.breaches.check.ConductReported;
import org.nmoregister.breaches.check.ContactChannel;
import org.nmoregister.terms.Clause;

/**
 * One incident as reported. {@code direct} null means "the respondent acted personally" unless via a third party.
 *
 * @param conducts what the respondent did, each kind once with its own means (contact by text, approach in person);
 *                 null or empty is refused ("choose what the respondent did")
 */
public record NewIncident(Instant occurredFrom, Instant occurredTo, List<ConductReported> conducts,
                          Boolean direct, boolean viaThirdParty, String protectedPerson, Double latitude,
                          Double longitude, String postcode, String address, Clause.PlaceKind placeKind,
                          boolean atVictimOrSuspectAddress, String description, String othersPresent,
                          String witnesses, String termReported, Clause.ExceptionKind purpose,
                          String awarenessEvidence) {

    /** An incident of one conduct, as incidents were before they could hold several (the demo data, older callers). */
    public NewIncident(Instant occurredFrom, Instant occurredTo, Conduct conduct, ContactChannel channel,
                       Boolean direct, boolean viaThirdParty, String protectedPerson, Double latitude,
                       Double longitude, String postcode, String address, Clause.PlaceKind placeKind,
                       boolean atVictimOrSuspectAddress, String description, String othersPresent,
                       String witnesses, String termReported, Clause.ExceptionKind purpose,
                       String awarenessEvidence) {
        this(occurredFrom, occurredTo, conduct == null ? List.of() : List.of(new ConductReported(conduct, channel)),
                direct, viaThirdParty, protectedPerson, latitude, longitude, postcode, address, placeKind,
                atVictimOrSuspectAddress, description, othersPresent, witnesses, termReported, purpose,
                awarenessEvidence);
    }

    /** Whether any conduct reached the protected person through someone else. */
    boolean throughSomeoneElse() {
        return conducts != null && conducts.stream()
                .anyMatch(c -> c != null && c.channel() == ContactChannel.VIA_THIRD_PARTY);
    }

    /** The kinds of conduct, for the log. */
    String what() {
        return conducts == null ? "" : String.join(", ", conducts.stream().filter(c -> c != null)
                .map(c -> c.conduct().name()).toList());
    }
}
