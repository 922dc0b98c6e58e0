package org.nmoregister.breaches.check;

import java.time.Instant;
import java.util.Optional;
import org.nmoregister.orders.OrderSnapshot;

/**
 * One order's history, as the check needs it: the version in effect at any instant, with the status it then had
 * (derived by {@link org.nmoregister.orders.OrderStatusRule} from every service record known now).
 */
@FunctionalInterface
public interface OrderHistory {

    /** The order as it stood at {@code at}; empty when it had not yet been made. */
    Optional<OrderSnapshot> at(Instant at);

    /**
     * The latest version known now, when the caller can say, so that the check can note a later variation; the
     * incident is still judged on {@link #at} its time. Empty by default.
     */
    default Optional<OrderSnapshot> latest() {
        return Optional.empty();
    }
}
