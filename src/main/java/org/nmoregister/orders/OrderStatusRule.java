package org.nmoregister.orders;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Derives an order's status at an instant. Plain Java: the rule breaches are judged by.
 * <ul>
 *   <li>before it was made there is no order;</li>
 *   <li>discharge and expiry end it (an order ending "at 4pm" no longer applies at 4pm);</li>
 *   <li>otherwise it binds the respondent only once served or made aware (FPR 2010; FLA 1996 s.42A(2)), judged
 *       on every service record known now, since a service learned of later was still a service at the time.</li>
 * </ul>
 */
public final class OrderStatusRule {

    /** A domestic abuse protection notice lasts 48 hours from when it was given (Domestic Abuse Act 2021 s.22). */
    static final Duration DAPN_LIFETIME = Duration.ofHours(48);

    private OrderStatusRule() {
    }

    /**
     * @param version      the order's version in effect at {@code at}
     * @param knownService every service record known now (from the latest version)
     * @return the status, or empty when the order had not been made at {@code at}
     */
    public static Optional<OrderStatus> statusAt(OrderDetails version, List<ServiceRecord> knownService, Instant at) {
        return timeline(version, knownService).statusAt(at);
    }

    /** The instants the status turns on, for read models that keep no more of the order than they need. */
    public static Timeline timeline(OrderDetails version, List<ServiceRecord> knownService) {
        return new Timeline(version.madeAt(), endOf(version).orElse(null), version.dischargedAt(),
                knownService.stream().map(ServiceRecord::servedAt).filter(java.util.Objects::nonNull)
                        .min(Instant::compareTo).orElse(null));
    }

    /**
     * @param servedAt the first service or awareness known, or null
     */
    public record Timeline(Instant madeAt, Instant endsAt, Instant dischargedAt, Instant servedAt) {

        public Optional<OrderStatus> statusAt(Instant at) {
            if (madeAt != null && at.isBefore(madeAt)) {
                return Optional.empty();
            }
            if (dischargedAt != null && !at.isBefore(dischargedAt)) {
                return Optional.of(OrderStatus.DISCHARGED);
            }
            if (endsAt != null && !at.isBefore(endsAt)) {
                return Optional.of(OrderStatus.EXPIRED);
            }
            return Optional.of(servedAt != null && !servedAt.isAfter(at) ? OrderStatus.IN_FORCE
                    : OrderStatus.PENDING_SERVICE);
        }
    }

    /** How an order stopped, or will stop, applying: discharged or expired, and when. */
    public record Ending(Instant at, OrderStatus how) {
    }

    /**
     * When the order stops applying, by discharge or by its own end, whichever comes first; empty when it lasts
     * until further order and has not been discharged. Nothing can be served on, varied, extended or discharged
     * from that instant on: what happened before it (a service or variation recorded late) still can be. An order
     * that lasts until the return hearing has no such end when the hearing's listed time passes: the court decides
     * at the hearing (often hours later, or on an adjourned day) whether it continues, is extended or varied, and the
     * register may hear of that afterwards.
     */
    public static Optional<Ending> ending(OrderDetails version) {
        Instant ends = version.duration() == DurationKind.UNTIL_NEXT_HEARING ? null : endOf(version).orElse(null);
        Instant discharged = version.dischargedAt();
        if (discharged != null && (ends == null || !ends.isBefore(discharged))) {
            return Optional.of(new Ending(discharged, OrderStatus.DISCHARGED));
        }
        return Optional.ofNullable(ends).map(at -> new Ending(at, OrderStatus.EXPIRED));
    }

    /** When the order ends by its own terms, if it says. */
    public static Optional<Instant> endOf(OrderDetails order) {
        if (order.duration() == null) {
            return Optional.ofNullable(order.endsAt());
        }
        return switch (order.duration()) {
            case UNTIL_DATE -> Optional.ofNullable(order.endsAt());
            case UNTIL_NEXT_HEARING -> Optional.ofNullable(order.returnHearing()).map(ReturnHearing::at)
                    .or(() -> Optional.ofNullable(order.endsAt()));
            case UNTIL_FURTHER_ORDER -> order.orderType() == OrderType.DAPN && order.madeAt() != null
                    ? Optional.of(order.madeAt().plus(DAPN_LIFETIME)) : Optional.empty();
        };
    }
}
