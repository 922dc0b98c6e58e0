package org.nmoregister.orders.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderMovedToForce;
import org.nmoregister.orders.OrderOwnership;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.OrderStatusRule;
import org.nmoregister.orders.OrderVersionSummary;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaOrderOwnership implements OrderOwnership {

    private final OrderRepository orders;
    private final OrderVersionRepository versions;
    private final DetailsJson json;
    private final VersionReading reading;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JpaOrderOwnership(OrderRepository orders, OrderVersionRepository versions, DetailsJson json,
                      VersionReading reading, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.versions = versions;
        this.json = json;
        this.reading = reading;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<UUID> owner(UUID orderId) {
        return orderId == null ? Optional.empty() : orders.findById(orderId).map(o -> o.forceId);
    }

    @Override
    public OrderSnapshot current(UUID orderId) {
        OrderEntity order = find(orderId);
        return snapshot(order, versions.findByOrderIdAndVersion(order.id, order.latestVersion).orElseThrow(),
                clock.instant());
    }

    @Override
    public Optional<OrderSnapshot> asAt(UUID orderId, Instant at) {
        OrderEntity order = find(orderId);
        // only what had been recorded by then: a later correction by the new owner is not what the sender held
        List<OrderVersionEntity> recorded = versions.findByOrderIdOrderByVersionAsc(order.id).stream()
                .filter(v -> !v.recordedAt.isAfter(at)).toList();
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        OrderVersionEntity lastRecorded = recorded.get(recorded.size() - 1);
        return recorded.stream().filter(v -> !v.effectiveFrom.isAfter(at))
                .max(java.util.Comparator.<OrderVersionEntity, Instant>comparing(v -> v.effectiveFrom)
                        .thenComparing(v -> v.recordedAt))
                .map(v -> snapshot(order, v, json.read(lastRecorded.details).service(), at));
    }

    @Override
    public List<OrderVersionSummary> historyUntil(UUID orderId, Instant until) {
        OrderEntity order = find(orderId);
        return versions.findByOrderIdOrderByVersionAsc(order.id).stream()
                .filter(v -> !v.recordedAt.isAfter(until))
                .map(v -> new OrderVersionSummary(v.version, v.changeKind, v.effectiveFrom, v.recordedAt,
                        v.recordedBy, v.note))
                .toList();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void move(UUID orderId, UUID fromForceId, UUID toForceId) {
        OrderEntity order = find(orderId);
        if (!order.forceId.equals(fromForceId)) {
            throw new ConflictException("Order " + orderId + " is no longer held by the sending force");
        }
        if (orders.findByForceIdAndCourtKeyAndCaseNumberKeyAndOrderType(toForceId, order.courtKey,
                order.caseNumberKey, order.orderType).isPresent()) {
            throw new ConflictException("The receiving force already holds this court's order of this type in case "
                    + order.caseNumber + "; the two records must be reconciled before a transfer");
        }
        Instant now = clock.instant();
        order.forceId = toForceId;
        order.movedAt = now;
        orders.saveAndFlush(order);
        OrderSnapshot latest = snapshot(order,
                versions.findByOrderIdAndVersion(order.id, order.latestVersion).orElseThrow(), now);
        events.publishEvent(new OrderMovedToForce(order.id, fromForceId, toForceId, now, latest));
    }

    private OrderEntity find(UUID orderId) {
        return orders.findById(orderId)
                .orElseThrow(() -> new NotFoundException("Order " + orderId + " was not found"));
    }

    /** As {@code JpaOrderRegister}'s: the version's details, judged at {@code at} with the service known now. */
    private OrderSnapshot snapshot(OrderEntity order, OrderVersionEntity version, Instant at) {
        OrderDetails details = json.read(version.details);
        return snapshot(order, version, version.version == order.latestVersion ? details.service()
                : json.read(versions.findByOrderIdAndVersion(order.id, order.latestVersion).orElseThrow().details)
                .service(), at);
    }

    private OrderSnapshot snapshot(OrderEntity order, OrderVersionEntity version, List<ServiceRecord> known,
                                   Instant at) {
        OrderDetails details = json.read(version.details);
        var status = OrderStatusRule.statusAt(details, known, at).orElse(null);
        List<ServiceRecord> byThen = known.stream()
                .filter(s -> s.servedAt() != null && !s.servedAt().isAfter(at)).toList();
        return new OrderSnapshot(order.id, order.forceId, version.version, version.changeKind, version.effectiveFrom,
                version.recordedAt, version.recordedBy, details.withService(byThen), status, at,
                reading.of(version, details));
    }
}
