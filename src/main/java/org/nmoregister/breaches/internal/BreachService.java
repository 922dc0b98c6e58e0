package org.nmoregister.breaches.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.breaches.check.BreachAssessment;
import org.nmoregister.breaches.check.Conduct;
import org.nmoregister.breaches.check.ContactChannel;
import org.nmoregister.breaches.check.EarlierIncidents;
import org.nmoregister.breaches.check.Incident;
import org.nmoregister.breaches.check.IncidentLocation;
import org.nmoregister.breaches.investigation.Allocation;
import org.nmoregister.breaches.investigation.ArrestDecision;
import org.nmoregister.breaches.investigation.CaseOutcome;
import org.nmoregister.breaches.investigation.CourtResult;
import org.nmoregister.breaches.investigation.EvidenceKind;
import org.nmoregister.breaches.investigation.InterviewAccount;
import org.nmoregister.breaches.investigation.OutcomeRoute;
import org.nmoregister.breaches.investigation.OutcomeRules;
import org.nmoregister.breaches.investigation.ReporterKind;
import org.nmoregister.breaches.investigation.ResponseKind;
import org.nmoregister.breaches.review.Inadequacy;
import org.nmoregister.breaches.review.ResponseReview;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.Relationship;
import org.nmoregister.places.Coordinates;
import org.nmoregister.places.Postcode;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.platform.files.UploadedFiles;
import org.nmoregister.risk.RiskAssessments;
import org.nmoregister.risk.RiskCase;
import org.nmoregister.risk.RiskSummary;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records breach reports and their handling, always within the user's force. Each incident is checked against the
 * order version in force when it happened as it is recorded; every report opens a DASH risk assessment; every read
 * and change is written to the access log (a breach file names the victim and the respondent).
 */
@Service
public class BreachService {

    static final String RISK_SOURCE = "breach";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** Reports are made after the event: an incident more than this after its report is a keying mistake. */
    private static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(5);
    private static final Set<Relationship> NOT_PERSONALLY_CONNECTED = Set.of(Relationship.PARTIES_TO_SAME_PROCEEDINGS);

    private final BreachReportRepository reports;
    private final BreachIncidentRepository incidents;
    private final EvidenceRepository evidence;
    private final CourtResultRepository courtResults;
    private final DirectionRepository directions;
    private final IncidentCheck check;
    private final OrderRegister register;
    private final RiskAssessments risk;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final JsonMapper json;
    private final Clock clock;
    private final Confidentiality confidentiality;
    private final ResponseReview review;
    private final org.nmoregister.breaches.crime.CrimeClassifications classifications;

    BreachService(BreachReportRepository reports, BreachIncidentRepository incidents, EvidenceRepository evidence,
                  CourtResultRepository courtResults, DirectionRepository directions, IncidentCheck check,
                  OrderRegister register, RiskAssessments risk, CurrentUsers currentUsers, AccessLog accessLog,
                  JsonMapper json, Clock clock, BreachProperties properties,
                  org.nmoregister.breaches.crime.CrimeClassifications classifications,
                  Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
        this.classifications = classifications;
        this.reports = reports;
        this.incidents = incidents;
        this.evidence = evidence;
        this.courtResults = courtResults;
        this.directions = directions;
        this.check = check;
        this.register = register;
        this.risk = risk;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.json = json;
        this.clock = clock;
        this.review = new ResponseReview(new ResponseReview.Targets(classifications.recordingTarget(),
                properties.riskAssessmentTarget(), properties.firstResponseTarget()));
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /** One incident as reported. {@code direct} null means "the respondent acted personally" unless via a third party. */
    public record NewIncident(Instant occurredFrom, Instant occurredTo, Conduct conduct, ContactChannel channel,
                              Boolean direct, boolean viaThirdParty, String protectedPerson, Double latitude,
                              Double longitude, String postcode, String address,
                              org.nmoregister.terms.Clause.PlaceKind placeKind, boolean atVictimOrSuspectAddress,
                              String description, String othersPresent, String witnesses, String termReported,
                              org.nmoregister.terms.Clause.ExceptionKind purpose, String awarenessEvidence) {
    }

    /** @param controlRoomLog the incident or log number the control room was working under, when reported from it */
    public record NewReport(UUID orderId, Instant reportedAt, ReporterKind reporterKind, String reporterName,
                            String reporterOrganisation, String protectedPerson, String actionTaken,
                            List<NewIncident> incidents, String controlRoomLog) {

        public NewReport(UUID orderId, Instant reportedAt, ReporterKind reporterKind, String reporterName,
                         String reporterOrganisation, String protectedPerson, String actionTaken,
                         List<NewIncident> incidents) {
            this(orderId, reportedAt, reporterKind, reporterName, reporterOrganisation, protectedPerson, actionTaken,
                    incidents, null);
        }
    }

    public record NewEvidence(EvidenceKind kind, String description, Integer incidentNumber, String fileName,
                              String contentType, byte[] content) {
    }

    // ---- the check (dry run) --------------------------------------------------------------------------------

    /** Checks an incident against an order without storing anything: for the control room before a report. */
    @Transactional
    public BreachAssessment dryRun(UUID orderId, NewIncident incident) {
        List<FieldError> errors = new ArrayList<>();
        validateIncident(incident, "", null, false, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (orderId != null) {
            // As for a report: an id the force does not hold is the sender's mistake, not "no order found".
            try {
                register.current(orderId);
            } catch (NotFoundException notHeld) {
                throw new InvalidRequestException("orderId", "your force holds no order with this id");
            }
        }
        Incident reading = toIncident(incident);
        List<BreachIncidentEntity> earlier = orderId == null ? List.of() : incidentsOfOrder(orderId, null);
        BreachAssessment assessment = check.check(orderId, reading, IncidentCheck.earlier(earlier,
                reading.occurredFrom(), repeatsSince(reading.occurredFrom())));
        if (orderId != null) {
            accessLog.record(AccessAction.VIEW, "order", orderId.toString(), null,
                    "Breach check (not recorded): " + incident.conduct() + " at " + incident.occurredFrom() + " -> "
                            + assessment.outcome());
        }
        // The check measures from the confidential place (its geometry is used) but does not name it.
        return confidentiality.forCurrentUser(assessment, orderId);
    }

    // ---- reporting ------------------------------------------------------------------------------------------

    @Transactional
    public UUID report(NewReport draft) {
        CurrentUser user = currentUsers.require();
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        if (draft.reportedAt() == null) {
            errors.add(new FieldError("reportedAt", "say when the breach was reported"));
        } else if (draft.reportedAt().isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(new FieldError("reportedAt", "is in the future"));
        }
        if (draft.reporterKind() == null) {
            errors.add(new FieldError("reporterKind", "say who reported it"));
        } else if (draft.reporterKind() == ReporterKind.PARTNER_AGENCY && blank(draft.reporterOrganisation())) {
            errors.add(new FieldError("reporterOrganisation", "name the partner agency that reported it"));
        }
        if (draft.incidents() == null || draft.incidents().isEmpty()) {
            errors.add(new FieldError("incidents", "describe at least one incident"));
        } else {
            for (int i = 0; i < draft.incidents().size(); i++) {
                validateIncident(draft.incidents().get(i), "incidents[" + i + "].", draft.reportedAt(), true, errors);
            }
        }
        Optional<OrderSnapshot> order = Optional.empty();
        if (draft.orderId() != null) {
            try {
                order = Optional.of(register.current(draft.orderId()));
            } catch (NotFoundException notHeld) {
                errors.add(new FieldError("orderId", "your force holds no order with this id"));
            }
        }
        boolean victimNamed = !blank(draft.protectedPerson()) || order.map(o -> o.details().applicant())
                .filter(a -> !blank(a.name())).isPresent();
        if (!victimNamed && errors.stream().noneMatch(e -> e.field().equals("orderId"))) {
            errors.add(new FieldError("protectedPerson", "name the person the order protects: with no order found "
                    + "there is no applicant to take it from"));
        } else if (!blank(draft.protectedPerson()) && draft.protectedPerson().strip().length() > 200) {
            errors.add(new FieldError("protectedPerson", "must be at most 200 characters"));
        }
        if (!blank(draft.controlRoomLog()) && draft.controlRoomLog().strip().length() > 100) {
            errors.add(new FieldError("logNumber", "must be at most 100 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        UUID id = UUID.randomUUID();
        String reference = "BR-" + LocalDate.ofInstant(now, UK).getYear() + "-"
                + String.format("%06d", reports.nextReferenceNumber());
        BreachReportEntity report = new BreachReportEntity(id, user.forceId(), reference);
        report.orderId = draft.orderId();
        report.reportedAt = draft.reportedAt();
        report.recordedAt = now;
        report.recordedBy = user.username();
        report.reporterKind = draft.reporterKind();
        report.reporterName = trim(draft.reporterName());
        report.controlRoomLog = trim(draft.controlRoomLog());
        report.reporterOrganisation = trim(draft.reporterOrganisation());
        OrderDetails details = order.map(OrderSnapshot::details).orElse(null);
        report.protectedPerson = firstNonBlank(draft.protectedPerson(),
                details == null || details.applicant() == null ? null : details.applicant().name());
        report.respondentName = details == null || details.respondent() == null ? null : details.respondent().name();
        report.domesticAbuse = details == null || details.relationship() == null
                || !NOT_PERSONALLY_CONNECTED.contains(details.relationship());
        report.actionTaken = trim(draft.actionTaken());
        List<BreachIncidentEntity> earlierOfOrder = draft.orderId() == null ? List.of()
                : incidentsOfOrder(draft.orderId(), null);
        Instant repeatsSince = repeatsSince(draft.reportedAt());
        int earlierBreaches = draft.orderId() == null ? 0 : (int) reports
                .findByOrderIdOrderByReportedAtAsc(draft.orderId()).stream()
                .filter(r -> r.reportedAt.isBefore(draft.reportedAt()) && !r.reportedAt.isBefore(repeatsSince))
                .count();
        reports.save(report);
        List<BreachIncidentEntity> saved = new ArrayList<>();
        int number = 1;
        for (NewIncident incident : draft.incidents()) {
            List<BreachIncidentEntity> before = new ArrayList<>(earlierOfOrder);
            before.addAll(saved);
            saved.add(incidents.save(recordIncident(report, number++, incident, before)));
        }
        String victim = report.protectedPerson;
        risk.open(new RiskCase(RISK_SOURCE, id, draft.orderId(), victim, "Breach " + reference + " reported "
                + draft.reportedAt() + ": " + saved.stream().map(i -> i.conduct.name()).distinct()
                .collect(Collectors.joining(", ")).toLowerCase(), earlierBreaches));
        accessLog.record(AccessAction.COLLECT, "breach", id.toString(), null, "Breach " + reference
                + " reported by " + draft.reporterKind() + (draft.orderId() == null ? " (no order found)"
                : " against order " + draft.orderId()) + "; " + saved.size() + " incident(s)");
        return id;
    }

    @Transactional
    public void addIncident(UUID reportId, NewIncident incident) {
        BreachReportEntity report = owned(reportId);
        List<FieldError> errors = new ArrayList<>();
        validateIncident(incident, "", report.reportedAt, true, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        List<BreachIncidentEntity> existing = incidents.findByReportIdOrderByNumberAsc(reportId);
        List<BreachIncidentEntity> before = new ArrayList<>(report.orderId == null ? List.of()
                : incidentsOfOrder(report.orderId, reportId));
        before.addAll(existing);
        incidents.save(recordIncident(report, existing.size() + 1, incident, before));
        touch(report, "Incident " + (existing.size() + 1) + " added: " + incident.conduct());
    }

    /**
     * Re-runs the check of every incident: after service learned of later, a corrected order, or an order found for
     * a report that had none. Each incident is still judged on the version in force when it happened.
     */
    @Transactional
    public void recheck(UUID reportId, UUID orderId) {
        BreachReportEntity report = owned(reportId);
        if (orderId != null && !orderId.equals(report.orderId)) {
            try {
                OrderSnapshot order = register.current(orderId);
                report.orderId = orderId;
                report.respondentName = order.details().respondent() == null ? null
                        : order.details().respondent().name();
            } catch (NotFoundException notHeld) {
                throw new InvalidRequestException("orderId", "your force holds no order with this id");
            }
        }
        List<BreachIncidentEntity> own = incidents.findByReportIdOrderByNumberAsc(reportId);
        List<BreachIncidentEntity> others = report.orderId == null ? List.of()
                : incidentsOfOrder(report.orderId, reportId);
        for (BreachIncidentEntity incident : own) {
            List<BreachIncidentEntity> before = new ArrayList<>(others);
            before.addAll(own.stream().filter(o -> o.number < incident.number).toList());
            applyCheck(report, incident, before);
        }
        touch(report, "Checks re-run against the order record");
    }

    @Transactional
    public UUID addEvidence(UUID reportId, NewEvidence item) {
        BreachReportEntity report = owned(reportId);
        List<FieldError> errors = new ArrayList<>();
        if (item.kind() == null) {
            errors.add(new FieldError("kind", "say what kind of evidence it is"));
        }
        if (blank(item.description())) {
            errors.add(new FieldError("description", "describe what it is and what it shows"));
        } else if (item.description().length() > 500) {
            errors.add(new FieldError("description", "must be at most 500 characters"));
        }
        if (item.incidentNumber() != null && (item.incidentNumber() < 1
                || item.incidentNumber() > incidents.findByReportIdOrderByNumberAsc(reportId).size())) {
            errors.add(new FieldError("incidentNumber", "this report has no incident " + item.incidentNumber()));
        }
        UploadedFiles.Accepted file = null;
        if (item.content() != null && item.content().length > 0) {
            try {
                // The type the client claims is not trusted: one detected from the bytes is kept, or it is refused.
                file = UploadedFiles.accept(item.fileName(), item.content(), "evidence");
            } catch (UploadedFiles.RefusedFileException e) {
                errors.add(new FieldError("file", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        CurrentUser user = currentUsers.require();
        EvidenceEntity entity = new EvidenceEntity(reportId);
        entity.kind = item.kind();
        entity.description = item.description().strip();
        entity.incidentNumber = item.incidentNumber();
        if (file != null) {
            entity.fileName = UploadedFiles.displayName(file.filename(), "evidence");
            entity.contentType = file.contentType();
            entity.sizeBytes = (long) item.content().length;
            entity.sha256 = sha256(item.content());
            entity.content = item.content();
        }
        entity.addedAt = clock.instant();
        entity.addedBy = user.username();
        evidence.save(entity);
        touch(report, "Evidence added: " + item.kind() + (entity.sha256 == null ? "" : " sha256 " + entity.sha256));
        return entity.id;
    }

    /** An evidence file, for download; logged as a disclosure of the record. */
    @Transactional
    public EvidenceFile evidenceFile(UUID reportId, UUID evidenceId) {
        owned(reportId);
        EvidenceEntity item = evidence.findByIdAndReportId(evidenceId, reportId)
                .filter(e -> e.content != null)
                .orElseThrow(() -> new NotFoundException("No file " + evidenceId + " on this breach"));
        accessLog.record(AccessAction.DISCLOSE, "breach", reportId.toString(), null,
                "Evidence file downloaded: " + item.fileName + " sha256 " + item.sha256);
        return new EvidenceFile(item.fileName, item.contentType, item.content, item.sha256);
    }

    public record EvidenceFile(String fileName, String contentType, byte[] content, String sha256) {
    }

    // ---- crime recording, response, investigation, outcome ---------------------------------------------------

    @Transactional
    public void recordCrime(UUID reportId, String crimeReference, String classification, Instant crimedAt) {
        BreachReportEntity report = owned(reportId);
        List<FieldError> errors = new ArrayList<>();
        if (blank(crimeReference)) {
            errors.add(new FieldError("crimeReference", "give the crime reference number"));
        } else if (crimeReference.strip().length() > 60) {
            errors.add(new FieldError("crimeReference", "must be at most 60 characters"));
        }
        if (blank(classification)) {
            errors.add(new FieldError("classification", "choose the Home Office classification"));
        } else if (classifications.find(classification.strip()).isEmpty()) {
            errors.add(new FieldError("classification", "is not in the force's crime classifications"));
        } else if (classifications.find(classification.strip()).get().isBreachOffence()
                && !orderBreachIsOffence(report)) {
            errors.add(new FieldError("classification", "breaking " + article(orderType(report)) + " is not a "
                    + "criminal offence: record the other offence committed, if any"));
        }
        Instant when = crimedAt == null ? clock.instant() : crimedAt;
        if (when.isBefore(report.reportedAt)) {
            errors.add(new FieldError("crimedAt", "is before the breach was reported"));
        } else if (when.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            errors.add(new FieldError("crimedAt", "is in the future"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        report.crimeReference = crimeReference.strip();
        report.crimeClassification = classification.strip();
        report.crimedAt = when;
        report.crimedBy = currentUsers.require().username();
        touch(report, "Crime recorded: " + report.crimeReference + " (" + report.crimeClassification + ")");
    }

    @Transactional
    public void recordResponse(UUID reportId, ResponseKind kind, Instant respondedAt) {
        BreachReportEntity report = owned(reportId);
        if (kind == null) {
            throw new InvalidRequestException("kind", "choose attendance, telephone or video");
        }
        Instant when = respondedAt == null ? clock.instant() : respondedAt;
        if (when.isBefore(report.reportedAt.minus(CLOCK_SKEW))) {
            throw new InvalidRequestException("respondedAt", "is before the breach was reported");
        }
        report.responseKind = kind;
        report.respondedAt = when;
        report.responseAtAddress = incidents.findByReportIdOrderByNumberAsc(reportId).stream()
                .anyMatch(i -> i.atVictimOrSuspectAddress);
        touch(report, "Response recorded: " + kind);
    }

    /** A supervisor's justification for a telephone or video response where the breach was at an address. */
    @Transactional
    public void justifyRemoteResponse(UUID reportId, String justification) {
        BreachReportEntity report = owned(reportId);
        CurrentUser user = currentUsers.require();
        if (!user.has(Role.SUPERVISOR)) {
            throw new org.springframework.security.access.AccessDeniedException("Only a supervisor may justify it");
        }
        if (report.responseKind == null || !report.responseKind.isRemote()) {
            throw new InvalidRequestException("justification", "only a telephone or video response needs one");
        }
        if (blank(justification)) {
            throw new InvalidRequestException("justification", "say why a remote response addresses the risk");
        }
        report.responseJustification = justification.strip();
        report.responseJustifiedBy = user.username();
        touch(report, "Remote response justified by a supervisor");
    }

    @Transactional
    public void recordArrest(UUID reportId, ArrestDecision decision, String reason, Instant arrestedAt) {
        BreachReportEntity report = owned(reportId);
        List<FieldError> errors = new ArrayList<>();
        if (decision == null) {
            errors.add(new FieldError("decision", "record whether the suspect was arrested"));
        } else if (decision != ArrestDecision.ARRESTED && blank(reason)) {
            errors.add(new FieldError("reason", "give the reason the suspect was not arrested"));
        }
        if (decision == ArrestDecision.ARRESTED && orderType(report) == org.nmoregister.orders.OrderType.UNDERTAKING) {
            errors.add(new FieldError("decision", "breaking an undertaking is not an offence: there is no power "
                    + "of arrest for it (consider other offences)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        report.arrestDecision = decision;
        report.arrestReason = trim(reason);
        report.arrestedAt = decision == ArrestDecision.ARRESTED ? (arrestedAt == null ? clock.instant() : arrestedAt)
                : null;
        report.arrestRecordedBy = currentUsers.require().username();
        touch(report, "Arrest decision: " + decision);
    }

    @Transactional
    public void recordInterview(UUID reportId, Instant interviewedAt, InterviewAccount account, String notes) {
        BreachReportEntity report = owned(reportId);
        if (account == null) {
            throw new InvalidRequestException("account", "record the suspect's account");
        }
        report.interviewedAt = interviewedAt == null ? clock.instant() : interviewedAt;
        report.interviewAccount = account;
        report.interviewNotes = trim(notes);
        touch(report, "Interview recorded: " + account);
    }

    @Transactional
    public void recordInvestigation(UUID reportId, String evidenceSecured, Allocation allocation,
                                    String allocatedOfficer, String partnerReferrals) {
        BreachReportEntity report = owned(reportId);
        if (allocation == null && blank(evidenceSecured) && blank(partnerReferrals)) {
            throw new InvalidRequestException("allocation", "record an allocation, the evidence secured or a referral");
        }
        if (allocation != null) {
            report.allocatedTo = allocation;
            report.allocatedOfficer = trim(allocatedOfficer);
        }
        if (!blank(evidenceSecured)) {
            report.evidenceSecured = evidenceSecured.strip();
        }
        if (!blank(partnerReferrals)) {
            report.partnerReferrals = partnerReferrals.strip();
        }
        touch(report, "Investigation updated" + (allocation == null ? "" : ": allocated to " + allocation));
    }

    @Transactional
    public void recordOutcome(UUID reportId, OutcomeRoute route, CaseOutcome outcome, String reason) {
        BreachReportEntity report = locked(reportId);
        List<FieldError> errors = OutcomeRules.checkOutcome(route, outcome, reason, orderBreachIsOffence(report),
                results(reportId));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        report.outcomeRoute = route;
        report.outcome = outcome;
        report.outcomeReason = trim(reason);
        report.outcomeAt = clock.instant();
        report.outcomeBy = currentUsers.require().username();
        touch(report, "Outcome: " + outcome + " (" + route + ")");
    }

    @Transactional
    public void addCourtResult(UUID reportId, CourtResult result, String court, LocalDate decidedOn,
                               String sentence) {
        // Locked, so two clerks cannot record a conviction and a contempt finding for it at the same moment.
        BreachReportEntity report = locked(reportId);
        List<FieldError> errors = new ArrayList<>();
        OutcomeRules.checkCourtResult(result, results(reportId), orderBreachIsOffence(report)).ifPresent(errors::add);
        if (decidedOn == null) {
            errors.add(new FieldError("decidedOn", "give the date of the decision"));
        } else if (decidedOn.isAfter(LocalDate.ofInstant(clock.instant(), UK))) {
            errors.add(new FieldError("decidedOn", "is in the future"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        courtResults.save(new CourtResultEntity(reportId, result, trim(court), decidedOn, trim(sentence),
                clock.instant(), currentUsers.require().username()));
        touch(report, "Court result: " + result);
    }

    // ---- supervisor directions ------------------------------------------------------------------------------

    @Transactional
    public void sendBack(UUID reportId, Set<Inadequacy> reasons, String direction) {
        BreachReportEntity report = owned(reportId);
        List<FieldError> errors = new ArrayList<>();
        if (blank(direction)) {
            errors.add(new FieldError("direction", "say what the officer must do"));
        }
        if (reasons == null || reasons.isEmpty()) {
            errors.add(new FieldError("reasons", "choose what is inadequate"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        directions.save(new DirectionEntity(reportId, reasons.stream().map(Enum::name).sorted()
                .collect(Collectors.joining(",")), direction.strip(), clock.instant(),
                currentUsers.require().username()));
        touch(report, "Sent back with a direction: " + reasons);
    }

    @Transactional
    public void answerDirection(UUID reportId, UUID directionId, String answer) {
        BreachReportEntity report = owned(reportId);
        DirectionEntity direction = directions.findById(directionId).filter(d -> d.reportId.equals(reportId))
                .orElseThrow(() -> new NotFoundException("No direction " + directionId + " on this breach"));
        if (direction.answeredAt != null) {
            throw new org.nmoregister.platform.ConflictException("This direction has already been answered");
        }
        if (blank(answer)) {
            throw new InvalidRequestException("answer", "say what was done");
        }
        direction.answer = answer.strip();
        direction.answeredAt = clock.instant();
        direction.answeredBy = currentUsers.require().username();
        touch(report, "Direction answered");
    }

    // ---- reading --------------------------------------------------------------------------------------------

    /** The breach file, written to the access log. */
    @Transactional
    public BreachFile read(UUID reportId) {
        BreachReportEntity report = owned(reportId);
        accessLog.record(AccessAction.VIEW, "breach", reportId.toString(), null, "Breach file " + report.reference);
        // What the officer typed (where, what, who was there) often repeats the refuge's address or number.
        return confidentiality.forCurrentUser(file(report), report.orderId);
    }

    /** The force's breaches, newest first (at most 200), written to the access log as a search. */
    @Transactional
    public List<BreachSummary> list() {
        UUID force = currentUsers.require().forceId();
        List<BreachReportEntity> found = reports.findTop200ByForceIdOrderByReportedAtDesc(force);
        accessLog.record(AccessAction.SEARCH, "breach", "list", null, "Breach list: " + found.size() + " shown");
        // Up to 200 orders: the force's cached values, not a read of each order's versions.
        return confidentiality.forCurrentUserAcrossForce(summaries(found));
    }

    /** The open breaches (no outcome yet) with their gaps, for the supervisor's queue. */
    @Transactional
    public List<BreachSummary> reviewQueue() {
        UUID force = currentUsers.require().forceId();
        List<BreachSummary> open = confidentiality.forCurrentUserAcrossForce(
                summaries(reports.findByForceIdAndOutcomeIsNullOrderByReportedAtAsc(force)));
        accessLog.record(AccessAction.SEARCH, "breach", "review-queue", null, "Supervisor queue viewed");
        return open.stream().filter(s -> !s.inadequacies().isEmpty() || s.openDirections() > 0).toList();
    }

    List<BreachReportEntity> reportsBetween(Instant from, Instant to) {
        return reports.findByForceIdAndReportedAtGreaterThanEqualAndReportedAtLessThanOrderByReportedAtAsc(
                currentUsers.require().forceId(), from, to);
    }

    List<BreachReportEntity> openReports() {
        return reports.findByForceIdAndOutcomeIsNullOrderByReportedAtAsc(currentUsers.require().forceId());
    }

    List<BreachSummary> summaries(List<BreachReportEntity> found) {
        Instant now = clock.instant();
        List<UUID> ids = found.stream().map(r -> r.id).toList();
        var byReport = incidents.findByReportIdIn(ids).stream()
                .collect(Collectors.groupingBy(i -> i.reportId));
        var openDirections = ids.isEmpty() ? java.util.Map.<UUID, Long>of()
                : directions.findByReportIdInAndAnsweredAtIsNull(ids).stream()
                .collect(Collectors.groupingBy(d -> d.reportId, Collectors.counting()));
        var risks = risk.forSources(RISK_SOURCE, ids);
        var offences = new java.util.HashMap<UUID, Boolean>();
        return found.stream().map(r -> {
            List<BreachIncidentEntity> own = byReport.getOrDefault(r.id, List.of());
            Optional<RiskSummary> riskSummary = Optional.ofNullable(risks.get(r.id));
            boolean offence = r.orderId == null || offences.computeIfAbsent(r.orderId, o -> orderBreachIsOffence(r));
            var worst = own.stream().map(i -> i.checkOutcome).min(Enum::compareTo).orElse(null);
            return new BreachSummary(r.id, r.reference, r.orderId, r.reportedAt, r.protectedPerson,
                    r.respondentName, own.stream().map(i -> i.conduct).distinct().toList(), worst,
                    r.crimeReference, review.crimeRecordingDue(r.reportedAt),
                    r.crimedAt == null && offence && now.isAfter(review.crimeRecordingDue(r.reportedAt)),
                    r.arrestDecision, r.outcome, riskSummary.map(RiskSummary::level).orElse(null),
                    inadequacies(r, own, riskSummary, offence, now), openDirections.getOrDefault(r.id, 0L).intValue());
        }).toList();
    }

    private BreachFile file(BreachReportEntity r) {
        Instant now = clock.instant();
        List<BreachIncidentEntity> own = incidents.findByReportIdOrderByNumberAsc(r.id);
        Optional<RiskSummary> riskSummary = risk.forSource(RISK_SOURCE, r.id);
        List<BreachFile.IncidentView> incidentViews = own.stream().map(i -> new BreachFile.IncidentView(i.number,
                i.occurredFrom, i.occurredTo, i.conduct, i.channel, i.direct, i.viaThirdParty, i.protectedPerson,
                i.locationAddress, i.postcode, i.latitude, i.longitude, i.placeKind, i.atVictimOrSuspectAddress,
                i.description, i.othersPresent, i.witnesses, i.termReported, i.purpose, i.awarenessEvidence,
                json.readValue(i.checkResult, BreachAssessment.class), i.checkedAt)).toList();
        List<BreachFile.EvidenceView> evidenceViews = evidence.findByReportIdOrderByAddedAtAsc(r.id).stream()
                .map(e -> new BreachFile.EvidenceView(e.id, e.kind, e.description, e.incidentNumber, e.fileName,
                        e.contentType, e.sizeBytes, e.sha256, e.addedAt, e.addedBy)).toList();
        List<BreachFile.CourtResultView> results = courtResults.findByReportIdOrderByDecidedOnAscRecordedAtAsc(r.id)
                .stream().map(c -> new BreachFile.CourtResultView(c.result, c.court, c.decidedOn, c.sentence,
                        c.recordedAt, c.recordedBy)).toList();
        List<BreachFile.DirectionView> directionViews = directions.findByReportIdOrderByIssuedAtAsc(r.id).stream()
                .map(d -> new BreachFile.DirectionView(d.id, List.of(d.reasons.split(",")), d.direction, d.issuedAt,
                        d.issuedBy, d.answeredAt, d.answeredBy, d.answer)).toList();
        Instant due = review.crimeRecordingDue(r.reportedAt);
        boolean offence = orderBreachIsOffence(r);
        return new BreachFile(r.id, r.reference, r.orderId, offence, r.reportedAt, r.recordedAt, r.recordedBy,
                r.reporterKind, r.reporterName, r.reporterOrganisation, r.protectedPerson, r.respondentName,
                r.domesticAbuse, r.actionTaken, incidentViews, evidenceViews,
                new BreachFile.Crime(r.crimeReference, r.crimeClassification, r.crimedAt, r.crimedBy, due,
                        offence && (r.crimedAt == null ? now.isAfter(due) : r.crimedAt.isAfter(due))),
                new BreachFile.Response(r.responseKind, r.respondedAt, Boolean.TRUE.equals(r.responseAtAddress)
                        || own.stream().anyMatch(i -> i.atVictimOrSuspectAddress), r.responseJustification,
                        r.responseJustifiedBy),
                new BreachFile.Arrest(r.arrestDecision, r.arrestReason, r.arrestedAt, r.arrestRecordedBy),
                new BreachFile.Interview(r.interviewedAt, r.interviewAccount, r.interviewNotes),
                new BreachFile.Investigation(r.evidenceSecured, r.allocatedTo, r.allocatedOfficer,
                        r.partnerReferrals),
                new BreachFile.Outcome(r.outcomeRoute, r.outcome, r.outcomeReason, r.outcomeAt, r.outcomeBy),
                results, directionViews, inadequacies(r, own, riskSummary, offence, now), riskSummary.orElse(null),
                r.controlRoomLog);
    }

    private Set<Inadequacy> inadequacies(BreachReportEntity r, List<BreachIncidentEntity> own,
                                         Optional<RiskSummary> riskSummary, boolean breachIsOffence, Instant now) {
        boolean atAddress = Boolean.TRUE.equals(r.responseAtAddress)
                || own.stream().anyMatch(i -> i.atVictimOrSuspectAddress);
        return review.review(new ResponseReview.Handling(r.reportedAt, r.crimedAt, r.responseKind, r.respondedAt,
                atAddress, r.responseJustification != null, r.arrestDecision, r.arrestReason,
                riskSummary.map(RiskSummary::isCompleted).orElse(false), breachIsOffence), now);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private BreachIncidentEntity recordIncident(BreachReportEntity report, int number, NewIncident in,
                                                List<BreachIncidentEntity> before) {
        BreachIncidentEntity e = new BreachIncidentEntity(report.id, number);
        e.occurredFrom = in.occurredFrom();
        e.occurredTo = in.occurredTo() == null || in.occurredTo().equals(in.occurredFrom()) ? null : in.occurredTo();
        e.conduct = in.conduct();
        e.channel = in.channel();
        e.viaThirdParty = in.viaThirdParty() || in.channel() == ContactChannel.VIA_THIRD_PARTY;
        e.direct = in.direct() == null ? !e.viaThirdParty : in.direct();
        e.protectedPerson = trim(in.protectedPerson());
        e.locationAddress = trim(in.address());
        e.postcode = Postcode.parse(in.postcode()).map(Postcode::toString).orElse(null);
        e.latitude = in.latitude();
        e.longitude = in.longitude();
        e.placeKind = in.placeKind();
        e.atVictimOrSuspectAddress = in.atVictimOrSuspectAddress()
                || in.placeKind() == org.nmoregister.terms.Clause.PlaceKind.HOME;
        e.description = in.description().strip();
        e.othersPresent = trim(in.othersPresent());
        e.witnesses = trim(in.witnesses());
        e.termReported = trim(in.termReported());
        e.purpose = in.purpose();
        e.awarenessEvidence = trim(in.awarenessEvidence());
        applyCheck(report, e, before);
        return e;
    }

    private void applyCheck(BreachReportEntity report, BreachIncidentEntity e, List<BreachIncidentEntity> before) {
        Incident incident = new Incident(e.occurredFrom, e.occurredTo, e.conduct, e.channel, e.direct,
                e.viaThirdParty, e.protectedPerson, check.location(e.latitude, e.longitude, e.postcode, e.placeKind,
                e.locationAddress), e.purpose, e.awarenessEvidence, e.description);
        EarlierIncidents earlier = IncidentCheck.earlier(before, e.occurredFrom,
                repeatsSince(e.occurredFrom));
        BreachAssessment assessment = check.check(report.orderId, incident, earlier);
        e.checkOutcome = assessment.outcome();
        e.checkBlockers = assessment.blockers().stream().map(b -> b.code().name()).collect(Collectors.joining(","));
        e.checkOrderVersion = assessment.orderVersion();
        e.checkResult = json.writeValueAsString(assessment);
        e.checkedAt = clock.instant();
        incidents.save(e);
    }

    private Incident toIncident(NewIncident in) {
        boolean viaThirdParty = in.viaThirdParty() || in.channel() == ContactChannel.VIA_THIRD_PARTY;
        IncidentLocation location = check.location(in.latitude(), in.longitude(), in.postcode(), in.placeKind(),
                in.address());
        return new Incident(in.occurredFrom(), in.occurredTo(), in.conduct(), in.channel(),
                in.direct() == null ? !viaThirdParty : in.direct(), viaThirdParty, trim(in.protectedPerson()),
                location, in.purpose(), trim(in.awarenessEvidence()), in.description());
    }

    private void validateIncident(NewIncident in, String prefix, Instant reportedAt, boolean forRecord,
                                  List<FieldError> errors) {
        if (in == null) {
            errors.add(new FieldError(prefix.isEmpty() ? "incident" : prefix.substring(0, prefix.length() - 1),
                    "is missing"));
            return;
        }
        if (in.occurredFrom() == null) {
            errors.add(new FieldError(prefix + "occurredAt", "say when it happened (or the start of the window)"));
        } else {
            if (in.occurredTo() != null && in.occurredTo().isBefore(in.occurredFrom())) {
                errors.add(new FieldError(prefix + "occurredTo", "is before the start of the window"));
            }
            Instant latest = reportedAt == null ? clock.instant() : reportedAt;
            if (in.occurredFrom().isAfter(latest.plus(CLOCK_SKEW))) {
                errors.add(new FieldError(prefix + "occurredAt", reportedAt == null ? "is in the future"
                        : "is after the breach was reported"));
            }
        }
        if (in.conduct() == null) {
            errors.add(new FieldError(prefix + "conduct", "choose what the respondent did"));
        }
        if (forRecord && blank(in.description())) {
            errors.add(new FieldError(prefix + "description", "describe what happened"));
        } else if (in.description() != null && in.description().length() > 20_000) {
            errors.add(new FieldError(prefix + "description", "must be at most 20,000 characters"));
        }
        if ((in.latitude() == null) != (in.longitude() == null)) {
            errors.add(new FieldError(prefix + (in.latitude() == null ? "latitude" : "longitude"),
                    "give both latitude and longitude, or neither"));
        } else if (in.latitude() != null && !Coordinates.valid(in.latitude(), in.longitude())) {
            errors.add(new FieldError(prefix + "latitude", "is not a valid latitude and longitude"));
        }
        if (!blank(in.postcode()) && Postcode.parse(in.postcode()).isEmpty()) {
            errors.add(new FieldError(prefix + "postcode", "is not a UK postcode"));
        }
    }

    /** Every incident recorded against the order, except those of {@code excludingReport}. */
    private List<BreachIncidentEntity> incidentsOfOrder(UUID orderId, UUID excludingReport) {
        List<UUID> ids = reports.findByOrderIdOrderByReportedAtAsc(orderId).stream()
                .filter(r -> r.forceId.equals(currentUsers.require().forceId()))
                .map(r -> r.id).filter(id -> !id.equals(excludingReport)).toList();
        return ids.isEmpty() ? List.of() : incidents.findByReportIdIn(ids);
    }

    private List<CourtResult> results(UUID reportId) {
        return courtResults.findByReportIdOrderByDecidedOnAscRecordedAtAsc(reportId).stream().map(c -> c.result)
                .toList();
    }

    private boolean orderBreachIsOffence(BreachReportEntity report) {
        var type = orderType(report);
        return type == null || type.breachIsOffence();
    }

    /** The type of the report's order; null when there is none. */
    private org.nmoregister.orders.OrderType orderType(BreachReportEntity report) {
        if (report.orderId == null) {
            return null;
        }
        try {
            return register.current(report.orderId).details().orderType();
        } catch (NotFoundException gone) {
            return null;
        }
    }

    BreachReportEntity owned(UUID reportId) {
        return reports.findByIdAndForceId(reportId, currentUsers.require().forceId())
                .orElseThrow(() -> new NotFoundException("Breach " + reportId + " was not found"));
    }

    /**
     * From when earlier breaches count as repeats of one at {@code at}: the window the risk rules escalate over, so
     * that "repeat" means the same for the risk assessment, the course-of-conduct prompts and the risk meeting.
     */
    Instant repeatsSince(Instant at) {
        return at.atZone(UK).minus(risk.escalationWindow()).toInstant();
    }

    private BreachReportEntity locked(UUID reportId) {
        return reports.lockByIdAndForceId(reportId, currentUsers.require().forceId())
                .orElseThrow(() -> new NotFoundException("Breach " + reportId + " was not found"));
    }

    private void touch(BreachReportEntity report, String what) {
        reports.save(report);
        accessLog.record(AccessAction.CHANGE, "breach", report.id.toString(), null, report.reference + ": " + what);
    }

    private static String article(org.nmoregister.orders.OrderType type) {
        String label = type.label().toLowerCase(java.util.Locale.ROOT);
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String firstNonBlank(String a, String b) {
        return blank(a) ? trim(b) : a.strip();
    }
}
