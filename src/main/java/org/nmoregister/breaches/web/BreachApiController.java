package org.nmoregister.breaches.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.nmoregister.breaches.internal.BreachChecking;
import org.nmoregister.breaches.internal.BreachFiles;
import org.nmoregister.breaches.internal.BreachInvestigation;
import org.nmoregister.breaches.internal.BreachReporting;
import org.nmoregister.breaches.internal.BreachSupervision;
import org.nmoregister.breaches.internal.NewEvidence;
import org.nmoregister.breaches.internal.BreachSummary;
import org.nmoregister.breaches.investigation.EvidenceKind;
import org.nmoregister.security.Authorities;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/breaches")
@Tag(name = "Breaches", description = "Breach reports, the check against the order in force at the time, "
        + "crime recording, investigation and outcome")
class BreachApiController {

    private final BreachReporting reporting;
    private final BreachChecking checking;
    private final BreachInvestigation investigation;
    private final BreachSupervision supervision;
    private final BreachFiles files;

    BreachApiController(BreachReporting reporting, BreachChecking checking, BreachInvestigation investigation,
                        BreachSupervision supervision, BreachFiles files) {
        this.reporting = reporting;
        this.checking = checking;
        this.investigation = investigation;
        this.supervision = supervision;
        this.files = files;
    }

    @PostMapping
    @PreAuthorize(Authorities.BREACH_REPORTERS)
    @Operation(summary = "Report a breach: one or more incidents, each checked against the order version in force "
            + "when it happened; opens a DASH risk assessment")
    ResponseEntity<BreachResponse> report(@RequestBody BreachRequests.Report request) {
        UUID id = reporting.report(request.toReport());
        return ResponseEntity.created(URI.create("/api/v1/breaches/" + id))
                .body(BreachResponse.of(files.read(id)));
    }

    @PostMapping("/check")
    @PreAuthorize(Authorities.BREACH_REPORTERS)
    @Operation(summary = "Check an incident against an order without recording anything",
            description = "Judged against the order version in force at occurredAt. outcome is LIKELY_BREACH, "
                    + "POSSIBLE_BREACH or NOT_COVERED; blockers say what stops it being a breach. Each of conducts "
                    + "is checked on its own (conducts[].outcome, its terms and blockers); outcome is the most "
                    + "serious of theirs, and the top-level blockers, terms and notes say the incident as a whole.")
    CheckResponse check(@RequestBody BreachRequests.Check request) {
        return CheckResponse.of(checking.dryRun(request.orderId(), request.incident().toIncident("")));
    }

    @GetMapping
    @PreAuthorize(Authorities.CASEWORK)
    @Operation(summary = "The force's breaches, newest first")
    List<BreachSummary> list() {
        return files.list();
    }

    @GetMapping("/review-queue")
    @PreAuthorize(Authorities.SUPERVISORS)
    @Operation(summary = "Open breaches with an inadequate response or an unanswered direction")
    List<BreachSummary> reviewQueue() {
        return supervision.reviewQueue();
    }

    @GetMapping("/{id}")
    @PreAuthorize(Authorities.CASEWORK)
    @Operation(summary = "A breach file, with each incident's check")
    BreachResponse get(@PathVariable UUID id) {
        return BreachResponse.of(files.read(id));
    }

    @PostMapping("/{id}/incidents")
    @PreAuthorize(Authorities.BREACH_REPORTERS)
    @Operation(summary = "Add an incident to a report")
    BreachResponse addIncident(@PathVariable UUID id, @RequestBody IncidentRequest request) {
        reporting.addIncident(id, request.toIncident(""));
        return BreachResponse.of(files.read(id));
    }

    @PostMapping("/{id}/recheck")
    @PreAuthorize(Authorities.BREACH_REPORTERS)
    @Operation(summary = "Re-run every incident's check (after service learned of later, or an order found)")
    BreachResponse recheck(@PathVariable UUID id, @RequestBody(required = false) BreachRequests.Recheck request) {
        checking.recheck(id, request == null ? null : request.orderId());
        return BreachResponse.of(files.read(id));
    }

    @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Authorities.BREACH_REPORTERS)
    @Operation(summary = "Add an evidence item (a file is kept with its SHA-256)")
    BreachResponse addEvidence(@PathVariable UUID id, @RequestParam(required = false) EvidenceKind kind,
                               @RequestParam(required = false) String description,
                               @RequestParam(required = false) Integer incidentNumber,
                               @RequestParam(required = false) MultipartFile file) throws IOException {
        reporting.addEvidence(id, new NewEvidence(kind, description, incidentNumber,
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getContentType(),
                file == null ? null : file.getBytes()));
        return BreachResponse.of(files.read(id));
    }

    @GetMapping("/{id}/evidence/{evidenceId}")
    @PreAuthorize(Authorities.CASEWORK)
    @Operation(summary = "Download an evidence file (logged as a disclosure)")
    ResponseEntity<byte[]> evidence(@PathVariable UUID id, @PathVariable UUID evidenceId) {
        return EvidenceDownload.of(reporting.evidenceFile(id, evidenceId));
    }

    @PostMapping("/{id}/crime")
    @PreAuthorize(Authorities.INVESTIGATORS)
    @Operation(summary = "Record the breach as a crime (reference and Home Office classification)")
    BreachResponse crime(@PathVariable UUID id, @RequestBody BreachRequests.Crime request) {
        investigation.recordCrime(id, request.crimeReference(), request.classification(), request.crimedAt());
        return BreachResponse.of(files.read(id));
    }

    @PostMapping("/{id}/response")
    @PreAuthorize(Authorities.INVESTIGATORS)
    @Operation(summary = "Record the first response: attendance, telephone or video")
    BreachResponse response(@PathVariable UUID id, @RequestBody BreachRequests.Response request) {
        investigation.recordResponse(id, request.kind(), request.respondedAt());
        return BreachResponse.of(files.read(id));
    }

    @PostMapping("/{id}/response/justification")
    @PreAuthorize(Authorities.SUPERVISORS)
    @Operation(summary = "A supervisor justifies a telephone or video response to a breach at an address")
    BreachResponse justify(@PathVariable UUID id, @RequestBody BreachRequests.Justification request) {
        investigation.justifyRemoteResponse(id, request.justification());
        return BreachResponse.of(files.read(id));
    }

    @PostMapping("/{id}/arrest")
    @PreAuthorize(Authorities.INVESTIGATORS)
    @Operation(summary = "Record the arrest decision (a reason is required when there was no arrest)")
    BreachResponse arrest(@PathVariable UUID id, @RequestBody BreachRequests.Arrest request) {
        investigation.recordArrest(id, request.decision(), request.reason(), request.arrestedAt());
        return BreachResponse.of(files.read(id));
    }

    @PostMapping("/{id}/interview")
    @PreAuthorize(Authorities.INVESTIGATORS)
    @Operation(summary = "Record the interview and the suspect's account")
    BreachResponse interview(@PathVariable UUID id, @RequestBody BreachRequests.Interview request) {
        investigation.recordInterview(id, request.interviewedAt(), request.account(), request.notes());
        return BreachResponse.of(files.read(id));
    }

    @PostMapping("/{id}/investigation")
    @PreAuthorize(Authorities.INVESTIGATORS)
    @Operation(summary = "Record evidence secured, the allocation (e.g. domestic abuse team) and partner referrals")
    BreachResponse investigation(@PathVariable UUID id, @RequestBody BreachRequests.Investigation request) {
        investigation.recordInvestigation(id, request.evidenceSecured(), request.allocation(),
                request.allocatedOfficer(), request.partnerReferrals());
        return BreachResponse.of(files.read(id));
    }

    @PostMapping("/{id}/outcome")
    @PreAuthorize(Authorities.INVESTIGATORS)
    @Operation(summary = "Record the outcome: charge, caution, no further action (with reason) or civil contempt")
    BreachResponse outcome(@PathVariable UUID id, @RequestBody BreachRequests.Outcome request) {
        investigation.recordOutcome(id, request.route(), request.outcome(), request.reason());
        return BreachResponse.of(files.read(id));
    }

    @PostMapping("/{id}/court-results")
    @PreAuthorize(Authorities.INVESTIGATORS)
    @Operation(summary = "Record a court result; a conviction and a contempt finding cannot both be recorded")
    BreachResponse courtResult(@PathVariable UUID id, @RequestBody BreachRequests.CourtResultRequest request) {
        investigation.addCourtResult(id, request.result(), request.court(), request.decidedOn(), request.sentence());
        return BreachResponse.of(files.read(id));
    }

    @PostMapping("/{id}/directions")
    @PreAuthorize(Authorities.SUPERVISORS)
    @Operation(summary = "Send a breach back to the officer with a direction")
    BreachResponse direct(@PathVariable UUID id, @RequestBody BreachRequests.Direction request) {
        supervision.sendBack(id, request.reasons(), request.direction());
        return BreachResponse.of(files.read(id));
    }

    @PostMapping("/{id}/directions/{directionId}/answer")
    @PreAuthorize(Authorities.INVESTIGATORS)
    @Operation(summary = "Answer a supervisor's direction")
    BreachResponse answer(@PathVariable UUID id, @PathVariable UUID directionId,
                          @RequestBody BreachRequests.Answer request) {
        supervision.answerDirection(id, directionId, request.answer());
        return BreachResponse.of(files.read(id));
    }
}
