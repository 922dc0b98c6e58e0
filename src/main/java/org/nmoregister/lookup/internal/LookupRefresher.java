package org.nmoregister.lookup.internal;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Builds the lookup when the application is ready and refreshes it four times a second on every instance (no
 * scheduler lock: each instance keeps its own copy).
 */
@Component
class LookupRefresher {

    private final LookupReadModel model;

    LookupRefresher(LookupReadModel model) {
        this.model = model;
    }

    @EventListener(ApplicationReadyEvent.class)
    void build() {
        model.build();
    }

    @Scheduled(fixedDelayString = "${nmo.lookup.refresh-interval:PT0.25S}")
    void refresh() {
        model.refresh();
    }
}
