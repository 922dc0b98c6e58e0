package org.nmoregister.support;

/**
 * The size of a test's generated sample (people, places, queries) where the test compares two ways of answering over
 * many random cases. The suite runs them at full size; the mutation profile runs them at {@code nmo.test.size-percent}
 * (see pom.xml), because PIT runs such a test again for every planted fault the quicker tests let through, and at full
 * size those runs were most of CI's mutation step. A smaller sample still compares the two ways on every kind of case
 * the generator makes; it only meets fewer of each.
 */
public final class TestSize {

    private TestSize() {
    }

    /** {@code full} scaled by the percentage in force, never under one. */
    public static int of(int full) {
        int percent = Integer.getInteger("nmo.test.size-percent", 100);
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("nmo.test.size-percent must be 1 to 100, not " + percent);
        }
        return Math.max(1, (int) ((long) full * percent / 100));
    }
}
