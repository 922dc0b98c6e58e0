package org.nmoregister.orders.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.terms.TermsReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads stored versions' terms after the fact: those never read (recorded before readings were stored) and, when
 * asked, those read with older rules. Each version is written in one statement that sets the reading, its shape,
 * the rules' version and the time together, so a version is read whole or not at all, and a process stopped half-way
 * leaves the rest for the next run.
 */
@Component
class VersionRereader {

    private static final Logger log = LoggerFactory.getLogger(VersionRereader.class);
    private static final int BATCH = 200;

    private final OrderVersionRepository versions;
    private final DetailsJson json;
    private final VersionReading reading;
    private final TransactionTemplate transactions;
    private final Clock clock;

    VersionRereader(OrderVersionRepository versions, DetailsJson json, VersionReading reading,
                    TransactionTemplate transactions, Clock clock) {
        this.versions = versions;
        this.json = json;
        this.reading = reading;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Reads every version not yet read, and with {@code reread} every version read with older rules than the
     * current ones. Returns how many versions of each force were read.
     */
    Map<UUID, Integer> readAll(boolean reread) {
        Map<UUID, Integer> perForce = new LinkedHashMap<>();
        Set<String> failed = new HashSet<>();
        while (true) {
            var batch = versions.toRead(reread, TermsReader.PARSER_VERSION, BATCH + failed.size());
            int progress = 0;
            for (Object[] row : batch) {
                UUID orderId = (UUID) row[0];
                int version = ((Number) row[1]).intValue();
                UUID forceId = (UUID) row[2];
                if (failed.contains(orderId + "/" + version)) {
                    continue;
                }
                try {
                    Integer stored = transactions.execute(status -> {
                        var entity = versions.findByOrderIdAndVersion(orderId, version).orElseThrow();
                        var read = reading.read(json.read(entity.details));
                        return versions.storeReading(orderId, version, reading.stored(read),
                                TermsReader.SHAPE_VERSION, read.parserVersion(), clock.instant());
                    });
                    perForce.merge(forceId, stored == null ? 0 : stored, Integer::sum);
                    progress++;
                } catch (RuntimeException e) {
                    // left unread (and read on demand) rather than stopping every other version being read
                    failed.add(orderId + "/" + version);
                    log.warn("Could not read the terms of order {} version {}: {}", orderId, version,
                            e.getClass().getSimpleName());
                }
            }
            if (progress == 0) {
                return perForce;
            }
        }
    }
}
