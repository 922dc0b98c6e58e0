package org.nmoregister.breaches.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.breaches.BreachRisk;
import org.nmoregister.breaches.check.ConductReported;
import org.nmoregister.breaches.check.IncidentAssessment;
import org.nmoregister.breaches.check.EarlierIncidents;
import org.nmoregister.breaches.check.Incident;
import org.nmoregister.breaches.check.IncidentLocation;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.places.Coordinates;
import org.nmoregister.places.Postcode;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.security.CurrentUsers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The check stage: judges each incident against the order version in force when it happened, and re-judges it. */
@Service
public class BreachChecking {

    private final BreachReportRepository reports;
    private final BreachIncidentRepository incidents;
    private final IncidentCheck check;
    private final BreachRecords records;
    private final OrderRegister register;
    private final BreachRisk risk;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final JsonMapper json;
    private final Clock clock;
    private final Confidentiality confidentiality;

    BreachChecking(BreachReportRepository reports, BreachIncidentRepository incidents, IncidentCheck check,
                   BreachRecords records, OrderRegister register, BreachRisk risk, CurrentUsers currentUsers,
                   AccessLog accessLog, JsonMapper json, Clock clock, Confidentiality confidentiality) {
        this.reports = reports;
        this.incidents = incidents;
        this.check = check;
        this.records = records;
        this.register = register;
        this.risk = risk;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.json = json;
        this.clock = clock;
        this.confidentiality = confidentiality;
    }

    /** Checks an incident against an order without storing anything: for the control room before a report. */
    @Transactional
    public IncidentAssessment dryRun(UUID orderId, NewIncident incident) {
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
        IncidentAssessment assessment = check.check(orderId, reading, incident.conducts(),
                IncidentCheck.earlier(earlier, reading.occurredFrom(), repeatsSince(reading.occurredFrom())));
        if (orderId != null) {
            accessLog.record(AccessAction.VIEW, "order", orderId.toString(), null,
                    "Breach check (not recorded): " + incident.what() + " at " + incident.occurredFrom() + " -> "
                            + assessment.outcome());
        }
        // The check measures from the confidential place (its geometry is used) but does not name it.
        return confidentiality.forCurrentUser(assessment, orderId);
    }

    /**
     * Re-runs the check of every incident: after service learned of later, a corrected order, or an order found for
     * a report that had none. Each incident is still judged on the version in force when it happened.
     */
    @Transactional
    public void recheck(UUID reportId, UUID orderId) {
        BreachReportEntity report = records.owned(reportId);
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
            check(report, incident, before);
        }
        records.touch(report, "Checks re-run against the order record");
    }

    /** Checks one incident of the report against the order, given what came before it, and stores the result. */
    void check(BreachReportEntity report, BreachIncidentEntity e, List<BreachIncidentEntity> before) {
        List<ConductReported> conducts = e.reported();
        Incident incident = new Incident(e.occurredFrom, e.occurredTo, conducts.get(0).conduct(),
                conducts.get(0).channel(), e.direct, e.viaThirdParty, e.protectedPerson, check.location(e.latitude,
                e.longitude, e.postcode, e.placeKind, e.locationAddress), e.purpose, e.awarenessEvidence,
                e.description);
        EarlierIncidents earlier = IncidentCheck.earlier(before, e.occurredFrom,
                repeatsSince(e.occurredFrom));
        IncidentAssessment assessment = check.check(report.orderId, incident, conducts, earlier);
        e.checkOutcome = assessment.outcome();
        e.checkBlockers = assessment.conducts().stream().flatMap(c -> c.check().blockers().stream())
                .map(b -> b.code().name()).distinct().collect(Collectors.joining(","));
        e.checkOrderVersion = assessment.orderVersion();
        e.checkResult = json.writeValueAsString(assessment);
        e.checkedAt = clock.instant();
        incidents.save(e);
    }

    private Incident toIncident(NewIncident in) {
        boolean viaThirdParty = in.viaThirdParty() || in.throughSomeoneElse();
        IncidentLocation location = check.location(in.latitude(), in.longitude(), in.postcode(), in.placeKind(),
                in.address());
        ConductReported first = in.conducts().get(0);
        return new Incident(in.occurredFrom(), in.occurredTo(), first.conduct(), first.channel(),
                in.direct() == null ? !viaThirdParty : in.direct(), viaThirdParty,
                BreachRecords.trim(in.protectedPerson()),
                location, in.purpose(), BreachRecords.trim(in.awarenessEvidence()), in.description());
    }

    void validateIncident(NewIncident in, String prefix, Instant reportedAt, boolean forRecord,
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
            if (in.occurredFrom().isAfter(latest.plus(BreachRecords.CLOCK_SKEW))) {
                errors.add(new FieldError(prefix + "occurredAt", reportedAt == null ? "is in the future"
                        : "is after the breach was reported"));
            }
        }
        if (in.conducts() == null || in.conducts().isEmpty()) {
            errors.add(new FieldError(prefix + "conducts", "choose what the respondent did"));
        } else if (in.conducts().stream().anyMatch(c -> c == null)) {
            errors.add(new FieldError(prefix + "conducts", "each thing the respondent did needs its kind"));
        } else if (in.conducts().stream().map(ConductReported::conduct).distinct().count()
                != in.conducts().size()) {
            errors.add(new FieldError(prefix + "conducts", "choose each kind of conduct once"));
        }
        if (forRecord && BreachRecords.blank(in.description())) {
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
        if (!BreachRecords.blank(in.postcode()) && Postcode.parse(in.postcode()).isEmpty()) {
            errors.add(new FieldError(prefix + "postcode", "is not a UK postcode"));
        }
    }

    /** Every incident recorded against the order, except those of {@code excludingReport}. */
    List<BreachIncidentEntity> incidentsOfOrder(UUID orderId, UUID excludingReport) {
        List<UUID> ids = reports.findByOrderIdOrderByReportedAtAsc(orderId).stream()
                .filter(r -> r.forceId.equals(currentUsers.require().forceId()))
                .map(r -> r.id).filter(id -> !id.equals(excludingReport)).toList();
        return ids.isEmpty() ? List.of() : incidents.findByReportIdIn(ids);
    }

    /**
     * From when earlier breaches count as repeats of one at {@code at}: the window the risk rules escalate over, so
     * that "repeat" means the same for the risk assessment, the course-of-conduct prompts and the risk meeting.
     */
    Instant repeatsSince(Instant at) {
        return at.atZone(BreachRecords.UK).minus(risk.repeatWindow()).toInstant();
    }
}
