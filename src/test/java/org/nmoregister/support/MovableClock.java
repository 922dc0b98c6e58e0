package org.nmoregister.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The clock every rule reads, which a test sets to the instant it wants an action recorded at (a request to a court
 * raised on 3 March 2023, a decision two days later) and then {@link #reset()}s. Unset, it is the system clock, so
 * the rest of the application behaves as it would. Import {@link Config} into an {@link IntegrationTest}.
 *
 * <p>Work the application does after a commit (its module listeners) reads the clock when it runs: a test that moves
 * the clock waits for that work to finish before moving it again.
 */
public final class MovableClock extends Clock {

    private volatile Instant fixed;

    /** From now on every reader is told this instant, until the clock is set again or reset. */
    public void set(Instant at) {
        fixed = at;
    }

    /** Back to the system clock. */
    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now();
    }

    /** Replaces the application's clock (PlatformConfiguration's) with a movable one. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
