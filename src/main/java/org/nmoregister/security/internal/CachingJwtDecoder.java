package org.nmoregister.security.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers bearer tokens already verified, until they expire. A control room sends the same token with every
 * keystroke of an as-you-type search, and checking its RSA signature and claims again each time was the largest
 * single cost of a lookup (see docs/benchmarks.md). The cache is keyed by the whole token, so a token that differs
 * in any character is verified afresh; an entry is used only while the token is unexpired, and never beyond
 * {@link #MAX_AGE}, so a change of the identity provider's keys takes effect within that time.
 */
final class CachingJwtDecoder implements JwtDecoder {

    static final Duration MAX_AGE = Duration.ofMinutes(5);
    static final long MAX_TOKENS = 10_000;

    private final JwtDecoder delegate;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    CachingJwtDecoder(JwtDecoder delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(MAX_TOKENS)
                .ticker(() -> clock.millis() * 1_000_000L)
                .expireAfter(new Expiry<String, Jwt>() {
                    @Override
                    public long expireAfterCreate(String token, Jwt jwt, long now) {
                        return lifetime(jwt).toNanos();
                    }

                    @Override
                    public long expireAfterUpdate(String token, Jwt jwt, long now, long current) {
                        return lifetime(jwt).toNanos();
                    }

                    @Override
                    public long expireAfterRead(String token, Jwt jwt, long now, long current) {
                        return current;
                    }
                }).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null && unexpired(known)) {
            return known;
        }
        Jwt jwt = delegate.decode(token);
        if (lifetime(jwt).compareTo(Duration.ZERO) > 0) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    /** How long the verified token may be remembered: until it expires, at most {@link #MAX_AGE}. */
    private Duration lifetime(Jwt jwt) {
        Instant expires = jwt.getExpiresAt();
        if (expires == null) {
            return MAX_AGE;
        }
        Duration left = Duration.between(clock.instant(), expires);
        return left.compareTo(MAX_AGE) > 0 ? MAX_AGE : left.isNegative() ? Duration.ZERO : left;
    }

    private boolean unexpired(Jwt jwt) {
        return jwt.getExpiresAt() == null || clock.instant().isBefore(jwt.getExpiresAt());
    }
}
