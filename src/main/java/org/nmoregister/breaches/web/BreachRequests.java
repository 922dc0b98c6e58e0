package org.nmoregister.breaches.web;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.nmoregister.platform.DateWindow;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.DecimalMax;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.breaches.internal.NewReport;
import org.nmoregister.breaches.investigation.Allocation;
import org.nmoregister.breaches.investigation.ArrestDecision;
import org.nmoregister.breaches.investigation.CaseOutcome;
import org.nmoregister.breaches.investigation.CourtResult;
import org.nmoregister.breaches.investigation.InterviewAccount;
import org.nmoregister.breaches.investigation.OutcomeRoute;
import org.nmoregister.breaches.investigation.ReporterKind;
import org.nmoregister.breaches.investigation.ResponseKind;
import org.nmoregister.breaches.review.DipFinding;
import org.nmoregister.breaches.review.Inadequacy;

/** The API's request bodies for breaches. */
final class BreachRequests {

    private BreachRequests() {
    }

    record Report(UUID orderId, Instant reportedAt, ReporterKind reporterKind,
                  @Size(max = 200) String reporterName, @Size(max = 200) String reporterOrganisation,
                  @Size(max = 200) String protectedPerson, String actionTaken,
                  @Size(max = 50) List<@NotNull @Valid IncidentRequest> incidents) {

        NewReport toReport() {
            return new NewReport(orderId, reportedAt, reporterKind, reporterName, reporterOrganisation,
                    protectedPerson, actionTaken, incidents == null ? null
                    : java.util.stream.IntStream.range(0, incidents.size()).mapToObj(i -> incidents.get(i) == null
                    ? null : incidents.get(i).toIncident("incidents[" + i + "]")).toList());
        }
    }

    /**
     * A dry-run check: an order and one incident, flattened as the control room sends it. The place may come as a
     * {@code location} object or, from simpler clients, as top-level {@code latitude}, {@code longitude} and
     * {@code placeKind}.
     */
    record Check(UUID orderId, @DateWindow(DateWindow.Kind.HAPPENED) Instant occurredAt,
                 @DateWindow(DateWindow.Kind.HAPPENED) Instant occurredTo,
                 @Size(min = 1, max = 8) List<IncidentRequest.@NotNull @Valid ConductRequest> conducts,
                 org.nmoregister.breaches.check.Conduct conduct,
                 org.nmoregister.breaches.check.ContactChannel channel, Boolean direct, Boolean viaThirdParty,
                 @Size(max = 200) String protectedPerson, @Valid IncidentRequest.LocationRequest location,
                 @DecimalMin("-90") @DecimalMax("90") Double latitude,
                 @DecimalMin("-180") @DecimalMax("180") Double longitude, org.nmoregister.terms.Clause.PlaceKind placeKind,
                 org.nmoregister.terms.Clause.ExceptionKind purpose, String awarenessEvidence, String description) {

        IncidentRequest incident() {
            IncidentRequest.LocationRequest where = location != null ? location
                    : latitude == null && longitude == null && placeKind == null ? null
                    : new IncidentRequest.LocationRequest(latitude, longitude, null, null, placeKind, null);
            return new IncidentRequest(occurredAt, occurredTo, conducts, conduct, channel, direct, viaThirdParty,
                    protectedPerson, where, description, null, null, null, purpose, awarenessEvidence);
        }
    }

    record Recheck(UUID orderId) {
    }

    record Crime(@Size(max = 60) String crimeReference, @Size(max = 30) String classification,
                 @DateWindow(DateWindow.Kind.HAPPENED) Instant crimedAt) {
    }

    record Response(ResponseKind kind, @DateWindow(DateWindow.Kind.HAPPENED) Instant respondedAt) {
    }

    record Justification(String justification) {
    }

    record Arrest(ArrestDecision decision, String reason, @DateWindow(DateWindow.Kind.HAPPENED) Instant arrestedAt) {
    }

    record Interview(@DateWindow(DateWindow.Kind.HAPPENED) Instant interviewedAt, InterviewAccount account, String notes) {
    }

    record Investigation(String evidenceSecured, Allocation allocation, @Size(max = 100) String allocatedOfficer,
                         String partnerReferrals) {
    }

    record Outcome(OutcomeRoute route, CaseOutcome outcome, String reason) {
    }

    record CourtResultRequest(CourtResult result, @Size(max = 200) String court,
                              @DateWindow(DateWindow.Kind.HAPPENED) LocalDate decidedOn, String sentence) {
    }

    record Direction(Set<Inadequacy> reasons, String direction) {
    }

    record Answer(String answer) {
    }

    record DrawSample(@DateWindow(DateWindow.Kind.TAKES_EFFECT) LocalDate weekStart) {
    }

    record Finding(UUID reportId, DipFinding finding, String notes) {
    }
}
