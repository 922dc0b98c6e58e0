package org.nmoregister.breaches.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DipSamplerTest {

    private static List<UUID> records(int n, long seed) {
        Random random = new Random(seed);
        return IntStream.range(0, n).mapToObj(i -> new UUID(random.nextLong(), random.nextLong())).toList();
    }

    @Test
    void theSameSeedAndRecordsGiveTheSameSampleWhateverOrderTheyAreReadIn() {
        List<UUID> week = records(57, 1);
        List<UUID> shuffled = new ArrayList<>(week);
        Collections.shuffle(shuffled, new Random(9));
        assertThat(DipSampler.draw(shuffled, 0.1, 42L)).isEqualTo(DipSampler.draw(week, 0.1, 42L))
                .hasSize(6).doesNotHaveDuplicates().allMatch(week::contains);
        assertThat(DipSampler.draw(week, 0.1, 43L)).isNotEqualTo(DipSampler.draw(week, 0.1, 42L));
    }

    @Test
    void atLeastOneRecordIsDrawnAndNeverMoreThanThereAre() {
        assertThat(DipSampler.draw(records(3, 2), 0.05, 1L)).hasSize(1);
        assertThat(DipSampler.draw(records(3, 2), 1.0, 1L)).hasSize(3);
        assertThat(DipSampler.draw(List.of(), 0.5, 1L)).isEmpty();
        assertThatThrownBy(() -> DipSampler.draw(records(3, 2), 0, 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DipSampler.draw(records(3, 2), 1.5, 1L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRecordIsEquallyLikelyToBeDrawn() {
        List<UUID> week = records(20, 3);
        Map<UUID, Integer> counts = new HashMap<>();
        int draws = 20_000;
        for (long seed = 0; seed < draws; seed++) {
            DipSampler.draw(week, 0.1, seed).forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        // Two of 20 per draw: each record expected 2,000 times; 10% either way is over 7 standard deviations.
        assertThat(counts).hasSize(20);
        assertThat(counts.values()).allSatisfy(c -> assertThat(c).isBetween(1800, 2200));
    }
}
