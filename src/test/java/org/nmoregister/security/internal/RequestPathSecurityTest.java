package org.nmoregister.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The faster request-path pieces accept and refuse exactly what Spring's defaults do, and cache no more than safe. */
class RequestPathSecurityTest {

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-22T02:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static Jwt jwt(String token, Instant expires) {
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("officer").expiresAt(expires)
                .issuedAt(expires.minusSeconds(3600)).build();
    }

    @Test
    void aVerifiedTokenIsRememberedUntilItExpiresButNeverBeyondTheMaximumAge() {
        MovableClock clock = new MovableClock();
        AtomicInteger verifications = new AtomicInteger();
        JwtDecoder verifier = token -> {
            verifications.incrementAndGet();
            if (token.startsWith("bad")) {
                throw new BadJwtException("signature does not match");
            }
            return jwt(token, clock.now.plus(Duration.ofMinutes(token.equals("long") ? 60 : 2)));
        };
        CachingJwtDecoder decoder = new CachingJwtDecoder(verifier, clock);

        decoder.decode("short");
        decoder.decode("short");
        assertThat(verifications).hasValue(1);
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        decoder.decode("short");
        assertThat(verifications).as("expired: verified again").hasValue(2);

        decoder.decode("long");
        clock.now = clock.now.plus(CachingJwtDecoder.MAX_AGE).plusSeconds(1);
        decoder.decode("long");
        assertThat(verifications).as("older than the maximum age: verified again").hasValue(4);

        assertThatThrownBy(() -> decoder.decode("bad-token")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("bad-token")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).as("a refused token is never remembered").hasValue(6);
    }

    @Test
    void theBearerResolverAgreesWithSpringsOnEveryKindOfHeader() {
        var spring = new DefaultBearerTokenResolver();
        var ours = new BearerHeaderResolver();
        String[] headers = {null, "", "Basic b2ZmaWNlcjpkZW1v", "Bearer", "Bearer ", "bearer abc.def-ghi_jkl~+/==",
                "Bearer abc.def", "BEARER abc", "Bearer abc def", "Bearer abc=def", "Bearer ===", "Bearer a=",
                "Bearer ab\u00e9c", "Bearer abc\n", "Bearerabc", "Bearer  abc", "Bearer eyJhbGciOiJSUzI1NiJ9."
                + "eyJzdWIiOiJvZmZpY2VyIn0.c2lnbmF0dXJl"};
        for (String header : headers) {
            var request = new MockHttpServletRequest();
            if (header != null) {
                request.addHeader("Authorization", header);
            }
            assertThat(outcome(() -> ours.resolve(request))).as("[" + header + "]")
                    .isEqualTo(outcome(() -> spring.resolve(request)));
        }
    }

    private static String outcome(java.util.function.Supplier<String> resolve) {
        try {
            return "token:" + resolve.get();
        } catch (OAuth2AuthenticationException e) {
            return "refused";
        }
    }

    @Test
    void theHeaderRuleMatchesSpringsRegularExpressionOnRandomText() {
        Pattern spring = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
        Random random = new Random(20261122);
        int[] interesting = {0, 9, 10, 31, 32, 65, 126, 127, 128, 159, 160, 0x378, 0x2028, 0xD800, 0xE000, 0xFFFF,
                0x1F600, 0x10FFFF, 0x0E01, 0xFDD0};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(6);
            for (int i = 0; i < length; i++) {
                int c = random.nextBoolean() ? interesting[random.nextInt(interesting.length)]
                        : random.nextInt(0x11000);
                text.appendCodePoint(c);
            }
            String value = text.toString();
            assertThat(HeaderValues.allowed(value)).as(value.codePoints().mapToObj(Integer::toHexString).toList()
                    .toString()).isEqualTo(spring.matcher(value).matches());
        }
    }
}
