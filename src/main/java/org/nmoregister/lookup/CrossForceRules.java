package org.nmoregister.lookup;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which other forces' orders a force's lookup may find as cards, and what it says of each owning force. The lookup
 * asks; the {@code transfers} module, which keeps each force's sharing settings and the existence notices, answers
 * (it implements this, as {@code risk} implements {@code breaches.BreachRisk}), so the lookup depends on no module
 * for it. Called on every lookup: answers from memory.
 */
public interface CrossForceRules {

    /** What the force's users may find in other forces now. */
    Reach reachOf(UUID forceId);

    /** The owning force's 24/7 control-room telephone for its orders, or null when it gave none. */
    String contactTelephone(UUID owningForceId);

    /**
     * The settings that let {@code searchingForceId} see {@code owningForceId}'s order, in words, for both forces'
     * access logs ("northshire shares with every force (default on)").
     */
    String settingsInWords(UUID owningForceId, UUID searchingForceId);

    /**
     * @param sharing  the forces that share with the force: all their orders in force or awaiting service are found
     * @param notified orders of other forces (by owning force) whose respondent lives in the force's area: found even
     *                 when the owning force does not share with it
     */
    record Reach(Set<UUID> sharing, Map<UUID, Set<UUID>> notified) {

        public static final Reach NONE = new Reach(Set.of(), Map.of());

        public Reach {
            sharing = Set.copyOf(sharing);
            notified = Map.copyOf(notified);
        }

        public boolean reaches(UUID owningForceId) {
            return sharing.contains(owningForceId) || notified.containsKey(owningForceId);
        }

        public boolean reaches(UUID owningForceId, UUID orderId) {
            return sharing.contains(owningForceId)
                    || notified.getOrDefault(owningForceId, Set.of()).contains(orderId);
        }

        /**
         * Whether the national existence check of a user of {@code searchingForceId} may show this order as held by
         * another force: another force's, and reached (the owning force shares, or told the user's force of it). The
         * filter applied inside the one national search, to every candidate before the best are kept.
         */
        public boolean admits(UUID searchingForceId, UUID owningForceId, UUID orderId) {
            return !owningForceId.equals(searchingForceId) && reaches(owningForceId, orderId);
        }

        /** Whether the force reaches nothing beyond itself: the national check has nothing to search. */
        public boolean none() {
            return sharing.isEmpty() && notified.isEmpty();
        }
    }
}
