package org.nmoregister.security;

import java.util.Set;
import java.util.UUID;

/** The signed-in user as other modules see them: who, which force, which roles. */
public record CurrentUser(String username, String displayName, UUID forceId, String forceCode, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
