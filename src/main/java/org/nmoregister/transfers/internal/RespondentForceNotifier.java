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
import org.nmoregister.orders.OrderVersionRecorded;
import org.nmoregister.places.Postcode;
import org.nmoregister.security.Force;
import org.nmoregister.security.ForceDirectory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the force where an order's respondent lives that another force holds the order: a read-only existence notice
 * (its lookup then finds the order as a card, and its point of contact sees the notice). Decided from the respondent's
 * addresses' postcodes only, never the victim's; the notice keeps the postcode district, no address. A new version
 * that puts the respondent elsewhere withdraws the notice. Both forces' access logs record the disclosure.
 */
@Component
class RespondentForceNotifier {

    private final CrossForceStore store;
    private final CrossForceState state;
    private final ForceDirectory forces;
    private final AccessLog accessLog;
    private final Clock clock;

    RespondentForceNotifier(CrossForceStore store, CrossForceState state, ForceDirectory forces,
                            AccessLog accessLog, Clock clock) {
        this.store = store;
        this.state = state;
        this.forces = forces;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OrderVersionRecorded event) {
        UUID owner = event.forceId();
        var respondent = event.order().details().respondent();
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
        String reference = event.order().details().caseNumber();
        String ownerCode = forces.byId(owner).map(Force::code).orElse(String.valueOf(owner));
        boolean changed = false;
        for (Map.Entry<UUID, String> area : areas.entrySet()) {
            if (store.notify(event.orderId(), owner, area.getKey(), area.getValue(), now)) {
                changed = true;
                String told = forces.byId(area.getKey()).map(Force::code).orElse(String.valueOf(area.getKey()));
                log(owner, AccessAction.DISCLOSE, event.orderId(), "Existence notice of " + reference + " sent to "
                        + told + ": the respondent's address is in its area (" + area.getValue() + ")");
                log(area.getKey(), AccessAction.COLLECT, event.orderId(), "Existence notice received from "
                        + ownerCode + " of its order " + reference + ": the respondent's address is in this force's"
                        + " area (" + area.getValue() + ")");
            }
        }
        for (UUID withdrawn : store.withdrawOthers(event.orderId(), Set.copyOf(areas.keySet()), now)) {
            changed = true;
            log(owner, AccessAction.CHANGE, event.orderId(), "Existence notice of " + reference + " to "
                    + forces.byId(withdrawn).map(Force::code).orElse(String.valueOf(withdrawn))
                    + " withdrawn: the respondent's address is no longer in its area");
        }
        if (changed) {
            state.reload();
        }
    }

    private void log(UUID forceId, AccessAction action, UUID orderId, String detail) {
        String code = forces.byId(forceId).map(Force::code).orElse(String.valueOf(forceId));
        accessLog.recordBySystem(forceId, code, "cross-force notices", action, "order", orderId.toString(), detail);
    }
}
