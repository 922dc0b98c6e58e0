package org.nmoregister.monitoring.duties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DueDateRuleTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    final DueDateRule rule = new DueDateRule(LONDON, DueDateRule.Counting.DAY_ITSELF_IS_DAY_ONE);

    @Test
    void threeDaysBeginningWithTheDayOfService() {
        Instant servedMonday = Instant.parse("2026-11-30T09:00:00Z");
        assertThat(rule.dueOn(rule.startsOn(servedMonday))).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void servedLateInTheDayStillCountsThatDayAsTheFirst() {
        Instant servedLate = Instant.parse("2026-11-30T23:50:00Z");
        assertThat(rule.startsOn(servedLate)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(rule.dueOn(rule.startsOn(servedLate))).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void servedLateOnASummerEveningInUtcIsTheNextDayInTheUk() {
        // 23:30 UTC on 10 June is 00:30 on 11 June in London: the period begins on 11 June
        Instant served = Instant.parse("2026-06-10T23:30:00Z");
        assertThat(rule.startsOn(served)).isEqualTo(LocalDate.of(2026, 6, 11));
        assertThat(rule.dueOn(rule.startsOn(served))).isEqualTo(LocalDate.of(2026, 6, 13));
    }

    @Test
    void aNotificationAnyTimeOnTheThirdDayIsInTimeAndOverdueFromTheFourth() {
        LocalDate due = LocalDate.of(2026, 12, 2);
        assertThat(rule.inTime(due, Instant.parse("2026-12-02T23:59:59Z"))).isTrue();
        assertThat(rule.inTime(due, Instant.parse("2026-12-03T00:00:00Z"))).isFalse();
        assertThat(rule.overdue(due, Instant.parse("2026-12-02T23:59:59Z"))).isFalse();
        assertThat(rule.overdue(due, Instant.parse("2026-12-03T00:00:01Z"))).isTrue();
    }

    @Test
    void aChangeIsDueThreeDaysFromTheChange() {
        assertThat(rule.dueOn(LocalDate.of(2026, 12, 30))).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void aForceCountingFromTheDayAfterGetsOneMoreDay() {
        var after = new DueDateRule(LONDON, DueDateRule.Counting.DAY_AFTER_IS_DAY_ONE);
        assertThat(after.dueOn(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 12, 3));
    }
}
