package org.nmoregister.reporting.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small numbers are not shown where they could identify someone: a count from 1 to 4 in a district reads "fewer than
 * 5" (primary suppression). Where a table shows its total, one hidden cell could be worked out from the total and the
 * others, so the next smallest shown count is hidden too (secondary suppression); and a total of 1 to 4 hides the
 * whole table. Zero is shown: it tells no one anything about a person. Plain Java, the one rule every district figure
 * goes through.
 */
public final class Suppression {

    /** The smallest count shown. */
    public static final int THRESHOLD = 5;
    public static final String FEWER_THAN_5 = "fewer than 5";
    public static final String HIDDEN = "not shown (it would reveal a small number)";

    private Suppression() {
    }

    /** Whether a count on its own is too small to show. */
    public static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /** One count as shown: the number, or why it is not shown. */
    public record Cell(String label, long count, Reason reason) {

        public boolean shown() {
            return reason == Reason.SHOWN;
        }

        /** The number in words for a table or a CSV. */
        public String text() {
            return switch (reason) {
                case SHOWN -> Long.toString(count);
                case SMALL -> FEWER_THAN_5;
                case REVEALING -> HIDDEN;
            };
        }

        /** The number for a chart or JSON, or null when it is not shown. */
        public Long value() {
            return shown() ? count : null;
        }
    }

    public enum Reason { SHOWN, SMALL, REVEALING }

    /** A table's cells as shown and its total as shown. */
    public record Table(List<Cell> cells, Cell total) {
    }

    /** A single count, suppressed or not. */
    public static Cell one(String label, long count, boolean suppress) {
        return new Cell(label, count, suppress && small(count) ? Reason.SMALL : Reason.SHOWN);
    }

    /**
     * The cells of a breakdown and its total.
     *
     * @param counts   each row's count, in the order shown
     * @param suppress whether the rule applies (a district's figures, or a breakdown by district)
     */
    public static Table table(Map<String, Long> counts, boolean suppress) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Cell> cells = new ArrayList<>();
        if (!suppress) {
            counts.forEach((label, n) -> cells.add(new Cell(label, n, Reason.SHOWN)));
            return new Table(cells, new Cell("Total", total, Reason.SHOWN));
        }
        if (small(total)) {
            counts.forEach((label, n) -> cells.add(new Cell(label, n, n == 0 ? Reason.SHOWN : Reason.SMALL)));
            return new Table(cells, new Cell("Total", total, Reason.SMALL));
        }
        counts.forEach((label, n) -> cells.add(new Cell(label, n, small(n) ? Reason.SMALL : Reason.SHOWN)));
        long hidden = cells.stream().filter(c -> !c.shown()).count();
        if (hidden == 1) {
            int smallest = -1;
            for (int i = 0; i < cells.size(); i++) {
                Cell c = cells.get(i);
                if (c.shown() && c.count() > 0 && (smallest < 0 || c.count() < cells.get(smallest).count())) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                Cell c = cells.get(smallest);
                cells.set(smallest, new Cell(c.label(), c.count(), Reason.REVEALING));
            }
        }
        return new Table(cells, new Cell("Total", total, Reason.SHOWN));
    }

    /** Convenience for tests and callers building a breakdown in order. */
    public static Map<String, Long> counts(Object... labelsAndCounts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < labelsAndCounts.length; i += 2) {
            counts.put((String) labelsAndCounts[i], ((Number) labelsAndCounts[i + 1]).longValue());
        }
        return counts;
    }
}
