package org.nmoregister.orders.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.ChangeOffer;
import org.nmoregister.orders.OrderChange;
import org.nmoregister.orders.OrderChange.Amendment;
import org.nmoregister.orders.OrderChange.CourtNotice;
import org.nmoregister.orders.OrderChange.ImportedRow;
import org.nmoregister.orders.OrderChange.Service;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.RecordedChange;
import org.nmoregister.platform.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * {@link OrderRegister#record}: finds the order a change belongs to, decides its kind ({@link ChangeClassifier}),
 * merges it ({@link VersionMerge}) and records it through the register's own steps, which validate the result with
 * {@link org.nmoregister.orders.OrderRules} and publish the version. Runs inside the register's transaction.
 */
@Component
class OrderChangeRecorder {

    private final AccessLog accessLog;
    private final Clock clock;

    OrderChangeRecorder(AccessLog accessLog, Clock clock) {
        this.accessLog = accessLog;
        this.clock = clock;
    }

    RecordedChange record(OrderChange change, OrderRegister register) {
        if (change instanceof CourtNotice notice) {
            return notice(notice, register);
        }
        if (change instanceof Amendment amendment) {
            return recorded(register.addVersion(amendment.orderId(), amendment.kind(), amendment.effectiveFrom(),
                    amendment.edit().apply(register.current(amendment.orderId()).details()), amendment.note()));
        }
        if (change instanceof ImportedRow row) {
            return importedRow(row, register);
        }
        Service service = (Service) change;
        return recorded(register.recordService(service.orderId(), service.service()));
    }

    /** What {@link #record} would make of the notice: the order held, and the kind asked for or read from it. */
    ChangeOffer offer(CourtNotice notice, OrderRegister register) {
        Optional<UUID> held = held(notice.order(), register);
        if (held.isPresent()) {
            accessLog.record(AccessAction.VIEW, "order", held.get().toString(), null, "compared with " + notice.note());
        }
        return new ChangeOffer(held.orElse(null), kind(notice, held, register));
    }

    /**
     * A notice about an order not held makes it (once it says which case: a notice with no case number is not yet
     * anything). About an order held, it is what the point of contact chose or else what the notice reads as.
     */
    private static ChangeKind kind(CourtNotice notice, Optional<UUID> held, OrderRegister register) {
        OrderDetails stated = notice.order();
        ChangeKind requested = notice.requested();
        if (held.isEmpty()) {
            if (requested != null && requested != ChangeKind.MADE) {
                throw new InvalidRequestException("changeKind", "no " + stated.orderType() + " is held for court '"
                        + stated.court() + "' case " + stated.caseNumber() + ", so this can only be a new order");
            }
            return stated.caseNumber() == null || stated.caseNumber().isBlank() ? null : ChangeKind.MADE;
        }
        if (requested == ChangeKind.CORRECTION) {
            throw new InvalidRequestException("changeKind", "a court's notice is a new order, a VARIATION, "
                    + "EXTENSION, DISCHARGE or SERVICE; a recording mistake is corrected on the order's own page");
        }
        return requested == null || requested == ChangeKind.MADE
                ? ChangeClassifier.classify(stated, register.current(held.get()).details()) : requested;
    }

    private RecordedChange notice(CourtNotice notice, OrderRegister register) {
        OrderDetails stated = notice.order();
        Optional<UUID> held = held(stated, register);
        ChangeKind kind = kind(notice, held, register);
        if (held.isEmpty()) {
            return new RecordedChange(register.create(stated, notice.note()), 1, ChangeKind.MADE, true);
        }
        UUID orderId = held.get();
        OrderDetails current = register.current(orderId).details();
        return switch (kind) {
            case SERVICE -> recorded(register.recordService(orderId, stated.service().stream().findFirst()
                    .orElseThrow(() -> new InvalidRequestException("servedAt", "is required to confirm service"))));
            case DISCHARGE -> {
                Instant at = VersionMerge.dischargedAt(stated);
                if (at == null) {
                    throw new InvalidRequestException("dischargedAt",
                            "is required: when the court discharged the order");
                }
                yield recorded(register.addVersion(orderId, kind, at, current.withDischargedAt(at), notice.note()));
            }
            case VARIATION, EXTENSION, CORRECTION, MADE -> recorded(register.addVersion(orderId, kind,
                    VersionMerge.effectiveFrom(stated, current, clock.instant()),
                    VersionMerge.asNewVersionOf(stated, current), notice.note()));
        };
    }

    private RecordedChange importedRow(ImportedRow row, OrderRegister register) {
        OrderDetails order = row.order();
        Optional<UUID> held = held(order, register);
        if (held.isPresent()) {
            return new RecordedChange(held.get(), register.current(held.get()).version(), null, false);
        }
        UUID orderId = register.create(order, row.note());
        RecordedChange last = new RecordedChange(orderId, 1, ChangeKind.MADE, true);
        if (row.service() != null) {
            last = recorded(register.recordService(orderId, row.service()));
        }
        if (row.dischargedAt() != null) {
            OrderDetails latest = register.current(orderId).details();
            last = recorded(register.addVersion(orderId, ChangeKind.DISCHARGE, row.dischargedAt(),
                    latest.withDischargedAt(row.dischargedAt()), row.note()));
        }
        return last;
    }

    /** The order the force holds for the same court, case number and order type; none while any is unknown. */
    private static Optional<UUID> held(OrderDetails order, OrderRegister register) {
        if (order.court() == null || order.court().isBlank() || order.caseNumber() == null
                || order.caseNumber().isBlank() || order.orderType() == null) {
            return Optional.empty();
        }
        return register.findExisting(order.court().strip(), order.caseNumber(), order.orderType());
    }

    private static RecordedChange recorded(OrderSnapshot snapshot) {
        return new RecordedChange(snapshot.orderId(), snapshot.version(), snapshot.changeKind(), true);
    }
}
