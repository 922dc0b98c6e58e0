package org.nmoregister.breaches.internal;

import java.time.Instant;
import org.nmoregister.breaches.check.Conduct;
import org.nmoregister.breaches.check.ContactChannel;
import org.nmoregister.terms.Clause;

/** One incident as reported. {@code direct} null means "the respondent acted personally" unless via a third party. */
public record NewIncident(Instant occurredFrom, Instant occurredTo, Conduct conduct, ContactChannel channel,
                          Boolean direct, boolean viaThirdParty, String protectedPerson, Double latitude,
                          Double longitude, String postcode, String address, Clause.PlaceKind placeKind,
                          boolean atVictimOrSuspectAddress, String description, String othersPresent,
                          String witnesses, String termReported, Clause.ExceptionKind purpose,
                          String awarenessEvidence) {
}
