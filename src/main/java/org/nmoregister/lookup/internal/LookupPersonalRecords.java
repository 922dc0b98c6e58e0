package org.nmoregister.lookup.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.retention.CaseFact;
import org.nmoregister.retention.HeldRecord;
import org.nmoregister.retention.PersonalRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The lookup's part in retention: its in-memory copy (people and places indexes, cards) holds nothing of its own,
 * only what the orders and flags modules hold, so it has no facts and nothing to disclose; a disposed case is taken
 * out of this instance's copy as soon as the disposal commits, and out of every other instance's by
 * {@link LookupReadModel#refresh()} within seconds.
 */
@Component
class LookupPersonalRecords implements PersonalRecords {

    private final LookupReadModel model;

    LookupPersonalRecords(LookupReadModel model) {
        this.model = model;
    }

    @Override
    public String holder() {
        return "lookup";
    }

    @Override
    public List<CaseFact> facts(UUID afterOrderId, int limit) {
        return List.of();
    }

    @Override
    public List<HeldRecord> personalData(Set<UUID> orderIds, UUID forceId) {
        return List.of();
    }

    @Override
    public Removed dispose(UUID orderId) {
        int held = model.held(orderId).isPresent() ? 1 : 0;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    model.forget(orderId);
                }
            });
        } else {
            model.forget(orderId);
        }
        return new Removed(java.util.Map.of("in-memory card", held), Set.of());
    }
}
