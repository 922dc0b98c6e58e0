package org.nmoregister.breaches.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.nmoregister.breaches.investigation.Allocation;
import org.nmoregister.breaches.investigation.ArrestDecision;
import org.nmoregister.breaches.investigation.CaseOutcome;
import org.nmoregister.breaches.investigation.InterviewAccount;
import org.nmoregister.breaches.investigation.OutcomeRoute;
import org.nmoregister.breaches.investigation.ReporterKind;
import org.nmoregister.breaches.investigation.ResponseKind;

@Entity
@Table(name = "breach_report")
class BreachReportEntity {

    @Id
    UUID id;
    @Column(name = "force_id")
    UUID forceId;
    String reference;
    @Column(name = "order_id")
    UUID orderId;
    @Column(name = "reported_at")
    Instant reportedAt;
    @Column(name = "recorded_at")
    Instant recordedAt;
    @Column(name = "recorded_by")
    String recordedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "reporter_kind")
    ReporterKind reporterKind;
    @Column(name = "reporter_name")
    String reporterName;
    @Column(name = "reporter_organisation")
    String reporterOrganisation;
    @Column(name = "protected_person")
    String protectedPerson;
    @Column(name = "respondent_name")
    String respondentName;
    @Column(name = "domestic_abuse")
    boolean domesticAbuse;
    @Column(name = "action_taken")
    String actionTaken;
    @Column(name = "control_room_log")
    String controlRoomLog;
    @Column(name = "crime_reference")
    String crimeReference;
    @Column(name = "crime_classification")
    String crimeClassification;
    @Column(name = "crimed_at")
    Instant crimedAt;
    @Column(name = "crimed_by")
    String crimedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "response_kind")
    ResponseKind responseKind;
    @Column(name = "responded_at")
    Instant respondedAt;
    @Column(name = "response_at_address")
    Boolean responseAtAddress;
    @Column(name = "response_justification")
    String responseJustification;
    @Column(name = "response_justified_by")
    String responseJustifiedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "arrest_decision")
    ArrestDecision arrestDecision;
    @Column(name = "arrest_reason")
    String arrestReason;
    @Column(name = "arrested_at")
    Instant arrestedAt;
    @Column(name = "arrest_recorded_by")
    String arrestRecordedBy;
    @Column(name = "interviewed_at")
    Instant interviewedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "interview_account")
    InterviewAccount interviewAccount;
    @Column(name = "interview_notes")
    String interviewNotes;
    @Column(name = "evidence_secured")
    String evidenceSecured;
    @Enumerated(EnumType.STRING)
    @Column(name = "allocated_to")
    Allocation allocatedTo;
    @Column(name = "allocated_officer")
    String allocatedOfficer;
    @Column(name = "partner_referrals")
    String partnerReferrals;
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_route")
    OutcomeRoute outcomeRoute;
    @Enumerated(EnumType.STRING)
    CaseOutcome outcome;
    @Column(name = "outcome_reason")
    String outcomeReason;
    @Column(name = "outcome_at")
    Instant outcomeAt;
    @Column(name = "outcome_by")
    String outcomeBy;
    @Version
    @Column(name = "lock_version")
    long lockVersion;

    protected BreachReportEntity() {
    }

    BreachReportEntity(UUID id, UUID forceId, String reference) {
        this.id = id;
        this.forceId = forceId;
        this.reference = reference;
    }
}
