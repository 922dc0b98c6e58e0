package org.nmoregister.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Which orders got a new version lately, across all forces, for read models that keep their own copy (the lookup):
 * a service or discharge changes what a call-handler must see even when no marker changes.
 */
public interface OrderChanges {

    /**
     * Versions recorded after {@code since}, oldest first; an order moved to another force since then appears as its
     * latest version at the time it moved, under its new force.
     */
    List<Change> recordedSince(Instant since);

    /** The latest version of every order, across all forces: for a read model's first build. */
    List<Change> latestOfEach();

    /**
     * The latest version of every order not ended at {@code at} (not discharged, not past its own end), across all
     * forces: for a read model that holds only live orders, so a register of many ended orders costs it nothing.
     */
    List<Change> latestOfEachNotEndedAt(Instant at);

    record Change(UUID orderId, UUID forceId, int version, Instant recordedAt) {
    }
}
