package org.nmoregister.transfers.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.OrderOwnership;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.OrderVersionSummary;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.platform.TextLimits;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Force;
import org.nmoregister.security.ForceDirectory;
import org.nmoregister.security.Role;
import org.nmoregister.security.SystemActions;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers of a case between forces (issue 13): the request, the receiving force's decision, the sender's
 * withdrawal, the read-only view a sender keeps of what it held, and the escalation of a request left pending. Every
 * read is of the reader's own force's requests (sent or received); the receiving force sees only the order's summary
 * until it accepts; every disclosure is written to the access log of both forces.
 */
@Service
@Transactional(readOnly = true)
public class Transfers implements org.nmoregister.transfers.TransferRequests {

    public static final int MAX_NOTE = 2000;
    public static final int MAX_REASON = 2000;

    private final TransferRepository transfers;
    private final OrderOwnership ownership;
    private final Confidentiality confidentiality;
    private final ForceDirectory forces;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final SystemActions system;
    private final Clock clock;

    Transfers(TransferRepository transfers, OrderOwnership ownership, Confidentiality confidentiality,
              ForceDirectory forces, CurrentUsers currentUsers, AccessLog accessLog, SystemActions system,
              Clock clock) {
        this.transfers = transfers;
        this.ownership = ownership;
        this.confidentiality = confidentiality;
        this.forces = forces;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.system = system;
        this.clock = clock;
    }

    /** A page of requests and how many there are in all. */
    public record Page(List<TransferView> items, long total) {
    }

    /** The other forces a case can be transferred to, by name. */
    public List<Force> otherForces() {
        CurrentUser user = currentUsers.require();
        return forces.all().stream().filter(f -> !f.id().equals(user.forceId()))
                .sorted(java.util.Comparator.comparing(Force::name)).toList();
    }

    /**
     * The point of contact asks to transfer the order to another force. The order stays the sender's, with every
     * flag, until the receiving force accepts.
     *
     * @throws InvalidRequestException naming the field at fault
     * @throws ConflictException       when a transfer of the order is already pending
     */
    @Transactional
    public TransferView request(UUID orderId, String toForce, String reason, String note) {
        CurrentUser user = currentUsers.require();
        if (orderId == null) {
            throw new InvalidRequestException("orderId", "Say which order to transfer");
        }
        TransferReason why = reason(reason);
        TextLimits.atMost("note", note, MAX_NOTE);
        UUID toForceId = toForce == null || toForce.isBlank() ? null
                : forces.byCode(toForce.strip().toLowerCase(Locale.UK)).map(Force::id)
                .orElseThrow(() -> new InvalidRequestException("toForce", "No force has the code " + toForce.strip()));
        refusedAs400(() -> TransferRules.checkRequest(user.forceId(), ownership.owner(orderId).orElse(null),
                toForceId));
        if (!transfers.ofOrder(orderId, user.forceId()).stream()
                .filter(t -> t.status == TransferStatus.PENDING).toList().isEmpty()) {
            throw new ConflictException("A transfer of this order is already waiting for a decision");
        }
        OrderSnapshot order = ownership.current(orderId);
        String reference = order.details().court() + ", case " + order.details().caseNumber();
        TransferEntity transfer = new TransferEntity(orderId, user.forceId(), toForceId, why,
                note == null || note.isBlank() ? null : note.strip(), clock.instant(), user.username(), reference);
        try {
            transfers.saveAndFlush(transfer);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("A transfer of this order is already waiting for a decision");
        }
        Force to = forces.require(toForceId);
        accessLog.record(AccessAction.CHANGE, "order", orderId.toString(), null,
                "Transfer to " + to.name() + " requested (" + why.name() + ")");
        return view(transfer, user);
    }

    /**
     * The user's force's requests, newest first: {@code direction} "incoming" (to it), "outgoing" (its own) or
     * null for both; {@code status} one of {@link TransferStatus}, or null for every status.
     */
    @Transactional
    public Page list(String status, String direction, int page, int size) {
        CurrentUser user = currentUsers.require();
        TransferStatus wanted = status == null || status.isBlank() ? null : status(status);
        boolean incoming = direction == null || direction.isBlank() || direction.equals("incoming");
        boolean outgoing = direction == null || direction.isBlank() || direction.equals("outgoing");
        if (!incoming && !outgoing) {
            throw new InvalidRequestException("direction", "must be incoming or outgoing");
        }
        long total = transfers.count(user.forceId(), incoming, outgoing, wanted);
        List<TransferView> items = transfers.list(user.forceId(), incoming, outgoing, wanted,
                PageRequest.of(Math.max(0, page - 1), size)).stream().map(t -> view(t, user)).toList();
        accessLog.record(AccessAction.SEARCH, "transfer", direction == null ? "list" : direction, null,
                "Transfer requests listed: " + items.size() + " of " + total);
        return new Page(items, total);
    }

    /** One request of the user's force (sent or received), with the order's summary. Logged in both forces. */
    @Transactional
    public TransferView one(UUID id) {
        CurrentUser user = currentUsers.require();
        TransferEntity transfer = transfers.findForForce(id, user.forceId())
                .orElseThrow(() -> new NotFoundException("Transfer request " + id + " was not found"));
        TransferView view = view(transfer, user);
        boolean incoming = transfer.toForceId.equals(user.forceId());
        accessLog.record(AccessAction.VIEW, "order", transfer.orderId.toString(), null,
                "Transfer request " + transfer.reference + ": the order's summary");
        if (incoming && transfer.status == TransferStatus.PENDING) {
            // the owner's log shows who in the receiving force read its order's summary
            logIn(transfer.fromForceId, AccessAction.DISCLOSE, transfer.orderId,
                    "Summary of " + transfer.reference + " shown to " + user.username() + " (" + user.forceCode()
                            + ") for a transfer request");
        }
        return view;
    }

    /**
     * The receiving force accepts: in one transaction the order and every record of the case move to it (the
     * order's modules re-home theirs from {@code orders.OrderMovedToForce}), its markers are raised and the sender's
     * withdrawn through the outbox, and the disclosure is logged in both forces. Any failure leaves it all as it was.
     */
    @Transactional
    public TransferView accept(UUID id, String note) {
        CurrentUser user = currentUsers.require();
        TextLimits.atMost("reason", note, MAX_REASON);
        TransferEntity transfer = locked(id, user);
        TransferStatus next = decide(transfer, TransferRules.Decision.ACCEPT, user, note);
        ownership.move(transfer.orderId, transfer.fromForceId, transfer.toForceId);
        record(transfer, next, user, note);
        Force from = forces.require(transfer.fromForceId);
        Force to = forces.require(transfer.toForceId);
        accessLog.record(AccessAction.COLLECT, "order", transfer.orderId.toString(), null,
                "Case " + transfer.reference + " accepted by transfer from " + from.name()
                        + ": the order, its versions, breaches, risk assessments, safeguarding and markers");
        logIn(transfer.fromForceId, AccessAction.DISCLOSE, transfer.orderId,
                "Case " + transfer.reference + " disclosed to " + to.name() + " by transfer, accepted by "
                        + user.username());
        return view(transfer, user);
    }

    /** The receiving force declines, with its reason: the case stays with the sender, who sees the reason. */
    @Transactional
    public TransferView decline(UUID id, String reason) {
        CurrentUser user = currentUsers.require();
        TextLimits.atMost("reason", reason, MAX_REASON);
        TransferEntity transfer = locked(id, user);
        TransferStatus next = decide(transfer, TransferRules.Decision.DECLINE, user, reason);
        record(transfer, next, user, reason);
        accessLog.record(AccessAction.CHANGE, "order", transfer.orderId.toString(), null,
                "Transfer of " + transfer.reference + " declined: " + reason.strip());
        logIn(transfer.fromForceId, AccessAction.CHANGE, transfer.orderId, "Transfer of " + transfer.reference
                + " declined by " + user.forceCode() + ": " + reason.strip());
        return view(transfer, user);
    }

    /** The sender withdraws a request still pending. */
    @Transactional
    public TransferView withdraw(UUID id, String reason) {
        CurrentUser user = currentUsers.require();
        TextLimits.atMost("reason", reason, MAX_REASON);
        TransferEntity transfer = locked(id, user);
        TransferStatus next = decide(transfer, TransferRules.Decision.WITHDRAW, user, reason);
        record(transfer, next, user, reason);
        accessLog.record(AccessAction.CHANGE, "order", transfer.orderId.toString(), null,
                "Transfer of " + transfer.reference + " withdrawn");
        return view(transfer, user);
    }

    /** What the sending force held of a case it handed over: the order as it stood then and its history. */
    public record HeldView(TransferView transfer, OrderSnapshot order, List<OrderVersionSummary> history) {
    }

    /**
     * The read-only view a sending force keeps of a case it transferred: the order as it stood when the receiving
     * force accepted it, masked as for any reader of the order, and its versions until then. Every read is logged.
     */
    @Transactional
    public HeldView held(UUID id, String reason) {
        CurrentUser user = currentUsers.require();
        TransferEntity transfer = transfers.findForForce(id, user.forceId())
                .filter(t -> t.fromForceId.equals(user.forceId()) && t.status == TransferStatus.ACCEPTED)
                .orElseThrow(() -> new NotFoundException("No case your force transferred has the id " + id));
        String why = user.has(Role.POINT_OF_CONTACT) ? org.nmoregister.audit.AccessReason.optional(reason)
                : org.nmoregister.audit.AccessReason.require(reason, "reading a case your force transferred");
        OrderSnapshot order = ownership.asAt(transfer.orderId, transfer.decidedAt)
                .orElseThrow(() -> new NotFoundException("Order " + transfer.orderId + " was not found"));
        List<OrderVersionSummary> history = ownership.historyUntil(transfer.orderId, transfer.decidedAt);
        accessLog.record(AccessAction.VIEW, "order", transfer.orderId.toString(), why,
                "Read-only view of " + transfer.reference + " as held until its transfer (version "
                        + order.version() + ")");
        OrderSnapshot masked = new OrderSnapshot(order.orderId(), order.forceId(), order.version(),
                order.changeKind(), order.effectiveFrom(), order.recordedAt(), order.recordedBy(),
                confidentiality.forUser(order.details(), transfer.orderId, user), order.status(), order.at(),
                order.clauses());
        HeldView view = new HeldView(view(transfer, user), masked, history);
        return confidentiality.forCurrentUser(view, transfer.orderId);
    }

    /** How many requests to the user's force wait for its decision (not logged: a count names no one). */
    /**
     * The newest accepted transfer of the order out of the user's force, as the path of its read-only view: where a
     * link to an order the force handed over leads ({@link org.nmoregister.orders.HandedOverOrders}).
     */
    java.util.Optional<String> readOnlyViewOf(UUID orderId) {
        UUID force = currentUsers.require().forceId();
        return transfers.ofOrder(orderId, force).stream()
                .filter(t -> t.fromForceId.equals(force) && t.status == TransferStatus.ACCEPTED)
                .findFirst().map(t -> "/transfers/" + t.id + "/held");
    }

    public long waitingCount() {
        return transfers.count(currentUsers.require().forceId(), true, false, TransferStatus.PENDING);
    }

    @Override
    @Transactional
    public UUID ask(UUID orderId, String toForce, String reason, String note) {
        return request(orderId, toForce, reason, note).id();
    }

    @Override
    public boolean askedBefore(UUID orderId) {
        return !transfers.ofOrder(orderId, currentUsers.require().forceId()).isEmpty();
    }

    /** The user's force's transfers of an order, newest first (for the order's page). */
    public List<TransferView> ofOrder(UUID orderId) {
        CurrentUser user = currentUsers.require();
        return transfers.ofOrder(orderId, user.forceId()).stream().map(t -> view(t, user)).toList();
    }

    private TransferEntity locked(UUID id, CurrentUser user) {
        return transfers.findForForceLocked(id, user.forceId())
                .orElseThrow(() -> new NotFoundException("Transfer request " + id + " was not found"));
    }

    private static TransferStatus decide(TransferEntity transfer, TransferRules.Decision decision, CurrentUser user,
                                         String reason) {
        try {
            return TransferRules.next(transfer.status, decision, user.forceId(), transfer.fromForceId,
                    transfer.toForceId, reason);
        } catch (TransferRules.Refused refused) {
            if (refused.conflict()) {
                throw new ConflictException(refused.getMessage());
            }
            if (refused.field().equals("id")) {
                throw new NotFoundException(refused.getMessage());
            }
            throw new InvalidRequestException(refused.field(), refused.getMessage());
        }
    }

    private void record(TransferEntity transfer, TransferStatus next, CurrentUser user, String reason) {
        transfer.status = next;
        transfer.decidedAt = clock.instant();
        transfer.decidedBy = user.username();
        transfer.decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
        transfers.saveAndFlush(transfer);
    }

    /** Writes to another force's access log, as the transfers process of that force. */
    private void logIn(UUID forceId, AccessAction action, UUID orderId, String detail) {
        system.runAs(forceId, "transfers", Set.of(Role.POINT_OF_CONTACT), () -> {
            accessLog.record(action, "order", orderId.toString(), null, detail);
            return null;
        });
    }

    private static void refusedAs400(Runnable check) {
        try {
            check.run();
        } catch (TransferRules.Refused refused) {
            if (refused.field().equals("orderId")) {
                throw new NotFoundException(refused.getMessage());
            }
            throw new InvalidRequestException(refused.field(), refused.getMessage());
        }
    }

    static TransferReason reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "Say why the case should move");
        }
        try {
            return TransferReason.valueOf(reason.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("reason", "must be VICTIM_MOVED, RESPONDENT_MOVED or "
                    + "INVESTIGATION_THERE");
        }
    }

    static TransferStatus status(String status) {
        try {
            return TransferStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("status", "must be PENDING, ACCEPTED, DECLINED or WITHDRAWN");
        }
    }

    /**
     * The request as the reader's force sees it. The summary is of the order as it stands, shown while the sender
     * owns it (to either force) and masked by the order's rule whoever reads it: the receiving force's point of
     * contact is entitled to C8 details of its own orders, not of another force's.
     */
    TransferView view(TransferEntity t, CurrentUser user) {
        Force from = forces.require(t.fromForceId);
        Force to = forces.require(t.toForceId);
        boolean incoming = t.toForceId.equals(user.forceId());
        TransferSummary summary = null;
        Optional<UUID> owner = ownership.owner(t.orderId);
        if (owner.isPresent() && (t.status == TransferStatus.PENDING || owner.get().equals(user.forceId()))) {
            summary = Confidentiality.withhold(TransferSummaries.of(ownership.current(t.orderId),
                    forces.require(owner.get())), confidentiality.valuesOf(t.orderId));
        }
        TransferView view = new TransferView(t.id, t.orderId, t.status.name(), from.code(), from.name(), to.code(),
                to.name(), t.reason.name(), t.reason.words(), t.note, t.requestedAt, t.requestedBy, t.reference,
                t.decidedAt, t.decidedBy, t.decisionReason, t.escalatedAt, incoming, summary);
        // the sender's note is free text about the order: masked like the rest, for every reader
        return Confidentiality.withhold(view, confidentiality.valuesOf(t.orderId));
    }

    /** For the escalation job: the pending requests made before {@code before} and not yet escalated. */
    List<TransferEntity> pendingNotEscalatedBefore(Instant before) {
        return transfers.pendingNotEscalatedBefore(before);
    }
}
