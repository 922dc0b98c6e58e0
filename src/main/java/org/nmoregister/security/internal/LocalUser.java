package org.nmoregister.security.internal;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.security.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A local account as Spring Security holds it after sign-in; carries the force so no second lookup is needed. */
record LocalUser(String username, String displayName, String passwordHash, UUID forceId, String forceCode,
                 Set<Role> roles, boolean enabled) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
