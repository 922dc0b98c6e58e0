package org.nmoregister.safeguarding.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When an order needs planning for its end (an {@code EXPIRY_PLANNING} task) and when that planning is due.
 * <ul>
 *   <li>Only an order that will end by its own terms needs it: one with an end date (or a domestic abuse protection
 *       notice's 48 hours). An order until further order, or until the return hearing, has no end to plan for until
 *       the court says (orders.OrderStatusRule.ending()); a discharged order has ended by the court's decision and
 *       there is nothing to apply for before it.</li>
 *   <li>It needs it from {@code lead} before the end (default 28 days: time to consult the victim and for the
 *       applicant to apply on FL403 and be heard) until the end itself, while the order is made and not ended (in
 *       force or waiting for service: an order not yet served still ends on its date).</li>
 *   <li>The decision is due {@code decisionMargin} before the end (default 7 days), so an application can reach the
 *       court before the order lapses; an order found already inside that margin is due at its end.</li>
 * </ul>
 */
public final class ExpiryRule {

    private final Duration lead;
    private final Duration decisionMargin;

    public ExpiryRule(Duration lead, Duration decisionMargin) {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(decisionMargin, "decisionMargin");
        if (lead.isNegative() || lead.isZero()) {
            throw new IllegalArgumentException("planning starts some time before an order's end");
        }
        if (decisionMargin.isNegative() || decisionMargin.compareTo(lead) > 0) {
            throw new IllegalArgumentException("the decision is due between the start of planning and the end");
        }
        this.lead = lead;
        this.decisionMargin = decisionMargin;
    }

    public Duration lead() {
        return lead;
    }

    /**
     * The end there is to plan for: the order's own end when it has one and is not discharged before (or at) it.
     *
     * @param endsAt       the order's end by its own terms (null: none)
     * @param dischargedAt when the court discharged it (null: not discharged)
     */
    public static Optional<Instant> endToPlanFor(Instant endsAt, Instant dischargedAt) {
        if (endsAt == null || dischargedAt != null && !dischargedAt.isAfter(endsAt)) {
            return Optional.empty();
        }
        return Optional.of(endsAt);
    }

    /**
     * When the planning for this end is due, if the order needs planning now; empty when it does not (no end, not
     * yet made, more than {@code lead} before the end, or ended).
     *
     * @param madeAt when the order was made (null: taken as made)
     */
    public Optional<Instant> dueAt(Instant madeAt, Instant endsAt, Instant dischargedAt, Instant now) {
        Objects.requireNonNull(now, "now");
        Optional<Instant> end = endToPlanFor(endsAt, dischargedAt);
        if (end.isEmpty() || madeAt != null && now.isBefore(madeAt) || !now.isBefore(end.get())
                || now.isBefore(end.get().minus(lead))) {
            return Optional.empty();
        }
        Instant due = end.get().minus(decisionMargin);
        return Optional.of(due.isAfter(now) ? due : end.get());
    }

    /** Whether an order that ended at {@code endsAt} lapsed by its own terms (rather than being discharged) by now. */
    public static boolean lapsed(Instant endsAt, Instant dischargedAt, Instant now) {
        return endToPlanFor(endsAt, dischargedAt).map(end -> !now.isBefore(end)).orElse(false);
    }
}
