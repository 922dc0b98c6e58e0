package org.nmoregister.breaches.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Draws the weekly dip sample: a share of the week's domestic-abuse breach records, chosen at random from a recorded
 * seed so that anyone can re-draw the same sample from the same records and check it was not hand-picked.
 */
public final class DipSampler {

    private DipSampler() {
    }

    /**
     * @param population the week's records, in any order
     * @param share      the share to draw, in (0, 1]; at least one record is drawn when there are any
     * @return the records drawn, in the order drawn
     */
    public static List<UUID> draw(List<UUID> population, double share, long seed) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be more than 0 and at most 1: " + share);
        }
        if (population.isEmpty()) {
            return List.of();
        }
        // Sorted first, so the draw depends on the seed and the set of records, not the order they were read in.
        List<UUID> pool = new ArrayList<>(population);
        pool.sort(Comparator.naturalOrder());
        int size = Math.max(1, (int) Math.ceil(share * pool.size()));
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(pool.size() - i);
            UUID swap = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, swap);
        }
        return List.copyOf(pool.subList(0, size));
    }
}
