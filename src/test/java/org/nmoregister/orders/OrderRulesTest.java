package org.nmoregister.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmoregister.platform.InvalidRequestException.FieldError;

/** The register's one rule for an order's fields, at the edges that intake and the bulk import now share. */
class OrderRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-03T09:00:00Z");

    private static List<String> madeAtErrors(Instant madeAt) {
        return OrderRules.validate(OrderFixtures.withoutNoticeNmo("LS26F00999", madeAt), NOW).stream()
                .filter(e -> e.field().equals("madeAt")).map(FieldError::reason).toList();
    }

    @Test
    void aCourtClockAFewMinutesAheadIsNotTheFuture() {
        assertThat(OrderRules.CLOCK_SKEW).isEqualTo(Duration.ofMinutes(5));
        assertThat(OrderRules.validate(OrderFixtures.withoutNoticeNmo("LS26F00999", NOW.minusSeconds(3600)), NOW))
                .isEmpty();
        assertThat(madeAtErrors(NOW)).isEmpty();
        assertThat(madeAtErrors(NOW.plus(OrderRules.CLOCK_SKEW))).isEmpty();
    }

    @Test
    void anOrderMadeMoreThanFiveMinutesAheadIsATypoAndRefused() {
        assertThat(madeAtErrors(NOW.plus(OrderRules.CLOCK_SKEW).plusSeconds(1))).containsExactly("is in the future");
        assertThat(madeAtErrors(NOW.plusSeconds(3600))).containsExactly("is in the future");
        assertThat(madeAtErrors(NOW.plusSeconds(23 * 3600))).containsExactly("is in the future");
    }

    @Test
    void serviceHasTheSameToleranceAndCannotComeBeforeTheOrder() {
        Instant made = NOW.minusSeconds(86_400);
        assertThat(OrderRules.validateService(served(NOW.plus(OrderRules.CLOCK_SKEW)), made, NOW)).isEmpty();
        assertThat(OrderRules.validateService(served(NOW.plus(OrderRules.CLOCK_SKEW).plusSeconds(1)), made, NOW))
                .extracting(FieldError::field, FieldError::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("servedAt", "is in the future"));
        assertThat(OrderRules.validateService(served(made), made, NOW)).isEmpty();
        assertThat(OrderRules.validateService(served(made.minusSeconds(1)), made, NOW))
                .extracting(FieldError::reason).containsExactly("is before the order was made");
    }

    private static ServiceRecord served(Instant at) {
        return new ServiceRecord(at, ServiceMethod.PERSONAL, "PC 123", null, null);
    }
}
