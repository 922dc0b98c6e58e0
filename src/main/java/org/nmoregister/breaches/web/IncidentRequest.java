package org.nmoregister.breaches.web;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.DecimalMax;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.nmoregister.breaches.check.Conduct;
import org.nmoregister.breaches.check.ContactChannel;
import org.nmoregister.breaches.internal.NewIncident;
import org.nmoregister.terms.Clause;

/**
 * One incident, as the API takes it (in a report, or for a dry-run check).
 *
 * @param occurredAt the instant it happened, or the start of the window
 * @param occurredTo the end of the window, when the victim cannot say exactly
 */
record IncidentRequest(
        @Schema(description = "When it happened, or the start of the window", example = "2026-11-20T21:40:00Z")
        // Only the register-wide window (at parsing): the breach rules say "in the future" alongside every other
        // fault of the report, in one answer.
        Instant occurredAt,
        @Schema(description = "End of the window; omit for an instant") Instant occurredTo,
        Conduct conduct, ContactChannel channel,
        @Schema(description = "The respondent acted personally (default: true unless via a third party)")
        Boolean direct,
        Boolean viaThirdParty,
        @Schema(description = "Whom it was aimed at: a name, or 'applicant' / 'child'; default the applicant")
        @Size(max = 200) String protectedPerson,
        @Valid LocationRequest location, String description, String othersPresent, String witnesses,
        @Schema(description = "Which part of the order the reporter thinks was breached, and how") String termReported,
        @Schema(description = "A purpose the respondent claims an exception permits") Clause.ExceptionKind purpose,
        @Schema(description = "What shows the respondent knew of the order if it is not recorded as served")
        String awarenessEvidence) {

    /** Where it happened: coordinates, a postcode or an address, and the kind of protected place, if it was one. */
    record LocationRequest(@DecimalMin("-90") @DecimalMax("90") Double latitude,
                           @DecimalMin("-180") @DecimalMax("180") Double longitude,
                           @Size(max = 10) String postcode, @Size(max = 500) String address,
                           Clause.PlaceKind placeKind,
                           @Schema(description = "At the victim's or the suspect's address")
                           Boolean atVictimOrSuspectAddress) {
    }

    NewIncident toIncident() {
        LocationRequest where = location == null ? new LocationRequest(null, null, null, null, null, null) : location;
        return new NewIncident(occurredAt, occurredTo, conduct, channel, direct,
                Boolean.TRUE.equals(viaThirdParty), protectedPerson, where.latitude(), where.longitude(),
                where.postcode(), where.address(), where.placeKind(),
                Boolean.TRUE.equals(where.atVictimOrSuspectAddress()), description, othersPresent, witnesses,
                termReported, purpose, awarenessEvidence);
    }
}
