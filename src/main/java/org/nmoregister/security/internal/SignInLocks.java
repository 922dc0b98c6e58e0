package org.nmoregister.security.internal;

import java.util.List;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.SignInUnlocked;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator sees of the sign-in locks and how one is lifted: the locks of their own force's accounts and
 * of addresses (which no force owns), each unlock with a reason, written to the access log in the same transaction.
 */
@Service
public class SignInLocks {

    static final int MAX_REASON = 500;

    private final SignInThrottle throttle;
    private final UserAccountRepository accounts;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;

    SignInLocks(SignInThrottle throttle, UserAccountRepository accounts, CurrentUsers currentUsers,
                ApplicationEventPublisher events) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.currentUsers = currentUsers;
        this.events = events;
    }

    /** A lock in force: on an account of the administrator's force ({@code account}) or on an address. */
    public record Lock(String account, String address, java.time.Instant lockedUntil, int locksInARow,
                       java.time.Instant lastFailureAt) {
    }

    @Transactional(readOnly = true)
    public List<Lock> locks() {
        var forceId = currentUsers.require().forceId();
        return throttle.locks().stream().map(lock -> {
            if (lock.key().startsWith(SignInThrottle.ADDRESS)) {
                return new Lock(null, lock.key().substring(SignInThrottle.ADDRESS.length()), lock.lockedUntil(),
                        lock.locksInARow(), lock.lastFailureAt());
            }
            String username = lock.key().substring(SignInThrottle.ACCOUNT.length());
            boolean ours = accounts.findByUsernameIgnoreCase(username).filter(a -> forceId.equals(a.forceId))
                    .isPresent();
            return ours ? new Lock(username, null, lock.lockedUntil(), lock.locksInARow(), lock.lastFailureAt())
                    : null;
        }).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Lifts the lock (and clears the count) on an account of the administrator's force or on an address.
     *
     * @return what was lifted, as written to the access log
     */
    @Transactional
    public SignInUnlocked unlock(String account, String address, String reason) {
        boolean byAccount = account != null && !account.isBlank();
        boolean byAddress = address != null && !address.isBlank();
        if (byAccount == byAddress) {
            throw new InvalidRequestException("account", "give either an account or an address to unlock");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "is required: why the lock is lifted (for example the "
                    + "call in which the user was identified)");
        }
        if (reason.length() > MAX_REASON || reason.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new InvalidRequestException("reason", "must be at most " + MAX_REASON
                    + " characters on one line, with no control characters");
        }
        String key;
        if (byAccount) {
            var forceId = currentUsers.require().forceId();
            accounts.findByUsernameIgnoreCase(account.strip()).filter(a -> forceId.equals(a.forceId))
                    .orElseThrow(() -> new NotFoundException("No sign-in lock on an account of your force named "
                            + account.strip()));
            key = SignInThrottle.accountKey(account);
        } else {
            key = SignInThrottle.addressKey(address.strip());
        }
        String was = throttle.unlock(key).orElseThrow(() -> new NotFoundException("No sign-in lock or failed "
                + "sign-ins recorded for " + key));
        var unlocked = new SignInUnlocked(key, reason.strip(), was);
        events.publishEvent(unlocked);
        return unlocked;
    }
}
