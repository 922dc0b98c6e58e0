package org.nmoregister.security.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Local-account sign-in (the form and HTTP Basic both come here) behind the {@link SignInThrottle}: a locked account
 * or address is refused before the password is even checked, with the same words whether or not the account exists.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    static final String LOCKED = "Too many failed sign-ins for this user name or from this address. Wait a few "
            + "minutes and try again, or ask an administrator to unlock it.";

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        Optional<Instant> locked = throttle.lockedUntil(username, address);
        if (locked.isPresent()) {
            throw new SignInLockedException(locked.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Refused because of a lock; carries when it ends for the Retry-After header. */
    static final class SignInLockedException extends LockedException {
        private final transient Instant until;

        SignInLockedException(Instant until) {
            super(LOCKED);
            this.until = until;
        }

        Instant until() {
            return until;
        }
    }
}
