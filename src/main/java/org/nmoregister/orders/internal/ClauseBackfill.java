package org.nmoregister.orders.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reads, at start-up, the terms of every version recorded before readings were stored with versions (V22). Until a
 * version is read it is read on demand, so nothing waits for this.
 */
@Component
class ClauseBackfill {

    private static final Logger log = LoggerFactory.getLogger(ClauseBackfill.class);

    private final VersionRereader rereader;

    ClauseBackfill(VersionRereader rereader) {
        this.rereader = rereader;
    }

    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        var read = rereader.readAll(false);
        int total = read.values().stream().mapToInt(Integer::intValue).sum();
        if (total > 0) {
            log.info("Read and stored the terms of {} order versions recorded before readings were stored", total);
        }
    }
}
