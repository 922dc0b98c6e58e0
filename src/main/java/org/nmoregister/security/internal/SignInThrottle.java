package org.nmoregister.security.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing, for the sign-in form and HTTP Basic alike: after {@code account-failures} failed sign-ins
 * for one user name, or {@code address-failures} from one client address, within the window, that account or
 * address is locked; each further lock lasts twice as long as the one before (1, 2, 4 ... minutes, at most the
 * maximum). While locked even the right password is refused. A user name no account has is counted and locked
 * exactly like a real one, so a lock tells a guesser nothing about which accounts exist. The counts are in the
 * database so every instance agrees; each instance remembers a key's lock for a second or two so a busy API does not
 * ask the database on every request.
 */
@Component
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    static final String ACCOUNT = "account:";
    static final String ADDRESS = "address:";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int accountFailures;
    private final int addressFailures;
    private final Duration window;
    private final Duration firstLock;
    private final Duration maximumLock;
    private final Cache<String, KeyState> known;

    /** What the database said of a key: whether it has a row (failures counted) and until when it is locked. */
    private record KeyState(boolean counted, Instant lockedUntil) {
        static final KeyState CLEAN = new KeyState(false, null);
    }

    SignInThrottle(JdbcTemplate jdbc, Clock clock,
                   @Value("${nmo.security.sign-in.account-failures:5}") int accountFailures,
                   @Value("${nmo.security.sign-in.address-failures:20}") int addressFailures,
                   @Value("${nmo.security.sign-in.window:PT15M}") Duration window,
                   @Value("${nmo.security.sign-in.first-lock:PT1M}") Duration firstLock,
                   @Value("${nmo.security.sign-in.maximum-lock:PT1H}") Duration maximumLock,
                   @Value("${nmo.security.sign-in.remember-for:PT2S}") Duration rememberFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accountFailures = accountFailures;
        this.addressFailures = addressFailures;
        this.window = window;
        this.firstLock = firstLock;
        this.maximumLock = maximumLock;
        this.known = Caffeine.newBuilder().expireAfterWrite(rememberFor).maximumSize(100_000).build();
    }

    static String accountKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT).replace('\u0000', '?');
        return ACCOUNT + (name.length() > 200 ? name.substring(0, 200) : name);
    }

    static String addressKey(String address) {
        return ADDRESS + (address == null ? "unknown" : address.length() > 60 ? address.substring(0, 60) : address);
    }

    /** When the later of the account's and the address's locks ends, or empty if neither is locked. */
    Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        Optional<Instant> until = Optional.empty();
        for (String key : List.of(accountKey(username), addressKey(address))) {
            Instant lock = known.get(key, this::read).lockedUntil();
            if (lock != null && lock.isAfter(now) && (until.isEmpty() || lock.isAfter(until.get()))) {
                until = Optional.of(lock);
            }
        }
        return until;
    }

    private KeyState read(String key) {
        return jdbc.query("select locked_until from sign_in_throttle where throttle_key = ?", (rs, n) -> {
            Timestamp until = rs.getTimestamp(1);
            return new KeyState(true, until == null ? null : until.toInstant());
        }, key).stream().findFirst().orElse(KeyState.CLEAN);
    }

    /** Counts a failed sign-in against the account and the address, locking either if it reached its limit. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String address) {
        count(accountKey(username), accountFailures);
        count(addressKey(address), addressFailures);
    }

    private void count(String key, int limit) {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        Timestamp windowStart = Timestamp.from(now.minus(window));
        Integer[] counted = jdbc.queryForObject("""
                insert into sign_in_throttle as t (throttle_key, failures, window_started_at, locks, last_failure_at)
                values (?, 1, ?, 0, ?)
                on conflict (throttle_key) do update set
                    failures = case when t.window_started_at < ? then 1 else t.failures + 1 end,
                    window_started_at = case when t.window_started_at < ? then excluded.window_started_at
                                             else t.window_started_at end,
                    last_failure_at = excluded.last_failure_at
                returning failures, locks""", (rs, n) -> new Integer[] {rs.getInt(1), rs.getInt(2)},
                key, at, at, windowStart, windowStart);
        known.put(key, new KeyState(true, null));
        if (counted[0] >= limit) {
            Duration lock = lockFor(counted[1]);
            Instant until = now.plus(lock);
            jdbc.update("""
                    update sign_in_throttle set locks = locks + 1, locked_until = ?, failures = 0,
                                                window_started_at = ?
                    where throttle_key = ?""", Timestamp.from(until), at, key);
            known.put(key, new KeyState(true, until));
            log.warn("Sign-in locked for {} until {} after {} failed attempts (lock {} in a row)", key, until,
                    counted[0], counted[1] + 1);
        }
    }

    /** 1, 2, 4 ... times the first lock, never more than the maximum. */
    Duration lockFor(int previousLocks) {
        Duration lock = firstLock;
        for (int i = 0; i < previousLocks && lock.compareTo(maximumLock) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(maximumLock) > 0 ? maximumLock : lock;
    }

    /**
     * A successful sign-in clears the account's count and lock history (never the address's: others share it). The
     * database is only written when the key was seen with a row, so a busy API's sign-ins cost no write.
     */
    public void succeeded(String username) {
        String key = accountKey(username);
        KeyState state = known.getIfPresent(key);
        if (state != null && !state.counted()) {
            return;
        }
        jdbc.update("delete from sign_in_throttle where throttle_key = ? and locked_until is null or "
                + "throttle_key = ? and locked_until <= ?", key, key, Timestamp.from(clock.instant()));
        known.invalidate(key);
    }

    /** Lifts a lock; returns when it would have ended ("not locked" if there was only a count), or empty if none. */
    Optional<String> unlock(String key) {
        List<String> was = new ArrayList<>(jdbc.query("delete from sign_in_throttle where throttle_key = ? "
                        + "returning locked_until", (rs, n) -> {
                    Timestamp until = rs.getTimestamp(1);
                    return until == null || !until.toInstant().isAfter(clock.instant()) ? "not locked"
                            : until.toInstant().toString();
                }, key));
        known.invalidate(key);
        return was.stream().findFirst();
    }

    /** Every lock in force now. */
    List<Lock> locks() {
        return jdbc.query("""
                select throttle_key, locked_until, locks, last_failure_at from sign_in_throttle
                where locked_until > ? order by locked_until desc""",
                (rs, n) -> new Lock(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3),
                        rs.getTimestamp(4).toInstant()), Timestamp.from(clock.instant()));
    }

    record Lock(String key, Instant lockedUntil, int locksInARow, Instant lastFailureAt) {
    }
}
