package org.nmoregister.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle(null, Clock.systemUTC(), 5, 20, Duration.ofMinutes(15),
            Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofSeconds(2));

    @Test
    void eachLockInARowLastsTwiceAsLongUpToTheMaximum() {
        assertThat(throttle.lockFor(0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.lockFor(1)).isEqualTo(Duration.ofMinutes(2));
        assertThat(throttle.lockFor(2)).isEqualTo(Duration.ofMinutes(4));
        assertThat(throttle.lockFor(5)).isEqualTo(Duration.ofMinutes(32));
        assertThat(throttle.lockFor(6)).isEqualTo(Duration.ofHours(1));
        assertThat(throttle.lockFor(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void userNamesAreCountedAsTypedIgnoringCaseAndSpaceWhetherOrNotTheyExist() {
        assertThat(SignInThrottle.accountKey(" Officer.Northshire ")).isEqualTo("account:officer.northshire");
        assertThat(SignInThrottle.accountKey("a\u0000b")).isEqualTo("account:a?b");
        assertThat(SignInThrottle.accountKey("x".repeat(500))).hasSize("account:".length() + 200);
        assertThat(SignInThrottle.addressKey(null)).isEqualTo("address:unknown");
    }
}
