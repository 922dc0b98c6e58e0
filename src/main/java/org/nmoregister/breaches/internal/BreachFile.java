package org.nmoregister.breaches.internal;

import org.nmoregister.breaches.BreachRisk;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.breaches.check.IncidentAssessment;
import org.nmoregister.breaches.check.ConductReported;
import org.nmoregister.breaches.investigation.Allocation;
import org.nmoregister.breaches.investigation.ArrestDecision;
import org.nmoregister.breaches.investigation.CaseOutcome;
import org.nmoregister.breaches.investigation.CourtResult;
import org.nmoregister.breaches.investigation.EvidenceKind;
import org.nmoregister.breaches.investigation.InterviewAccount;
import org.nmoregister.breaches.investigation.OutcomeRoute;
import org.nmoregister.breaches.investigation.ReporterKind;
import org.nmoregister.breaches.investigation.ResponseKind;
import org.nmoregister.breaches.review.BreachTasks;
import org.nmoregister.breaches.review.Inadequacy;
import org.nmoregister.terms.Clause;

/**
 * Everything recorded about one breach, for the breach file page and the API.
 *
 * @param breachIsOffence false when the order is an undertaking (contempt only)
 * @param inadequacies    the gaps a supervisor would send it back for, judged now
 * @param controlRoomLog  the control room's incident or log number it was reported under, if any
 * @param tasks           every stage of handling with its status and due time (the file's task list)
 */
public record BreachFile(UUID id, String reference, UUID orderId, boolean breachIsOffence, Instant reportedAt,
                         Instant recordedAt, String recordedBy, ReporterKind reporterKind, String reporterName,
                         String reporterOrganisation, String protectedPerson, String respondentName,
                         boolean domesticAbuse, String actionTaken, List<IncidentView> incidents,
                         List<EvidenceView> evidence, Crime crime, Response response, Arrest arrest,
                         Interview interview, Investigation investigation, Outcome outcome,
                         List<CourtResultView> courtResults, List<DirectionView> directions,
                         Set<Inadequacy> inadequacies, BreachRisk.Assessment risk, String controlRoomLog,
                         List<BreachTasks.Task> tasks) {

    /** The task of one stage. */
    public BreachTasks.Task task(BreachTasks.Stage stage) {
        return tasks.stream().filter(t -> t.stage() == stage).findFirst().orElseThrow();
    }

    /** The task of the stage whose page is at {@code path} ("crime"), for templates. */
    public BreachTasks.Task taskAt(String path) {
        return task(BreachTasks.Stage.ofPath(path));
    }

    /** How many tasks are done with. */
    public long tasksDone() {
        return BreachTasks.done(tasks);
    }

    /** @param conducts what the respondent did, in the order reported, each with its means */
    public record IncidentView(int number, Instant occurredFrom, Instant occurredTo, List<ConductReported> conducts,
                               boolean direct, boolean viaThirdParty, String protectedPerson,
                               String address, String postcode, Double latitude, Double longitude,
                               Clause.PlaceKind placeKind, boolean atVictimOrSuspectAddress, String description,
                               String othersPresent, String witnesses, String termReported,
                               Clause.ExceptionKind purpose, String awarenessEvidence, IncidentAssessment check,
                               Instant checkedAt) {
    }

    public record EvidenceView(UUID id, EvidenceKind kind, String description, Integer incidentNumber,
                               String fileName, String contentType, Long sizeBytes, String sha256, Instant addedAt,
                               String addedBy) {
    }

    /** @param overdue not crimed within the target (or crimed late) */
    public record Crime(String reference, String classification, Instant crimedAt, String crimedBy, Instant due,
                        boolean overdue) {
    }

    public record Response(ResponseKind kind, Instant respondedAt, boolean atVictimOrSuspectAddress,
                           String justification, String justifiedBy) {
    }

    public record Arrest(ArrestDecision decision, String reason, Instant arrestedAt, String recordedBy) {
    }

    public record Interview(Instant interviewedAt, InterviewAccount account, String notes) {
    }

    public record Investigation(String evidenceSecured, Allocation allocatedTo, String allocatedOfficer,
                                String partnerReferrals) {
    }

    public record Outcome(OutcomeRoute route, CaseOutcome outcome, String reason, Instant recordedAt,
                          String recordedBy) {
    }

    public record CourtResultView(CourtResult result, String court, LocalDate decidedOn, String sentence,
                                  Instant recordedAt, String recordedBy) {
    }

    public record DirectionView(UUID id, List<String> reasons, String direction, Instant issuedAt, String issuedBy,
                                Instant answeredAt, String answeredBy, String answer) {
    }
}
