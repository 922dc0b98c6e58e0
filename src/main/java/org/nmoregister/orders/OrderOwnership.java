package org.nmoregister.orders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which force owns an order, and moving it to another force when a transfer is accepted (issue 13). Unlike
 * {@link OrderRegister}, these reads are not scoped to the signed-in user's force: the caller (the transfers module)
 * decides who may see what, shows only a summary to a force that does not own the order, masks it with
 * {@link Confidentiality} and writes the access log. Nothing here is logged.
 */
public interface OrderOwnership {

    /** The force that owns the order now; empty when there is no such order. */
    Optional<UUID> owner(UUID orderId);

    /** The order as it stands now, whichever force owns it. For a transfer's summary only: the caller masks and logs. */
    OrderSnapshot current(UUID orderId);

    /**
     * The order as it stood at {@code at} from what had been recorded by then, whichever force owns it now: the
     * read-only view a sending force keeps of what it held until it handed the case over (a later version by the new
     * owner is not part of it). Empty when it had not yet been made.
     */
    Optional<OrderSnapshot> asAt(UUID orderId, Instant at);

    /** The versions recorded up to {@code until} (inclusive), oldest first: the history a sending force held. */
    List<OrderVersionSummary> historyUntil(UUID orderId, Instant until);

    /**
     * Moves the order to {@code toForceId} inside the caller's transaction and tells the modules that keep records
     * of the order under its force ({@link OrderMovedToForce}, delivered synchronously to listeners that run in the
     * same transaction), so the whole case moves or, when any of them fails, none of it does.
     *
     * @throws org.nmoregister.platform.ConflictException when the order is no longer owned by {@code fromForceId},
     *                                                    or the receiving force already holds this court's order
     *                                                    of this type in this case
     */
    void move(UUID orderId, UUID fromForceId, UUID toForceId);
}
