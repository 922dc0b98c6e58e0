package org.nmoregister.breaches.internal;

import static org.nmoregister.breaches.internal.BreachRecords.blank;
import static org.nmoregister.breaches.internal.BreachRecords.trim;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.nmoregister.breaches.crime.CrimeClassifications;
import org.nmoregister.breaches.investigation.Allocation;
import org.nmoregister.breaches.investigation.ArrestDecision;
import org.nmoregister.breaches.investigation.CaseOutcome;
import org.nmoregister.breaches.investigation.CourtResult;
import org.nmoregister.breaches.investigation.InterviewAccount;
import org.nmoregister.breaches.investigation.OutcomeRoute;
import org.nmoregister.breaches.investigation.OutcomeRules;
import org.nmoregister.breaches.investigation.ResponseKind;
import org.nmoregister.orders.OrderType;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investigation stage: crime recording, the response, the arrest decision, the interview, the investigation's
 * allocation and the outcome with its court results.
 */
@Service
public class BreachInvestigation {

    private final BreachIncidentRepository incidents;
    private final CourtResultRepository courtResults;
    private final BreachRecords records;
    private final CrimeClassifications classifications;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    BreachInvestigation(BreachIncidentRepository incidents, CourtResultRepository courtResults, BreachRecords records,
                        CrimeClassifications classifications, CurrentUsers currentUsers, Clock clock) {
        this.incidents = incidents;
        this.courtResults = courtResults;
        this.records = records;
        this.classifications = classifications;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Transactional
    public void recordCrime(UUID reportId, String crimeReference, String classification, Instant crimedAt) {
        BreachReportEntity report = records.owned(reportId);
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
                && !records.breachIsOffence(report)) {
            errors.add(new FieldError("classification", "breaking " + article(records.orderType(report)) + " is not a "
                    + "criminal offence: record the other offence committed, if any"));
        }
        Instant when = crimedAt == null ? clock.instant() : crimedAt;
        if (when.isBefore(report.reportedAt)) {
            errors.add(new FieldError("crimedAt", "is before the breach was reported"));
        } else if (when.isAfter(clock.instant().plus(BreachRecords.CLOCK_SKEW))) {
            errors.add(new FieldError("crimedAt", "is in the future"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        report.crimeReference = crimeReference.strip();
        report.crimeClassification = classification.strip();
        report.crimedAt = when;
        report.crimedBy = currentUsers.require().username();
        records.touch(report, "Crime recorded: " + report.crimeReference + " (" + report.crimeClassification + ")");
    }

    @Transactional
    public void recordResponse(UUID reportId, ResponseKind kind, Instant respondedAt) {
        BreachReportEntity report = records.owned(reportId);
        if (kind == null) {
            throw new InvalidRequestException("kind", "choose attendance, telephone or video");
        }
        Instant when = respondedAt == null ? clock.instant() : respondedAt;
        if (when.isBefore(report.reportedAt.minus(BreachRecords.CLOCK_SKEW))) {
            throw new InvalidRequestException("respondedAt", "is before the breach was reported");
        }
        report.responseKind = kind;
        report.respondedAt = when;
        report.responseAtAddress = incidents.findByReportIdOrderByNumberAsc(reportId).stream()
                .anyMatch(i -> i.atVictimOrSuspectAddress);
        records.touch(report, "Response recorded: " + kind);
    }

    /** A supervisor's justification for a telephone or video response where the breach was at an address. */
    @Transactional
    public void justifyRemoteResponse(UUID reportId, String justification) {
        BreachReportEntity report = records.owned(reportId);
        CurrentUser user = currentUsers.require();
        if (!user.has(Role.SUPERVISOR)) {
            throw new AccessDeniedException("Only a supervisor may justify it");
        }
        if (report.responseKind == null || !report.responseKind.isRemote()) {
            throw new InvalidRequestException("justification", "only a telephone or video response needs one");
        }
        if (blank(justification)) {
            throw new InvalidRequestException("justification", "say why a remote response addresses the risk");
        }
        report.responseJustification = justification.strip();
        report.responseJustifiedBy = user.username();
        records.touch(report, "Remote response justified by a supervisor");
    }

    @Transactional
    public void recordArrest(UUID reportId, ArrestDecision decision, String reason, Instant arrestedAt) {
        BreachReportEntity report = records.owned(reportId);
        List<FieldError> errors = new ArrayList<>();
        if (decision == null) {
            errors.add(new FieldError("decision", "record whether the suspect was arrested"));
        } else if (decision != ArrestDecision.ARRESTED && blank(reason)) {
            errors.add(new FieldError("reason", "give the reason the suspect was not arrested"));
        }
        if (decision == ArrestDecision.ARRESTED && records.orderType(report) == OrderType.UNDERTAKING) {
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
        records.touch(report, "Arrest decision: " + decision);
    }

    @Transactional
    public void recordInterview(UUID reportId, Instant interviewedAt, InterviewAccount account, String notes) {
        BreachReportEntity report = records.owned(reportId);
        if (account == null) {
            throw new InvalidRequestException("account", "record the suspect's account");
        }
        report.interviewedAt = interviewedAt == null ? clock.instant() : interviewedAt;
        report.interviewAccount = account;
        report.interviewNotes = trim(notes);
        records.touch(report, "Interview recorded: " + account);
    }

    @Transactional
    public void recordInvestigation(UUID reportId, String evidenceSecured, Allocation allocation,
                                    String allocatedOfficer, String partnerReferrals) {
        BreachReportEntity report = records.owned(reportId);
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
        records.touch(report, "Investigation updated" + (allocation == null ? "" : ": allocated to " + allocation));
    }

    @Transactional
    public void recordOutcome(UUID reportId, OutcomeRoute route, CaseOutcome outcome, String reason) {
        BreachReportEntity report = records.locked(reportId);
        List<FieldError> errors = OutcomeRules.checkOutcome(route, outcome, reason, records.breachIsOffence(report),
                results(reportId));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        report.outcomeRoute = route;
        report.outcome = outcome;
        report.outcomeReason = trim(reason);
        report.outcomeAt = clock.instant();
        report.outcomeBy = currentUsers.require().username();
        records.touch(report, "Outcome: " + outcome + " (" + route + ")");
    }

    @Transactional
    public void addCourtResult(UUID reportId, CourtResult result, String court, LocalDate decidedOn,
                               String sentence) {
        // Locked, so two clerks cannot record a conviction and a contempt finding for it at the same moment.
        BreachReportEntity report = records.locked(reportId);
        List<FieldError> errors = new ArrayList<>();
        OutcomeRules.checkCourtResult(result, results(reportId), records.breachIsOffence(report))
                .ifPresent(errors::add);
        if (decidedOn == null) {
            errors.add(new FieldError("decidedOn", "give the date of the decision"));
        } else if (decidedOn.isAfter(LocalDate.ofInstant(clock.instant(), BreachRecords.UK))) {
            errors.add(new FieldError("decidedOn", "is in the future"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        courtResults.save(new CourtResultEntity(reportId, result, trim(court), decidedOn, trim(sentence),
                clock.instant(), currentUsers.require().username()));
        records.touch(report, "Court result: " + result);
    }

    private List<CourtResult> results(UUID reportId) {
        return courtResults.findByReportIdOrderByDecidedOnAscRecordedAtAsc(reportId).stream().map(c -> c.result)
                .toList();
    }

    private static String article(OrderType type) {
        String label = type.label().toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }
}
