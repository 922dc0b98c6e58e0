package org.nmoregister.retention.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nmoregister.retention.CaseFact;
import org.nmoregister.retention.RecordKind;

/**
 * A force's retention schedule and the rule for when a case is due for review. Plain Java.
 *
 * <p>A case (an order and everything attached to it) is reviewed as a whole, so it is due when every kind of record
 * it holds is due: the latest of each kind's trigger plus its period. While the order has no end (until further
 * order, or its end is still to come) nothing in the case is due, whatever the other clocks say: a live order is
 * never put up for disposal. Kinds disposed of without review (monitoring points) do not hold the case back.
 *
 * <p>The case's access-log entries are kept as long as the records they log (DPA 2018 s.62), so their clock runs
 * from the latest point any of the case's record kinds starts its own clock (the order's end, the last breach
 * outcome, the last assessment...), not from the time of the last row written: an order entered or corrected today,
 * whose kind runs from the order's end, does not start a new six years through its log. A force that keeps logs
 * longer than the records gives the access log a longer period.
 */
public record RetentionSchedule(Map<RecordKind, Rule> rules) {

    public RetentionSchedule {
        rules = Map.copyOf(rules);
    }

    /** One line of the schedule. */
    public record Rule(RecordKind kind, ReviewTrigger trigger, int months, boolean disposeWithoutReview,
                       String basis) {
    }

    public static RetentionSchedule of(List<Rule> rules) {
        Map<RecordKind, Rule> byKind = new EnumMap<>(RecordKind.class);
        rules.forEach(r -> byKind.put(r.kind(), r));
        return new RetentionSchedule(byKind);
    }

    /** When the case is due for review, or empty when it is not yet known (the order has no end, or is not held). */
    public Optional<Instant> dueAt(List<CaseFact> facts) {
        CaseFact order = facts.stream().filter(f -> f.kind() == RecordKind.ORDER).findFirst().orElse(null);
        if (order == null || order.openEnded() || order.endsAt() == null) {
            return Optional.empty();
        }
        Instant lastClockStart = order.endsAt();
        Instant due = null;
        for (CaseFact fact : facts) {
            Rule rule = rules.get(fact.kind());
            if (rule == null || rule.disposeWithoutReview()) {
                continue;
            }
            Instant start = start(rule.trigger(), fact, order.endsAt());
            lastClockStart = later(lastClockStart, start);
            due = later(due, plus(start, rule.months()));
        }
        Rule log = rules.get(RecordKind.ACCESS_LOG);
        if (log != null && !log.disposeWithoutReview()) {
            Instant start = log.trigger() == ReviewTrigger.ORDER_END ? order.endsAt() : lastClockStart;
            due = later(due, plus(start, log.months()));
        }
        return Optional.ofNullable(due);
    }

    /** Whether a case is in the reviewer's queue now: due, and past any next review a reviewer set. */
    public static boolean inQueue(Instant dueAt, Instant retainedUntil, Instant now) {
        if (dueAt == null) {
            return false;
        }
        Instant from = retainedUntil != null && retainedUntil.isAfter(dueAt) ? retainedUntil : dueAt;
        return !now.isBefore(from);
    }

    /** Whether a case may be disposed of now: in the queue, and under no legal hold. */
    public static boolean mayDispose(Instant dueAt, Instant retainedUntil, int activeHolds, Instant now) {
        return activeHolds == 0 && inQueue(dueAt, retainedUntil, now);
    }

    private static Instant start(ReviewTrigger trigger, CaseFact fact, Instant orderEnd) {
        return switch (trigger) {
            case CREATED -> fact.firstAt();
            case LAST_RECORD, LAST_BREACH_OUTCOME -> fact.lastAt();
            case ORDER_END -> orderEnd;
        };
    }

    static Instant plus(Instant start, int months) {
        return start.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
