package org.nmoregister.support;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs test code as a demo user, as if they had signed in, and restores whoever was signed in before. */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(UserDetailsService users, String username, Supplier<T> work) {
        var details = users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
