package org.nmoregister.breaches.internal;

import static org.nmoregister.breaches.internal.BreachRecords.blank;
import static org.nmoregister.breaches.internal.BreachRecords.trim;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.breaches.BreachReported;
import org.nmoregister.breaches.investigation.ReporterKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.Relationship;
import org.nmoregister.places.Postcode;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.platform.files.UploadedFiles;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.terms.Clause;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report stage: records a breach report, its incidents (each checked as it is recorded) and its evidence, and
 * announces the report ({@link BreachReported}: the risk module opens a DASH assessment from it).
 */
@Service
public class BreachReporting {

    private static final Set<Relationship> NOT_PERSONALLY_CONNECTED = Set.of(Relationship.PARTIES_TO_SAME_PROCEEDINGS);

    private final BreachReportRepository reports;
    private final BreachIncidentRepository incidents;
    private final EvidenceRepository evidence;
    private final BreachRecords records;
    private final BreachChecking checking;
    private final OrderRegister register;
    private final ApplicationEventPublisher events;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final Clock clock;

    BreachReporting(BreachReportRepository reports, BreachIncidentRepository incidents, EvidenceRepository evidence,
                    BreachRecords records, BreachChecking checking, OrderRegister register,
                    ApplicationEventPublisher events, CurrentUsers currentUsers, AccessLog accessLog, Clock clock) {
        this.reports = reports;
        this.incidents = incidents;
        this.evidence = evidence;
        this.records = records;
        this.checking = checking;
        this.register = register;
        this.events = events;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Transactional
    public UUID report(NewReport draft) {
        CurrentUser user = currentUsers.require();
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        if (draft.reportedAt() == null) {
            errors.add(new FieldError("reportedAt", "say when the breach was reported"));
        } else if (draft.reportedAt().isAfter(now.plus(BreachRecords.CLOCK_SKEW))) {
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
                checking.validateIncident(draft.incidents().get(i), "incidents[" + i + "].", draft.reportedAt(), true,
                        errors);
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
        String reference = "BR-" + LocalDate.ofInstant(now, BreachRecords.UK).getYear() + "-"
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
                : checking.incidentsOfOrder(draft.orderId(), null);
        Instant repeatsSince = checking.repeatsSince(draft.reportedAt());
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
        events.publishEvent(new BreachReported(id, reference, user.forceId(), user.username(), draft.orderId(),
                draft.reportedAt(), report.protectedPerson, saved.stream().flatMap(i -> i.kinds().stream())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).distinct().toList(), earlierBreaches));
        accessLog.record(AccessAction.COLLECT, "breach", id.toString(), null, "Breach " + reference
                + " reported by " + draft.reporterKind() + (draft.orderId() == null ? " (no order found)"
                : " against order " + draft.orderId()) + "; " + saved.size() + " incident(s)");
        return id;
    }

    @Transactional
    public void addIncident(UUID reportId, NewIncident incident) {
        BreachReportEntity report = records.owned(reportId);
        List<FieldError> errors = new ArrayList<>();
        checking.validateIncident(incident, "", report.reportedAt, true, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        List<BreachIncidentEntity> existing = incidents.findByReportIdOrderByNumberAsc(reportId);
        List<BreachIncidentEntity> before = new ArrayList<>(report.orderId == null ? List.of()
                : checking.incidentsOfOrder(report.orderId, reportId));
        before.addAll(existing);
        incidents.save(recordIncident(report, existing.size() + 1, incident, before));
        records.touch(report, "Incident " + (existing.size() + 1) + " added: " + incident.what());
    }

    @Transactional
    public UUID addEvidence(UUID reportId, NewEvidence item) {
        BreachReportEntity report = records.owned(reportId);
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
        records.touch(report, "Evidence added: " + item.kind()
                + (entity.sha256 == null ? "" : " sha256 " + entity.sha256));
        return entity.id;
    }

    /** An evidence file, for download; logged as a disclosure of the record. */
    @Transactional
    public EvidenceFile evidenceFile(UUID reportId, UUID evidenceId) {
        records.owned(reportId);
        EvidenceEntity item = evidence.findByIdAndReportId(evidenceId, reportId)
                .filter(e -> e.content != null)
                .orElseThrow(() -> new NotFoundException("No file " + evidenceId + " on this breach"));
        accessLog.record(AccessAction.DISCLOSE, "breach", reportId.toString(), null,
                "Evidence file downloaded: " + item.fileName + " sha256 " + item.sha256);
        return new EvidenceFile(item.fileName, item.contentType, item.content, item.sha256);
    }

    private BreachIncidentEntity recordIncident(BreachReportEntity report, int number, NewIncident in,
                                                List<BreachIncidentEntity> before) {
        BreachIncidentEntity e = new BreachIncidentEntity(report.id, number);
        e.occurredFrom = in.occurredFrom();
        e.occurredTo = in.occurredTo() == null || in.occurredTo().equals(in.occurredFrom()) ? null : in.occurredTo();
        in.conducts().forEach(c -> e.conducts.add(new BreachIncidentEntity.ConductEntry(c)));
        e.viaThirdParty = in.viaThirdParty() || in.throughSomeoneElse();
        e.direct = in.direct() == null ? !e.viaThirdParty : in.direct();
        e.protectedPerson = trim(in.protectedPerson());
        e.locationAddress = trim(in.address());
        e.postcode = Postcode.parse(in.postcode()).map(Postcode::toString).orElse(null);
        e.latitude = in.latitude();
        e.longitude = in.longitude();
        e.placeKind = in.placeKind();
        e.atVictimOrSuspectAddress = in.atVictimOrSuspectAddress()
                || in.placeKind() == Clause.PlaceKind.HOME;
        e.description = in.description().strip();
        e.othersPresent = trim(in.othersPresent());
        e.witnesses = trim(in.witnesses());
        e.termReported = trim(in.termReported());
        e.purpose = in.purpose();
        e.awarenessEvidence = trim(in.awarenessEvidence());
        checking.check(report, e, before);
        return e;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String firstNonBlank(String a, String b) {
        return blank(a) ? trim(b) : a.strip();
    }
}
