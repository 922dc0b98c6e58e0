package org.nmoregister.orders.internal;

import org.nmoregister.platform.TextLimits;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessReason;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.ChangeOffer;
import org.nmoregister.orders.OrderChange;
import org.nmoregister.orders.RecordedChange;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.OrderStatus;
import org.nmoregister.orders.OrderStatusRule;
import org.nmoregister.orders.OrderSummary;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.OrderVersionRecorded;
import org.nmoregister.orders.OrderRules;
import org.nmoregister.orders.OrderVersionSummary;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.VersionChanges;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaOrderRegister implements OrderRegister {

    private final OrderRepository orders;
    private final OrderVersionRepository versions;
    private final PartyNameRepository partyNames;
    private final DetailsJson json;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final VersionReading reading;
    private final OrderChangeRecorder changes;

    JpaOrderRegister(OrderRepository orders, OrderVersionRepository versions, PartyNameRepository partyNames,
                     DetailsJson json, CurrentUsers currentUsers, AccessLog accessLog,
                     ApplicationEventPublisher events, Clock clock, VersionReading reading,
                     OrderChangeRecorder changes) {
        this.reading = reading;
        this.orders = orders;
        this.versions = versions;
        this.partyNames = partyNames;
        this.json = json;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.events = events;
        this.clock = clock;
        this.changes = changes;
    }

    @Override
    @Transactional
    public RecordedChange record(OrderChange change) {
        if (change == null) {
            throw new InvalidRequestException("change", "is required");
        }
        return changes.record(change, this);
    }

    @Override
    @Transactional
    public ChangeOffer offer(OrderChange.CourtNotice notice) {
        return changes.offer(notice, this);
    }

    @Override
    @Transactional
    public UUID create(OrderDetails details, String note) {
        CurrentUser user = currentUsers.require();
        Instant now = clock.instant();
        reject(OrderRules.validate(details, now));
        if (orders.findByForceIdAndCourtKeyAndCaseNumberKeyAndOrderType(user.forceId(), Keys.court(details.court()),
                Keys.caseNumber(details.caseNumber()), details.orderType()).isPresent()) {
            throw new ConflictException("This force already holds " + details.court() + "'s order in case "
                    + details.caseNumber() + ": record the change as a new version of it");
        }
        OrderEntity order = new OrderEntity(user.forceId(), now, user.username());
        order.identify(details.court(), details.caseNumber(), details.orderType(), details.madeAt());
        order.latestVersion = 1;
        // before the save: the order is new to the persistence context, so save merges a copy and later changes to
        // this object would never reach the table
        order.standsAs(details);
        try {
            orders.saveAndFlush(order);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("This force already holds this court's order in case " + details.caseNumber());
        }
        saveVersion(order, ChangeKind.MADE, details.madeAt(), details, note, user, now);
        accessLog.record(AccessAction.COLLECT, "order", order.id.toString(), null,
                "Recorded " + details.orderType() + " " + details.caseNumber() + " (version 1)");
        return order.id;
    }

    @Override
    public Optional<UUID> findExisting(String court, String caseNumber, OrderType orderType) {
        CurrentUser user = currentUsers.require();
        return orders.findByForceIdAndCourtKeyAndCaseNumberKeyAndOrderType(user.forceId(), Keys.court(court),
                Keys.caseNumber(caseNumber), orderType).map(o -> o.id);
    }

    @Override
    @Transactional
    public OrderSnapshot addVersion(UUID orderId, ChangeKind kind, Instant effectiveFrom, OrderDetails details,
                                    String note) {
        TextLimits.atMost("note", note, 2000);
        CurrentUser user = currentUsers.require();
        Instant now = clock.instant();
        OrderEntity order = visible(orderId, user);
        OrderDetails latest = latestDetails(order);
        List<FieldError> errors = new ArrayList<>();
        if (kind == null || kind == ChangeKind.MADE) {
            errors.add(new FieldError("kind", "must be VARIATION, EXTENSION, DISCHARGE, SERVICE or CORRECTION"));
        }
        if (effectiveFrom == null) {
            errors.add(new FieldError("effectiveFrom", "is required: when the change took effect"));
        } else if (effectiveFrom.isBefore(order.madeAt)) {
            errors.add(new FieldError("effectiveFrom", "is before the order was made"));
        }
        if (effectiveFrom != null && (kind == ChangeKind.VARIATION || kind == ChangeKind.EXTENSION
                || kind == ChangeKind.DISCHARGE)) {
            // A court can vary, extend or discharge only an order that still applies; a change it made before the
            // end may still be recorded late. A wrong end date in the register is put right by a correction.
            OrderStatusRule.ending(latest).filter(e -> !effectiveFrom.isBefore(e.at())).ifPresent(e ->
                    errors.add(new FieldError("kind", ended(e) + ": it cannot be varied, extended or discharged "
                            + "after that. If the register has the order wrong, record a correction.")));
        }
        reject(errors);
        OrderDetails next = details;
        if (next.service().isEmpty() && !latest.service().isEmpty()) {
            // A change of terms or dates does not undo a service already made; keep what is known.
            next = next.withService(latest.service());
        }
        if (kind == ChangeKind.DISCHARGE && next.dischargedAt() == null) {
            next = next.withDischargedAt(effectiveFrom);
        }
        errors.addAll(OrderRules.validate(next, now));
        if (kind == ChangeKind.EXTENSION) {
            Instant before = OrderStatusRule.endOf(latest).orElse(null);
            Instant after = OrderStatusRule.endOf(next).orElse(null);
            if (before != null && after != null && !after.isAfter(before)) {
                errors.add(new FieldError("endsAt", "an extension must end later than " + before));
            }
        }
        reject(errors);
        order.identify(next.court(), next.caseNumber(), next.orderType(), next.madeAt());
        order.latestVersion++;
        order.standsAs(next);
        try {
            orders.saveAndFlush(order);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("Another order of this force already has that court, case number and type");
        }
        saveVersion(order, kind, effectiveFrom, next, note, user, now);
        accessLog.record(AccessAction.CHANGE, "order", order.id.toString(), null,
                kind + " recorded as version " + order.latestVersion);
        return snapshot(order, versions.findByOrderIdAndVersion(order.id, order.latestVersion).orElseThrow(), now);
    }

    @Override
    @Transactional
    public OrderSnapshot recordService(UUID orderId, ServiceRecord service) {
        CurrentUser user = currentUsers.require();
        Instant now = clock.instant();
        OrderEntity order = visible(orderId, user);
        if (service == null) {
            throw new InvalidRequestException("service", "is required");
        }
        reject(OrderRules.validateService(service, order.madeAt, now));
        OrderDetails latest = latestDetails(order);
        // A service made while the order applied may be recorded late (it decides whether a breach then was an
        // offence); serving an order that had already ended binds no one, so it is refused, not recorded.
        OrderStatusRule.ending(latest).filter(e -> !service.servedAt().isBefore(e.at())).ifPresent(e ->
                reject(List.of(new FieldError("servedAt", ended(e) + ": a service after that cannot be recorded. "
                        + "If the respondent was served before then, enter when."))));
        List<ServiceRecord> all = new ArrayList<>(latest.service());
        all.add(service);
        all.sort(Comparator.comparing(ServiceRecord::servedAt));
        order.latestVersion++;
        OrderDetails served = latest.withService(all);
        order.standsAs(served);
        orders.saveAndFlush(order);
        saveVersion(order, ChangeKind.SERVICE, service.servedAt(), served,
                service.method() + (service.servedBy() == null ? "" : " by " + service.servedBy()), user, now);
        accessLog.record(AccessAction.CHANGE, "order", order.id.toString(), null,
                "Service recorded: " + service.method() + " at " + service.servedAt());
        return snapshot(order, versions.findByOrderIdAndVersion(order.id, order.latestVersion).orElseThrow(), now);
    }

    private static String ended(OrderStatusRule.Ending ending) {
        return (ending.how() == OrderStatus.DISCHARGED ? "The order was discharged on " : "The order ended on ")
                + org.nmoregister.platform.web.UkTime.written(ending.at());
    }

    @Override
    public Optional<OrderSnapshot> asAt(UUID orderId, Instant at) {
        OrderEntity order = visible(orderId, currentUsers.require());
        return versions.findInEffectAt(order.id, at).map(v -> snapshot(order, v, at));
    }

    @Override
    public Optional<OrderSnapshot> version(UUID orderId, int version) {
        OrderEntity order = visible(orderId, currentUsers.require());
        return versions.findByOrderIdAndVersion(order.id, version).map(v -> snapshot(order, v, clock.instant()));
    }

    @Override
    public OrderSnapshot current(UUID orderId) {
        OrderEntity order = visible(orderId, currentUsers.require());
        return snapshot(order, versions.findByOrderIdAndVersion(order.id, order.latestVersion).orElseThrow(),
                clock.instant());
    }

    @Override
    public List<OrderSnapshot> currentOf(java.util.Collection<UUID> orderIds) {
        CurrentUser user = currentUsers.require();
        if (orderIds.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        java.util.Map<UUID, OrderEntity> held = new java.util.HashMap<>();
        orders.findByForceIdAndIdIn(user.forceId(), orderIds).forEach(o -> held.put(o.id, o));
        if (held.isEmpty()) {
            return List.of();
        }
        List<OrderSnapshot> snapshots = new ArrayList<>(held.size());
        for (OrderVersionEntity version : versions.latestOf(user.forceId(), held.keySet())) {
            OrderEntity order = held.get(version.orderId);
            if (order != null && order.latestVersion == version.version) {
                snapshots.add(snapshot(order, version, now));
            }
        }
        return snapshots;
    }

    @Override
    @Transactional
    public Optional<OrderSnapshot> read(UUID orderId, Instant at, String reason) {
        CurrentUser user = currentUsers.require();
        OrderEntity order = visible(orderId, user);
        reason = reasonFor(user, order, reason, "reading this order");
        Optional<OrderSnapshot> result = at == null ? Optional.of(current(orderId)) : asAt(orderId, at);
        accessLog.record(AccessAction.VIEW, "order", orderId.toString(), reason,
                "Order " + order.caseNumber + (at == null ? "" : " as at " + at)
                        + result.map(s -> " (version " + s.version() + ", " + s.status() + ")").orElse(" (not yet made)"));
        return result;
    }

    @Override
    @Transactional
    public void consult(UUID orderId, String what, String reason) {
        CurrentUser user = currentUsers.require();
        OrderEntity order = visible(orderId, user);
        reason = reasonFor(user, order, reason, "reading this order's " + what);
        accessLog.record(AccessAction.VIEW, "order", orderId.toString(), reason,
                "Order " + order.caseNumber + ": " + what);
    }

    /**
     * The force's point of contact and whoever recorded the order own it; anyone else states a reason a supervisor
     * can audit (the rule is {@link AccessReason}'s).
     */
    private static String reasonFor(CurrentUser user, OrderEntity order, String reason, String forWhat) {
        boolean owner = user.has(Role.POINT_OF_CONTACT) || user.username().equals(order.createdBy);
        return owner ? AccessReason.optional(reason) : AccessReason.require(reason, forWhat);
    }

    @Override
    public List<OrderVersionSummary> history(UUID orderId) {
        OrderEntity order = visible(orderId, currentUsers.require());
        return versions.findByOrderIdOrderByVersionAsc(order.id).stream()
                .map(v -> new OrderVersionSummary(v.version, v.changeKind, v.effectiveFrom, v.recordedAt,
                        v.recordedBy, v.note))
                .toList();
    }

    @Override
    @Transactional
    public List<OrderSummary> findByCaseNumber(String caseNumber) {
        CurrentUser user = currentUsers.require();
        String key = Keys.caseNumber(caseNumber);
        if (key.isEmpty()) {
            return List.of();
        }
        var found = summaries(orders.findByForceIdAndCaseNumberKeyOrderByMadeAtDesc(user.forceId(), key));
        accessLog.record(AccessAction.SEARCH, "order", caseNumber.strip(), null,
                "Case number search: " + found.size() + " found");
        return found;
    }

    @Override
    @Transactional
    public List<OrderSummary> findByPartyName(String name) {
        CurrentUser user = currentUsers.require();
        String key = Keys.name(name);
        if (key.isEmpty()) {
            return List.of();
        }
        var found = summaries(orders.findByPartyNameKey(user.forceId(), key));
        accessLog.record(AccessAction.SEARCH, "person", name.strip(), null, "Name search: " + found.size() + " found");
        return found;
    }

    @Override
    @Transactional
    public NamePage findByPartyName(String name, int page, int size) {
        CurrentUser user = currentUsers.require();
        String key = Keys.name(name);
        if (key.isEmpty()) {
            return new NamePage(List.of(), 0);
        }
        long total = orders.countByPartyNameKey(user.forceId(), key);
        var found = summaries(orders.findByPartyNameKey(user.forceId(), key,
                org.springframework.data.domain.PageRequest.of(page, size)));
        accessLog.record(AccessAction.SEARCH, "person", name.strip(), null, "Name search: " + total + " found, page "
                + (page + 1) + " shown");
        return new NamePage(found, total);
    }

    private List<OrderSummary> summaries(List<OrderEntity> found) {
        Instant now = clock.instant();
        return found.stream().limit(200).map(order -> {
            OrderSnapshot latest = snapshot(order,
                    versions.findByOrderIdAndVersion(order.id, order.latestVersion).orElseThrow(), now);
            OrderDetails d = latest.details();
            return new OrderSummary(order.id, order.court, order.caseNumber, order.orderType,
                    d.respondent() == null ? null : d.respondent().name(),
                    d.applicant() == null ? null : d.applicant().name(), order.madeAt, latest.status(),
                    order.latestVersion);
        }).toList();
    }

    private OrderEntity visible(UUID orderId, CurrentUser user) {
        return orders.findByIdAndForceId(orderId, user.forceId())
                .orElseThrow(() -> new NotFoundException("Order " + orderId + " was not found"));
    }

    private OrderDetails latestDetails(OrderEntity order) {
        return json.read(versions.findByOrderIdAndVersion(order.id, order.latestVersion).orElseThrow().details);
    }

    /**
     * The order as a version states it, judged at {@code at}: service comes from everything known now (a service
     * learned of later still happened when it happened), filtered to what had happened by {@code at}.
     */
    private OrderSnapshot snapshot(OrderEntity order, OrderVersionEntity version, Instant at) {
        OrderDetails details = json.read(version.details);
        List<ServiceRecord> known = version.version == order.latestVersion ? details.service()
                : latestDetails(order).service();
        OrderStatus status = OrderStatusRule.statusAt(details, known, at).orElse(null);
        List<ServiceRecord> byThen = known.stream()
                .filter(s -> s.servedAt() != null && !s.servedAt().isAfter(at)).toList();
        return new OrderSnapshot(order.id, order.forceId, version.version, version.changeKind, version.effectiveFrom,
                version.recordedAt, version.recordedBy, details.withService(byThen), status, at,
                reading.of(version, details));
    }

    private void saveVersion(OrderEntity order, ChangeKind kind, Instant effectiveFrom, OrderDetails details,
                             String note, CurrentUser user, Instant now) {
        // the terms are read here, once, and stored with the version; everyone else receives this reading
        var clauses = reading.read(details);
        OrderVersionEntity saved = versions.save(reading.withReading(new OrderVersionEntity(order.id,
                order.latestVersion, kind, effectiveFrom, now, user.username(),
                note == null || note.isBlank() ? null : note.strip(), json.write(details)), clauses, now));
        List<PartyNameEntity> names = new ArrayList<>();
        if (details.respondent() != null) {
            addName(names, order.id, "RESPONDENT", details.respondent().name());
            details.respondent().aliases().forEach(alias -> addName(names, order.id, "RESPONDENT", alias));
        }
        addPerson(names, order.id, "APPLICANT", details.applicant());
        details.otherProtectedPersons().forEach(p -> addPerson(names, order.id, "PROTECTED_PERSON", p));
        details.children().forEach(p -> addPerson(names, order.id, "CHILD", p));
        // Replace the names by difference, not by a bulk delete: a bulk delete would have to clear the persistence
        // context, silently detaching the caller's own entities.
        List<PartyNameEntity> held = partyNames.findByOrderId(order.id);
        partyNames.deleteAll(held.stream().filter(h -> names.stream().noneMatch(n -> sameName(n, h))).toList());
        partyNames.saveAll(names.stream().filter(n -> held.stream().noneMatch(h -> sameName(n, h))).toList());
        events.publishEvent(new OrderVersionRecorded(snapshot(order, saved, now), order.latestVersion == 1
                ? VersionChanges.made(details)
                : VersionChanges.between(order.latestVersion - 1, json.read(versions.findByOrderIdAndVersion(order.id,
                order.latestVersion - 1).orElseThrow().details), details)));
    }

    private static boolean sameName(PartyNameEntity a, PartyNameEntity b) {
        return a.role.equals(b.role) && a.nameKey.equals(b.nameKey);
    }

    private static void addPerson(List<PartyNameEntity> names, UUID orderId, String role, ProtectedPerson person) {
        if (person != null) {
            addName(names, orderId, role, person.name());
            person.aliases().forEach(alias -> addName(names, orderId, role, alias));
        }
    }

    private static void addName(List<PartyNameEntity> names, UUID orderId, String role, String name) {
        if (name == null || Keys.name(name).isEmpty()) {
            return;
        }
        String key = Keys.name(name);
        if (names.stream().noneMatch(n -> n.role.equals(role) && n.nameKey.equals(key))) {
            names.add(new PartyNameEntity(orderId, role, name.length() > 300 ? name.substring(0, 300) : name));
        }
    }

    private static void reject(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
