package org.nmoregister.security.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class LocalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final ForceRepository forces;

    LocalUserDetailsService(UserAccountRepository users, ForceRepository forces) {
        this.users = users;
        this.forces = forces;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        var force = forces.findById(account.forceId).orElseThrow(() -> new UsernameNotFoundException("No force"));
        return new LocalUser(account.username, account.displayName, account.passwordHash, force.id, force.code,
                account.roles, account.enabled);
    }
}
