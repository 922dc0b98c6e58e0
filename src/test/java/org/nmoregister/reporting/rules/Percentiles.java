package org.nmoregister.reporting.rules;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Percentiles of a set of durations (or any numbers), by linear interpolation between the closest ranks: the same
 * definition as PostgreSQL's {@code percentile_cont} and a spreadsheet's PERCENTILE.INC, so a figure can be checked by
 * hand. The median is the 50th percentile: the middle value, or halfway between the two middle values. The reports
 * compute theirs in SQL with {@code percentile_cont}; this one is for the benchmarks' own timings.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /**
     * @param values the observations (not changed)
     * @param p      the percentile, from 0 to 100
     * @return empty when there are no observations
     */
    public static OptionalDouble of(double[] values, double p) {
        if (p < 0 || p > 100 || Double.isNaN(p)) {
            throw new IllegalArgumentException("A percentile is from 0 to 100, not " + p);
        }
        if (values.length == 0) {
            return OptionalDouble.empty();
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double rank = p / 100.0 * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        double fraction = rank - below;
        return OptionalDouble.of(sorted[below] + (sorted[above] - sorted[below]) * fraction);
    }

    public static OptionalDouble median(double[] values) {
        return of(values, 50);
    }

    /** The share of values at or below {@code limit}, from 0 to 1; empty when there are none. */
    public static OptionalDouble shareWithin(double[] values, double limit) {
        if (values.length == 0) {
            return OptionalDouble.empty();
        }
        long within = Arrays.stream(values).filter(v -> v <= limit).count();
        return OptionalDouble.of((double) within / values.length);
    }
}
