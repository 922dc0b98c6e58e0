package org.nmoregister.breaches.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.breaches.BreachRisk;
import org.nmoregister.breaches.check.IncidentAssessment;
import org.nmoregister.breaches.crime.CrimeClassifications;
import org.nmoregister.breaches.investigation.CourtResult;
import org.nmoregister.breaches.review.BreachTasks;
import org.nmoregister.breaches.review.Inadequacy;
import org.nmoregister.breaches.review.ResponseReview;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.security.CurrentUsers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The breach file and lists of breaches, read by every stage: each with the gaps in its handling measured against
 * the force's targets; every read is written to the access log (a breach file names the victim and the respondent).
 */
@Service
public class BreachFiles {

    private final BreachReportRepository reports;
    private final BreachIncidentRepository incidents;
    private final EvidenceRepository evidence;
    private final CourtResultRepository courtResults;
    private final DirectionRepository directions;
    private final BreachRecords records;
    private final BreachRisk risk;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final JsonMapper json;
    private final Clock clock;
    private final Confidentiality confidentiality;
    private final ResponseReview review;
    private final BreachTasks tasks;

    BreachFiles(BreachReportRepository reports, BreachIncidentRepository incidents, EvidenceRepository evidence,
                CourtResultRepository courtResults, DirectionRepository directions, BreachRecords records,
                BreachRisk risk, CurrentUsers currentUsers, AccessLog accessLog, JsonMapper json, Clock clock,
                Confidentiality confidentiality, BreachProperties properties, CrimeClassifications classifications) {
        this.reports = reports;
        this.incidents = incidents;
        this.evidence = evidence;
        this.courtResults = courtResults;
        this.directions = directions;
        this.records = records;
        this.risk = risk;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.json = json;
        this.clock = clock;
        this.confidentiality = confidentiality;
        var targets = new ResponseReview.Targets(classifications.recordingTarget(),
                properties.riskAssessmentTarget(), properties.firstResponseTarget());
        this.review = new ResponseReview(targets);
        this.tasks = new BreachTasks(targets);
    }

    /** The breach file, written to the access log. */
    @Transactional
    public BreachFile read(UUID reportId) {
        BreachReportEntity report = records.owned(reportId);
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

    /** How many breaches the force has recorded. */
    @Transactional(readOnly = true)
    public long count() {
        return reports.countByForceId(currentUsers.require().forceId());
    }

    /**
     * Page {@code number} (from 1) of the force's breaches, {@code size} to a page, newest first; written to the
     * access log as a search.
     */
    @Transactional
    public List<BreachSummary> page(int number, int size) {
        UUID force = currentUsers.require().forceId();
        List<BreachReportEntity> found = reports.pageOfForce(force,
                org.springframework.data.domain.PageRequest.of(number - 1, size));
        accessLog.record(AccessAction.SEARCH, "breach", "list", null,
                "Breach list, page " + number + ": " + found.size() + " shown");
        return confidentiality.forCurrentUserAcrossForce(summaries(found));
    }

    /** The breaches a view shows, written to the access log as a search; confidential details masked. */
    @Transactional
    public List<BreachSummary> list(BreachView view) {
        List<BreachSummary> found = matching(view);
        accessLog.record(AccessAction.SEARCH, "breach", "list: " + view.words(), null,
                "Breach list (" + view.words() + "): " + found.size() + " shown");
        return confidentiality.forCurrentUserAcrossForce(found);
    }

    /** How many breaches a view shows: the start page's count, by the same rule as the list. */
    @Transactional(readOnly = true)
    public long count(BreachView view) {
        return matching(view).size();
    }

    private List<BreachSummary> matching(BreachView view) {
        var user = currentUsers.require();
        return switch (view) {
            case CRIME_OVERDUE -> summaries(reports.findByForceIdAndCrimedAtIsNullOrderByReportedAtAsc(user.forceId()))
                    .stream().filter(BreachSummary::crimeOverdue).toList();
            case NOT_ARRESTED -> summaries(openReports()).stream().filter(BreachView::suspectOutstanding).toList();
            case YOURS -> summaries(reports.findByForceIdAndRecordedByAndOutcomeIsNullOrderByReportedAtAsc(
                    user.forceId(), user.username()));
            case YOUR_DIRECTIONS -> summaries(reports.findByForceIdAndRecordedByAndOutcomeIsNullOrderByReportedAtAsc(
                    user.forceId(), user.username())).stream().filter(b -> b.openDirections() > 0).toList();
        };
    }

    List<BreachReportEntity> reportsBetween(Instant from, Instant to) {
        return reports.findByForceIdAndReportedAtGreaterThanEqualAndReportedAtLessThanOrderByReportedAtAsc(
                currentUsers.require().forceId(), from, to);
    }

    /** The force's reports among these ids (another force's are left out). */
    List<BreachReportEntity> reportsOfForce(java.util.Collection<UUID> ids) {
        UUID force = currentUsers.require().forceId();
        return ids.isEmpty() ? List.of() : reports.findAllById(ids).stream().filter(r -> force.equals(r.forceId))
                .toList();
    }

    List<BreachReportEntity> openReports() {
        return reports.findByForceIdAndOutcomeIsNullOrderByReportedAtAsc(currentUsers.require().forceId());
    }

    List<BreachSummary> summaries(List<BreachReportEntity> found) {
        Instant now = clock.instant();
        List<UUID> ids = found.stream().map(r -> r.id).toList();
        var byReport = incidents.findByReportIdIn(ids).stream()
                .collect(Collectors.groupingBy(i -> i.reportId));
        var openDirections = ids.isEmpty() ? Map.<UUID, Long>of()
                : directions.findByReportIdInAndAnsweredAtIsNull(ids).stream()
                .collect(Collectors.groupingBy(d -> d.reportId, Collectors.counting()));
        var risks = risk.forBreaches(ids);
        var offences = new HashMap<UUID, Boolean>();
        return found.stream().map(r -> {
            List<BreachIncidentEntity> own = byReport.getOrDefault(r.id, List.of());
            Optional<BreachRisk.Assessment> riskSummary = Optional.ofNullable(risks.get(r.id));
            boolean offence = r.orderId == null || offences.computeIfAbsent(r.orderId, o -> records.breachIsOffence(r));
            var worst = own.stream().map(i -> i.checkOutcome).min(Enum::compareTo).orElse(null);
            return new BreachSummary(r.id, r.reference, r.orderId, r.reportedAt, r.protectedPerson,
                    r.respondentName, own.stream().flatMap(i -> i.kinds().stream()).distinct().toList(), worst,
                    r.crimeReference, review.crimeRecordingDue(r.reportedAt),
                    r.crimedAt == null && offence && now.isAfter(review.crimeRecordingDue(r.reportedAt)),
                    r.arrestDecision, r.outcome, riskSummary.map(BreachRisk.Assessment::level).orElse(null),
                    inadequacies(r, own, riskSummary, offence, now), openDirections.getOrDefault(r.id, 0L).intValue());
        }).toList();
    }

    private BreachFile file(BreachReportEntity r) {
        Instant now = clock.instant();
        List<BreachIncidentEntity> own = incidents.findByReportIdOrderByNumberAsc(r.id);
        // Opened by the risk module once the report is committed: until then the file shows it as being opened.
        BreachRisk.Assessment riskSummary = risk.forBreach(r.id).orElseGet(() -> BreachRisk.Assessment.pending(r.id));
        List<BreachFile.IncidentView> incidentViews = own.stream().map(i -> new BreachFile.IncidentView(i.number,
                i.occurredFrom, i.occurredTo, i.reported(), i.direct, i.viaThirdParty, i.protectedPerson,
                i.locationAddress, i.postcode, i.latitude, i.longitude, i.placeKind, i.atVictimOrSuspectAddress,
                i.description, i.othersPresent, i.witnesses, i.termReported, i.purpose, i.awarenessEvidence,
                json.readValue(i.checkResult, IncidentAssessment.class), i.checkedAt)).toList();
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
        boolean offence = records.breachIsOffence(r);
        boolean atAddress = Boolean.TRUE.equals(r.responseAtAddress) || own.stream()
                .anyMatch(i -> i.atVictimOrSuspectAddress);
        List<BreachTasks.Task> taskList = tasks.tasks(new BreachTasks.Facts(offence, r.reportedAt, r.crimedAt,
                r.responseKind, r.respondedAt, r.responseKind != null && r.responseKind.isRemote() && atAddress
                && r.responseJustification == null, r.arrestDecision, r.interviewedAt,
                r.evidenceSecured != null && !r.evidenceSecured.isBlank(), r.allocatedTo != null,
                riskSummary.isPending() ? BreachTasks.RiskState.BEING_OPENED : riskSummary.isCompleted()
                ? BreachTasks.RiskState.COMPLETED : BreachTasks.RiskState.OPEN, r.outcome,
                results.stream().anyMatch(c -> c.result() != CourtResult.ADJOURNED), directionViews.size(),
                (int) directionViews.stream().filter(d -> d.answeredAt() == null).count()), now);
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
                results, directionViews, inadequacies(r, own, Optional.of(riskSummary), offence, now), riskSummary,
                r.controlRoomLog, taskList);
    }

    private Set<Inadequacy> inadequacies(BreachReportEntity r, List<BreachIncidentEntity> own,
                                         Optional<BreachRisk.Assessment> riskSummary, boolean breachIsOffence, Instant now) {
        boolean atAddress = Boolean.TRUE.equals(r.responseAtAddress)
                || own.stream().anyMatch(i -> i.atVictimOrSuspectAddress);
        return review.review(new ResponseReview.Handling(r.reportedAt, r.crimedAt, r.responseKind, r.respondedAt,
                atAddress, r.responseJustification != null, r.arrestDecision, r.arrestReason,
                riskSummary.map(BreachRisk.Assessment::isCompleted).orElse(false), breachIsOffence), now);
    }
}
