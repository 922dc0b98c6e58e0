package org.nmoregister.transfers;

import java.util.UUID;

/** Each force's sharing settings for the national existence check. */
public interface ForceSharing {

    /** The force's settings ({@link SharingSettings#defaultFor} when it has set none). */
    SharingSettings settings(UUID forceId);

    /** Whether users of {@code searchingForceId} find the orders of {@code owningForceId} as cards. */
    default boolean shares(UUID owningForceId, UUID searchingForceId) {
        return settings(owningForceId).sharesWith(searchingForceId);
    }
}
