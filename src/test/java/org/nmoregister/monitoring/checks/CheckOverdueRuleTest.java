package org.nmoregister.monitoring.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CheckOverdueRuleTest {

    final CheckOverdueRule rule = new CheckOverdueRule(ZoneId.of("Europe/London"));
    final LocalDate due = LocalDate.of(2026, 12, 4);

    @Test
    void dueTodayIsNotOverdueUntilMidnightUkTime() {
        assertThat(rule.overdue(due, null, Instant.parse("2026-12-04T23:59:00Z"))).isFalse();
        assertThat(rule.overdue(due, null, Instant.parse("2026-12-05T00:00:00Z"))).isTrue();
        assertThat(rule.daysOverdue(due, null, Instant.parse("2026-12-07T09:00:00Z"))).isEqualTo(3);
    }

    @Test
    void summerTimeMidnightIsAnHourEarlierInUtc() {
        LocalDate june = LocalDate.of(2026, 6, 10);
        assertThat(rule.overdue(june, null, Instant.parse("2026-06-10T22:59:00Z"))).isFalse();
        assertThat(rule.overdue(june, null, Instant.parse("2026-06-10T23:00:00Z"))).isTrue();
    }

    @Test
    void aCheckDoneIsNeverOverdueEvenIfDoneLate() {
        assertThat(rule.overdue(due, Instant.parse("2026-12-06T10:00:00Z"), Instant.parse("2026-12-08T10:00:00Z")))
                .isFalse();
        assertThat(rule.daysOverdue(due, Instant.parse("2026-12-06T10:00:00Z"), Instant.parse("2026-12-08T10:00:00Z")))
                .isZero();
    }
}
