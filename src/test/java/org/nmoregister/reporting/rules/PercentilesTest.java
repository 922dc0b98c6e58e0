package org.nmoregister.reporting.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void theMedianIsTheMiddleOrHalfwayBetweenTheTwoMiddles() {
        assertThat(Percentiles.median(new double[]{5, 1, 3}).getAsDouble()).isEqualTo(3);
        assertThat(Percentiles.median(new double[]{4, 1, 3, 2}).getAsDouble()).isEqualTo(2.5);
        assertThat(Percentiles.median(new double[]{7}).getAsDouble()).isEqualTo(7);
    }

    @Test
    void theNinetiethInterpolatesBetweenRanksAsPercentileContDoes() {
        double[] tens = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        // rank 0.9 * 9 = 8.1: 90 + 0.1 * (100 - 90)
        assertThat(Percentiles.of(tens, 90).getAsDouble()).isCloseTo(91, within(1e-9));
        assertThat(Percentiles.of(tens, 0).getAsDouble()).isEqualTo(10);
        assertThat(Percentiles.of(tens, 100).getAsDouble()).isEqualTo(100);
        assertThat(Percentiles.of(new double[]{1, 2}, 25).getAsDouble()).isCloseTo(1.25, within(1e-9));
    }

    @Test
    void theInputIsNotReorderedAndNothingGivesNothing() {
        double[] values = {3, 1, 2};
        Percentiles.median(values);
        assertThat(values).containsExactly(3, 1, 2);
        assertThat(Percentiles.median(new double[0])).isEmpty();
        assertThat(Percentiles.shareWithin(new double[0], 1)).isEmpty();
    }

    @Test
    void theShareWithinCountsValuesAtTheLimit() {
        assertThat(Percentiles.shareWithin(new double[]{1, 2, 3, 4}, 2).getAsDouble()).isEqualTo(0.5);
    }

    @Test
    void aPercentileOutsideNoughtToAHundredIsRefused() {
        assertThatThrownBy(() -> Percentiles.of(new double[]{1}, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.of(new double[]{1}, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
