package org.nmoregister.breaches.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How long before or after: the unit changes at two of it, so "2 hours" but "119 minutes". */
class WordingTest {

    @Test
    void aSpanIsInTheLargestUnitOfWhichThereAreAtLeastTwo() {
        assertThat(Wording.span(Duration.ofSeconds(119))).isEqualTo("119 seconds");
        assertThat(Wording.span(Duration.ofMinutes(2))).isEqualTo("2 minutes");
        assertThat(Wording.span(Duration.ofMinutes(119))).isEqualTo("119 minutes");
        assertThat(Wording.span(Duration.ofHours(2))).isEqualTo("2 hours");
        assertThat(Wording.span(Duration.ofHours(47))).isEqualTo("47 hours");
        assertThat(Wording.span(Duration.ofDays(2))).isEqualTo("2 days");
        assertThat(Wording.span(Duration.ofDays(-3))).isEqualTo("3 days");
    }

    @Test
    void relativeToTheIncident() {
        Instant at = Instant.parse("2025-05-20T13:30:00Z");
        assertThat(Wording.relative(at, at)).isEqualTo("at the time of the incident");
        assertThat(Wording.relative(at.plusSeconds(7200), at)).isEqualTo("2 hours after the incident");
        assertThat(Wording.relative(at.minusSeconds(90), at)).isEqualTo("90 seconds before the incident");
        assertThat(Wording.when(null)).isEqualTo("an unknown time");
        assertThat(Wording.when(at)).isEqualTo("20 May 2025 14:30");
    }
}
