package org.nmoregister.flags.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The systems marker changes are exported to ({@code nmo.flags.export.targets[n].*}): each is either an HTTP
 * endpoint that acknowledges with a 2xx answer, or a file drop whose consumer acknowledges each file by writing
 * {@code <id>.ack} into the acknowledgement directory.
 */
@ConfigurationProperties("nmo.flags.export")
record ExportProperties(List<Target> targets, Duration retryBase, Duration retryMax, Duration acknowledgementTimeout,
                        Duration httpTimeout) {

    ExportProperties {
        targets = targets == null ? List.of() : List.copyOf(targets);
        retryBase = retryBase == null ? Duration.ofSeconds(30) : retryBase;
        retryMax = retryMax == null ? Duration.ofHours(1) : retryMax;
        acknowledgementTimeout = acknowledgementTimeout == null ? Duration.ofHours(1) : acknowledgementTimeout;
        httpTimeout = httpTimeout == null ? Duration.ofSeconds(10) : httpTimeout;
    }

    enum Type { HTTP, FILE_DROP }

    /**
     * @param url                    for HTTP: where each change is POSTed as JSON
     * @param directory              for FILE_DROP: where each change is written as {@code <id>.json}
     * @param acknowledgementDirectory for FILE_DROP: where the consumer writes {@code <id>.ack} (default: directory)
     */
    record Target(String name, Type type, String url, String authorization, Path directory,
                  Path acknowledgementDirectory) {

        Path acknowledgements() {
            return acknowledgementDirectory != null ? acknowledgementDirectory : directory;
        }
    }

    /** Exponential back-off: base, 2×base, 4×base, … capped at the maximum. */
    Duration backoff(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        Duration delay = retryBase.multipliedBy(factor);
        return delay.compareTo(retryMax) > 0 ? retryMax : delay;
    }
}
