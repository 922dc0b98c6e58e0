package org.nmoregister.breaches.web;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.DecimalMax;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import jakarta.validation.constraints.NotNull;
import org.nmoregister.breaches.check.ConductReported;
import org.nmoregister.platform.InvalidRequestException;
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
        @Schema(description = "What the respondent did, each kind once with its own means (contact by text, approach "
                + "in person); each is checked against the order's terms. Replaces conduct and channel, which are still "
                + "accepted for an incident of one conduct (send one or the other, not both).")
        @Size(min = 1, max = 8) List<@NotNull @Valid ConductRequest> conducts,
        @Schema(description = "Older form of conducts, for an incident of one conduct: what the respondent did")
        Conduct conduct,
        @Schema(description = "Older form of conducts: how that one conduct reached the protected person")
        ContactChannel channel,
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

    /** One thing the respondent did, and how it reached the protected person (null: not a communication). */
    record ConductRequest(@NotNull Conduct conduct, ContactChannel channel) {
    }

    /**
     * The incident; {@code field} names it in a refusal ("incidents[0]", or "" for the dry run).
     * Conducts given both ways are refused rather than one way silently ignored.
     */
    NewIncident toIncident(String field) {
        if (conducts != null && (conduct != null || channel != null)) {
            throw new InvalidRequestException((field.isEmpty() ? "" : field + ".") + "conducts",
                    "give conducts, or the older conduct and channel, not both");
        }
        LocationRequest where = location == null ? new LocationRequest(null, null, null, null, null, null) : location;
        List<ConductReported> reported = conducts != null
                ? conducts.stream().map(c -> c == null || c.conduct() == null ? null
                : new ConductReported(c.conduct(), c.channel())).toList()
                : conduct == null ? List.of() : List.of(new ConductReported(conduct, channel));
        return new NewIncident(occurredAt, occurredTo, reported, direct,
                Boolean.TRUE.equals(viaThirdParty), protectedPerson, where.latitude(), where.longitude(),
                where.postcode(), where.address(), where.placeKind(),
                Boolean.TRUE.equals(where.atVictimOrSuspectAddress()), description, othersPresent, witnesses,
                termReported, purpose, awarenessEvidence);
    }
}
