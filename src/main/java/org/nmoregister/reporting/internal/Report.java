package org.nmoregister.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.platform.web.UkTime;
import org.nmoregister.reporting.rules.Suppression;

/**
 * The figures for a force (or one of its districts) over a date range, in sections, each figure a table that a chart
 * draws. Counts, rates and times only: no figure carries a name, and in a district (or a breakdown by district) every
 * count goes through {@link Suppression}.
 */
public record Report(Scope scope, List<Section> sections, Instant generatedAt) {

    /**
     * @param from             the first day, in UK time
     * @param to               the last day, included
     * @param servedWithinDays the "served within N days" figure's N
     */
    public record Scope(UUID forceId, String forceName, UUID districtId, String districtName, LocalDate from,
                        LocalDate to, int servedWithinDays) {

        public Instant start() {
            return from.atStartOfDay(UkTime.LONDON).toInstant();
        }

        /** The instant after the last day. */
        public Instant end() {
            return to.plusDays(1).atStartOfDay(UkTime.LONDON).toInstant();
        }

        /** The small-number rule applies to a district's figures. */
        public boolean suppress() {
            return districtId != null;
        }

        public String area() {
            return districtName == null ? forceName : districtName + " (" + forceName + ")";
        }
    }

    public record Section(String id, String title, List<Figure> figures) {
    }

    public sealed interface Figure permits Counts, Times {
        String id();

        String title();

        /** What is counted, in a sentence. */
        String description();

        /** "counts" or "times": which chart and table the page draws. */
        String kind();
    }

    /** Counts by row; the total is shown only where the rows are parts of one whole. */
    public record Counts(String id, String title, String description, List<Row> rows, Suppression.Cell total,
                         boolean showTotal) implements Figure {

        @Override
        public String kind() {
            return "counts";
        }

        public record Row(String key, String label, Suppression.Cell cell) {
        }

        /** The chart's bars: each row's share of the longest, from 0 to 100 (no bar when not shown). */
        public List<Bar> bars() {
            long max = rows.stream().filter(r -> r.cell().shown()).mapToLong(r -> r.cell().count()).max().orElse(0);
            List<Bar> bars = new ArrayList<>();
            for (Row row : rows) {
                double width = !row.cell().shown() || max == 0 ? 0 : 80.0 * row.cell().count() / max;
                bars.add(new Bar(row.label(), row.cell().text(), width));
            }
            return bars;
        }

        /** A row's share of the total, in words ("42%"), or empty when either is not shown. */
        public String share(Row row) {
            if (!showTotal || !row.cell().shown() || !total.shown() || total.count() == 0) {
                return "";
            }
            return Math.round(100.0 * row.cell().count() / total.count()) + "%";
        }

        public Optional<Row> row(String key) {
            return rows.stream().filter(r -> r.key().equals(key)).findFirst();
        }
    }

    /** A bar of a chart: its label, the value in words, and its length as a percentage of the chart's width. */
    public record Bar(String label, String text, double width) {

        public String length() {
            return String.format(java.util.Locale.ROOT, "%.2f%%", width);
        }

        /** Where the value's words start: just past the bar's end. */
        public String after() {
            return String.format(java.util.Locale.ROOT, "%.2f%%", width + 1);
        }
    }

    /** Times from one event to another: how many, the median and the 90th percentile, against a target. */
    public record Times(String id, String title, String description, List<TimeRow> rows) implements Figure {

        @Override
        public String kind() {
            return "times";
        }

        /** The chart's bars, two per row (median and 90th percentile), scaled to the longest time or target. */
        public List<TimeBars> bars() {
            double max = 0;
            for (TimeRow r : rows) {
                if (!r.suppressed()) {
                    max = Math.max(max, r.p90Hours() == null ? 0 : r.p90Hours());
                    max = Math.max(max, r.targetHours() == null ? 0 : r.targetHours());
                }
            }
            List<TimeBars> bars = new ArrayList<>();
            for (TimeRow r : rows) {
                bars.add(new TimeBars(r.label(),
                        bar("Median", r.suppressed() ? null : r.medianHours(), max, r),
                        bar("90th percentile", r.suppressed() ? null : r.p90Hours(), max, r),
                        r.suppressed() || r.targetHours() == null || max == 0 ? null
                                : String.format(java.util.Locale.ROOT, "%.2f%%", 80.0 * r.targetHours() / max)));
            }
            return bars;
        }

        private static Bar bar(String what, Double hours, double max, TimeRow r) {
            String text = r.suppressed() ? Suppression.FEWER_THAN_5 + " cases"
                    : hours == null ? "none" : TimeRow.hours(hours);
            return new Bar(what, what + ": " + text, hours == null || max == 0 ? 0 : 80.0 * hours / max);
        }
    }

    /** One chart row of a time figure: the bars and where the target falls (null when there is none). */
    public record TimeBars(String label, Bar median, Bar p90, String target) {
    }

    /**
     * @param count             how many cases the times are from
     * @param shareWithinTarget the share within the target, 0 to 1 (null when no target or no cases)
     * @param suppressed        too few cases in a district to show the times
     */
    public record TimeRow(String key, String label, long count, Double medianHours, Double p90Hours,
                          Double targetHours, Double shareWithinTarget, boolean suppressed) {

        public String countText() {
            return suppressed ? Suppression.FEWER_THAN_5 : Long.toString(count);
        }

        public String medianText() {
            return suppressed ? "" : medianHours == null ? "none" : hours(medianHours);
        }

        public String p90Text() {
            return suppressed ? "" : p90Hours == null ? "none" : hours(p90Hours);
        }

        public String targetText() {
            return targetHours == null ? "no target" : hours(targetHours);
        }

        public String withinText() {
            return suppressed || shareWithinTarget == null ? "" : Math.round(shareWithinTarget * 100) + "%";
        }

        static String hours(double hours) {
            if (hours < 1) {
                return Math.round(hours * 60) + " minutes";
            }
            if (hours < 48) {
                return String.format(java.util.Locale.ROOT, "%.1f hours", hours);
            }
            return String.format(java.util.Locale.ROOT, "%.1f days", hours / 24);
        }
    }

    public Optional<Figure> figure(String id) {
        return sections.stream().flatMap(s -> s.figures().stream()).filter(f -> f.id().equals(id)).findFirst();
    }

    public Counts counts(String id) {
        return (Counts) figure(id).orElseThrow();
    }

    public Times times(String id) {
        return (Times) figure(id).orElseThrow();
    }
}
