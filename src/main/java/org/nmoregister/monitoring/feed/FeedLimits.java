package org.nmoregister.monitoring.feed;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The feed's limits and timings ({@code nmo.monitoring.*}).
 *
 * @param maxBatch        the most points or events one request may carry
 * @param maxFuture       how far ahead of the register's clock a point's time may be (device clocks drift)
 * @param retention       how long points and events are kept; older ones are refused and deleted
 * @param signalGap       a device silent this long (no point) raises SIGNAL_LOST
 * @param maxAccuracy     the widest accuracy circle accepted, in metres
 */
@ConfigurationProperties("nmo.monitoring")
public record FeedLimits(Integer maxBatch, Duration maxFuture, Duration retention, Duration signalGap,
                         Double maxAccuracy) {

    public FeedLimits {
        maxBatch = maxBatch == null ? 5_000 : maxBatch;
        maxFuture = maxFuture == null ? Duration.ofMinutes(5) : maxFuture;
        retention = retention == null ? Duration.ofDays(90) : retention;
        signalGap = signalGap == null ? Duration.ofMinutes(15) : signalGap;
        maxAccuracy = maxAccuracy == null ? 50_000d : maxAccuracy;
    }
}
