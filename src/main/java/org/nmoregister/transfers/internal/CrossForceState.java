package org.nmoregister.transfers.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.nmoregister.lookup.CrossForceRules;
import org.nmoregister.security.Force;
import org.nmoregister.security.ForceDirectory;
import org.nmoregister.transfers.ForceSharing;
import org.nmoregister.transfers.SharingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The sharing settings and standing existence notices of every force, kept in memory because the lookup asks on every
 * search ({@link CrossForceRules}). Re-read every two seconds on each instance (no scheduler lock: each instance keeps
 * its own copy, as the lookup does), and at once on this instance after a change made here.
 */
@Component
class CrossForceState implements ForceSharing, CrossForceRules {

    private static final Logger log = LoggerFactory.getLogger(CrossForceState.class);

    private record Snapshot(Map<UUID, SharingSettings> settings, Map<UUID, Map<UUID, Set<UUID>>> notices,
                            Set<UUID> forces, Map<UUID, Reach> reaches) {
    }

    private final CrossForceStore store;
    private final ForceDirectory forces;
    private volatile Snapshot snapshot;

    CrossForceState(CrossForceStore store, ForceDirectory forces) {
        this.store = store;
        this.forces = forces;
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            s = reload();
        }
        return s;
    }

    @Scheduled(fixedDelayString = "${nmo.cross-force.refresh-interval:PT2S}")
    void refresh() {
        reload();
    }

    /** Reads the settings and notices afresh. */
    synchronized Snapshot reload() {
        try {
            Set<UUID> all = new HashSet<>();
            for (Force force : forces.all()) {
                all.add(force.id());
            }
            Snapshot fresh = new Snapshot(store.allSettings(), store.standingNotices(), Set.copyOf(all),
                    new ConcurrentHashMap<>());
            snapshot = fresh;
            return fresh;
        } catch (RuntimeException e) {
            if (snapshot == null) {
                throw e;
            }
            log.warn("Cross-force settings not re-read, keeping the last: {}", e.getMessage());
            return snapshot;
        }
    }

    @Override
    public SharingSettings settings(UUID forceId) {
        SharingSettings settings = snapshot().settings().get(forceId);
        return settings == null ? SharingSettings.defaultFor(forceId) : settings;
    }

    @Override
    public Reach reachOf(UUID forceId) {
        Snapshot s = snapshot();
        return s.reaches().computeIfAbsent(forceId, me -> {
            Set<UUID> sharing = new HashSet<>();
            for (UUID owner : s.forces()) {
                SharingSettings settings = s.settings().getOrDefault(owner, SharingSettings.defaultFor(owner));
                if (settings.sharesWith(me)) {
                    sharing.add(owner);
                }
            }
            Map<UUID, Set<UUID>> notified = new java.util.HashMap<>();
            s.notices().getOrDefault(me, Map.of()).forEach((owner, orders) -> {
                if (!owner.equals(me)) {
                    notified.put(owner, Set.copyOf(orders));
                }
            });
            return new Reach(sharing, notified);
        });
    }

    @Override
    public String contactTelephone(UUID owningForceId) {
        return settings(owningForceId).controlRoomTelephone();
    }

    @Override
    public String settingsInWords(UUID owningForceId, UUID searchingForceId) {
        String owner = forces.byId(owningForceId).map(Force::code).orElse(String.valueOf(owningForceId));
        boolean notified = snapshot().notices().getOrDefault(searchingForceId, Map.of()).containsKey(owningForceId);
        return owner + " " + settings(owningForceId).inWordsFor(searchingForceId)
                + (notified ? "; it has told this force of orders whose respondent lives in its area" : "");
    }
}
