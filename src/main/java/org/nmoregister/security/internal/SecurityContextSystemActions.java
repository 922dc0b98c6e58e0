package org.nmoregister.security.internal;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.nmoregister.security.ForceDirectory;
import org.nmoregister.security.Role;
import org.nmoregister.security.SystemActions;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
class SecurityContextSystemActions implements SystemActions {

    private final ForceDirectory forces;

    SecurityContextSystemActions(ForceDirectory forces) {
        this.forces = forces;
    }

    @Override
    public <T> T runAs(UUID forceId, String process, Set<Role> roles, Supplier<T> work) {
        var force = forces.require(forceId);
        var principal = new SystemPrincipal("system:" + process, force.id(), force.code(), Set.copyOf(roles));
        var authorities = roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
