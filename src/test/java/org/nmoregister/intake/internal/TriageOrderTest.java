package org.nmoregister.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriageOrderTest {

    private static final Instant NOW = Instant.parse("2026-11-10T12:00:00Z");
    private static final Duration NEAR = Duration.ofDays(3);

    record Item(String name, Instant receivedAt, boolean withoutNotice, Instant returnHearingAt)
            implements TriageOrder.Item {
    }

    @Test
    void withoutNoticeAndNearHearingsFirstThenOldestFirst() {
        var oldOrdinary = new Item("old ordinary", NOW.minus(Duration.ofDays(2)), false, null);
        var newOrdinary = new Item("new ordinary", NOW.minus(Duration.ofHours(1)), false, null);
        var farHearing = new Item("far hearing", NOW.minus(Duration.ofDays(3)), false, NOW.plus(Duration.ofDays(20)));
        var nearHearing = new Item("near hearing", NOW.minus(Duration.ofMinutes(5)), false,
                NOW.plus(Duration.ofDays(1)));
        var withoutNotice = new Item("without notice", NOW.minus(Duration.ofMinutes(10)), true,
                NOW.plus(Duration.ofDays(14)));
        var withoutNoticeNoHearing = new Item("without notice, hearing unknown", NOW.minus(Duration.ofMinutes(1)),
                true, null);

        var sorted = List.of(oldOrdinary, newOrdinary, farHearing, nearHearing, withoutNotice, withoutNoticeNoHearing)
                .stream().sorted(TriageOrder.comparator(NOW, NEAR)).map(Item::name).toList();

        assertThat(sorted).containsExactly("near hearing", "without notice", "without notice, hearing unknown",
                "far hearing", "old ordinary", "new ordinary");
    }

    @Test
    void overdueOnlyAfterTheTarget() {
        Duration target = Duration.ofHours(24);
        assertThat(TriageOrder.overdue(new Item("a", NOW.minus(Duration.ofHours(25)), false, null), NOW, target))
                .isTrue();
        assertThat(TriageOrder.overdue(new Item("b", NOW.minus(Duration.ofHours(23)), false, null), NOW, target))
                .isFalse();
    }
}
