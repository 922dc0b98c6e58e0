package org.nmoregister.transfers;

import java.util.Map;
import java.util.UUID;

/**
 * A force's settings for the national existence check, and the rule: another force's lookups find this force's
 * orders (as cards) when an exception for that force says so, or else when the force shares by default. A force never
 * "shares" with itself: its own users see its records in full. A force with no settings shares with every force and
 * gives no telephone ({@link #DEFAULT}).
 *
 * @param sharesByDefault      whether every other force finds this force's orders, unless an exception says otherwise
 * @param exceptions           other forces (by id) for which sharing differs from the default
 * @param controlRoomTelephone the 24/7 telephone shown on this force's cards, or null
 */
public record SharingSettings(UUID forceId, boolean sharesByDefault, Map<UUID, Boolean> exceptions,
                              String controlRoomTelephone) {

    public SharingSettings {
        exceptions = Map.copyOf(exceptions);
    }

    /** The settings of a force that has set none: sharing on with every force, no telephone. */
    public static SharingSettings defaultFor(UUID forceId) {
        return new SharingSettings(forceId, true, Map.of(), null);
    }

    /** Whether the users of {@code searchingForceId} find this force's orders. */
    public boolean sharesWith(UUID searchingForceId) {
        if (searchingForceId == null || searchingForceId.equals(forceId)) {
            return false;
        }
        return exceptions.getOrDefault(searchingForceId, sharesByDefault);
    }

    /**
     * The settings as they apply to one searching force, in words, for both forces' access logs: whether it shares,
     * and whether by default or by an exception ("shares with this force (default: on)").
     */
    public String inWordsFor(UUID searchingForceId) {
        boolean shares = sharesWith(searchingForceId);
        boolean byException = exceptions.containsKey(searchingForceId);
        return (shares ? "shares with this force" : "does not share with this force")
                + (byException ? " (an exception to its default, which is " + (sharesByDefault ? "on" : "off") + ")"
                : " (default: " + (sharesByDefault ? "on" : "off") + ")");
    }
}
