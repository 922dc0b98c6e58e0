package org.nmoregister.security.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.ForceDirectory;
import org.nmoregister.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

@Component
class SpringSecurityCurrentUsers implements CurrentUsers {

    private final ForceDirectory forces;
    private final String forceClaim;

    SpringSecurityCurrentUsers(ForceDirectory forces, @Value("${nmo.security.force-claim:force}") String forceClaim) {
        this.forces = forces;
        this.forceClaim = forceClaim;
    }

    @Override
    public CurrentUser require() {
        return current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }

    @Override
    public Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof LocalUser local) {
            return Optional.of(new CurrentUser(local.username(), local.displayName(), local.forceId(),
                    local.forceCode(), local.roles()));
        }
        if (principal instanceof SystemPrincipal system) {
            return Optional.of(new CurrentUser(system.name(), system.name(), system.forceId(), system.forceCode(),
                    system.roles()));
        }
        if (principal instanceof Jwt jwt) {
            return Optional.of(fromClaims(jwt.getSubject(), jwt.getClaims(), authentication));
        }
        if (principal instanceof OidcUser oidc) {
            return Optional.of(fromClaims(oidc.getPreferredUsername() != null ? oidc.getPreferredUsername()
                    : oidc.getSubject(), oidc.getClaims(), authentication));
        }
        return Optional.empty();
    }

    /** Identity-provider users carry their force as a claim; a token without a known force sees nothing. */
    private CurrentUser fromClaims(String username, Map<String, Object> claims, Authentication authentication) {
        Object forceCode = claims.get(forceClaim);
        var force = forces.byCode(forceCode == null ? null : forceCode.toString())
                .orElseThrow(() -> new AccessDeniedException("The token names no force known to the register"));
        Object name = claims.getOrDefault("name", username);
        return new CurrentUser(username, String.valueOf(name), force.id(), force.code(), roles(authentication));
    }

    private static Set<Role> roles(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
