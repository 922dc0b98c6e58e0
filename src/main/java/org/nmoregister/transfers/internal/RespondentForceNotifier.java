package org.nmoregister.transfers.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.orders.Address;
import org.nmoregister.flags.RespondentNotices;
import org.nmoregister.flags.Withdrawal;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderMovedToForce;
import org.nmoregister.orders.OrderVersionRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.nmoregister.places.Postcode;
import org.nmoregister.security.Force;
import org.nmoregister.security.ForceDirectory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the force where an order's respondent lives that another force holds the order: a read-only existence notice
 * (its lookup then finds the order as a card, and its point of contact sees the notice). Decided from the respondent's
 * addresses' postcodes only, never the victim's; the notice keeps the postcode district, no address. A new version
 * that puts the respondent elsewhere withdraws the notice. Both forces' access logs record the disclosure. The told
 * force also keeps a marker on the respondent, raised and withdrawn by the flags module
 * ({@link RespondentNotices}) in the same transaction as the notice.
 */
@Component
class RespondentForceNotifier {

    private final CrossForceStore store;
    private final CrossForceState state;
    private final ForceDirectory forces;
    private final AccessLog accessLog;
    private final Clock clock;
    private final RespondentNotices markers;

    RespondentForceNotifier(CrossForceStore store, CrossForceState state, ForceDirectory forces,
                            AccessLog accessLog, Clock clock, RespondentNotices markers) {
        this.markers = markers;
        this.store = store;
        this.state = state;
        this.forces = forces;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OrderVersionRecorded event) {
        tell(event.orderId(), event.forceId(), event.order().details());
    }

    /**
     * A case transferred (in the transfer's transaction): the new owner tells the forces where the respondent lives
     * under its own name and telephone, and the notice to the force that now holds the case is withdrawn (its own
     * markers take over).
     */
    @EventListener
    void on(OrderMovedToForce moved) {
        tell(moved.orderId(), moved.toForceId(), moved.order().details());
    }

    private void tell(UUID orderId, UUID owner, OrderDetails details) {
        var respondent = details.respondent();
        Map<UUID, String> areas = new HashMap<>();
        if (respondent != null) {
            Map<String, String> table = store.postcodeAreas();
            for (Address address : respondent.addresses()) {
                Optional.ofNullable(address.postcode()).flatMap(Postcode::parse)
                        .ifPresent(postcode -> PostcodeAreas.forceCode(postcode, table)
                                .flatMap(forces::byCode)
                                .filter(force -> !force.id().equals(owner))
                                .ifPresent(force -> areas.putIfAbsent(force.id(), postcode.district())));
            }
        }
        var now = clock.instant();
        String reference = details.caseNumber();
        String ownerCode = forces.byId(owner).map(Force::code).orElse(String.valueOf(owner));
        String telephone = state.contactTelephone(owner);
        String type = details.orderType() == null ? null : details.orderType().name();
        boolean changed = false;
        for (Map.Entry<UUID, String> area : areas.entrySet()) {
            if (store.notify(orderId, owner, area.getKey(), area.getValue(), now)) {
                changed = true;
                String told = forces.byId(area.getKey()).map(Force::code).orElse(String.valueOf(area.getKey()));
                log(owner, AccessAction.DISCLOSE, orderId, "Existence notice of " + reference + " sent to "
                        + told + ": the respondent's address is in its area (" + area.getValue() + ")");
                log(area.getKey(), AccessAction.COLLECT, orderId, "Existence notice received from "
                        + ownerCode + " of its order " + reference + ": the respondent's address is in this force's"
                        + " area (" + area.getValue() + ")");
            }
            // the told force's marker on the respondent, raised once the order is assured; kept in step every time
            markers.given(orderId, owner, area.getKey(), area.getValue(), telephone, reference, type);
        }
        for (UUID withdrawn : store.withdrawOthers(orderId, Set.copyOf(areas.keySet()), now)) {
            changed = true;
            boolean nowOwner = withdrawn.equals(owner);
            markers.withdrawn(orderId, withdrawn, nowOwner ? Withdrawal.TRANSFERRED : Withdrawal.NOTICE_WITHDRAWN);
            log(owner, AccessAction.CHANGE, orderId, "Existence notice of " + reference + " to "
                    + forces.byId(withdrawn).map(Force::code).orElse(String.valueOf(withdrawn))
                    + " withdrawn: " + (nowOwner ? "the case was transferred to it"
                    : "the respondent's address is no longer in its area"));
        }
        if (changed) {
            reloadAfterCommit();
        }
    }

    /** Every instance re-reads the notices within seconds; this one at once, when what changed is committed. */
    private void reloadAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    state.reload();
                }
            });
        } else {
            state.reload();
        }
    }

    private void log(UUID forceId, AccessAction action, UUID orderId, String detail) {
        String code = forces.byId(forceId).map(Force::code).orElse(String.valueOf(forceId));
        accessLog.recordBySystem(forceId, code, "cross-force notices", action, "order", orderId.toString(), detail);
    }
}
