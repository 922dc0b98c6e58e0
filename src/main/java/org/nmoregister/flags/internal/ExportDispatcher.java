package org.nmoregister.flags.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends due marker changes to their targets and records what each acknowledged; a failure is retried with back-off,
 * a file that is never acknowledged is dropped again. Exports are locked row by row ({@code skip locked}), so several
 * instances can dispatch at once without sending anything twice.
 */
@Service
public class ExportDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ExportDispatcher.class);
    private static final Duration ACK_POLL = Duration.ofSeconds(15);

    private final MarkerExportRepository exports;
    private final ExportAdapters adapters;
    private final ExportProperties properties;
    private final Clock clock;

    ExportDispatcher(MarkerExportRepository exports, ExportAdapters adapters, ExportProperties properties,
                     Clock clock) {
        this.exports = exports;
        this.adapters = adapters;
        this.properties = properties;
        this.clock = clock;
    }

    /** One pass over due exports; returns how many were acknowledged in it. */
    @Transactional
    public int dispatch() {
        Instant now = clock.instant();
        Map<String, ExportProperties.Target> targets = properties.targets().stream()
                .collect(Collectors.toMap(ExportProperties.Target::name, Function.identity()));
        int acknowledged = 0;
        for (MarkerExportEntity export : exports.lockDue(now, 200)) {
            ExportProperties.Target target = targets.get(export.target);
            if (target == null) {
                export.lastError = "target " + export.target + " is no longer configured";
                export.nextAttemptAt = now.plus(properties.retryMax());
                continue;
            }
            if (MarkerExportEntity.SENT.equals(export.status)) {
                var ack = adapters.acknowledgement(target, export);
                if (ack.isPresent()) {
                    acknowledge(export, ack.get(), now);
                    acknowledged++;
                } else if (export.sentAt.plus(properties.acknowledgementTimeout()).isBefore(now)) {
                    export.status = MarkerExportEntity.PENDING;
                    export.lastError = "not acknowledged within " + properties.acknowledgementTimeout();
                    export.nextAttemptAt = now;
                } else {
                    export.nextAttemptAt = now.plus(ACK_POLL);
                }
                continue;
            }
            export.attempts++;
            var outcome = adapters.send(target, export);
            if (outcome.acknowledged()) {
                export.sentAt = now;
                acknowledge(export, outcome.reference(), now);
                acknowledged++;
            } else if (outcome.sent()) {
                export.status = MarkerExportEntity.SENT;
                export.sentAt = now;
                export.lastError = null;
                export.nextAttemptAt = now.plus(ACK_POLL);
            } else {
                export.lastError = outcome.error() == null ? null
                        : outcome.error().substring(0, Math.min(1000, outcome.error().length()));
                export.nextAttemptAt = now.plus(properties.backoff(export.attempts));
                log.warn("Marker export {} to {} failed (attempt {}): {}", export.id, export.target,
                        export.attempts, outcome.error());
            }
        }
        return acknowledged;
    }

    private static void acknowledge(MarkerExportEntity export, String reference, Instant now) {
        export.status = MarkerExportEntity.ACKNOWLEDGED;
        export.acknowledgedAt = now;
        export.acknowledgement = reference;
        export.lastError = null;
    }
}
