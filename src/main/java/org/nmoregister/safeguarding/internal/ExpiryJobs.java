package org.nmoregister.safeguarding.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The expiry-planning sweep, on one instance at a time. It is the sweep, not the listener, that notices the passing of
 * time (an order whose end comes within the lead time without any new version); each order's planning is also
 * serialised on its read-model row, so a sweep racing a listener (or a second sweep, should the lock expire) still
 * makes one task per end.
 */
@Component
class ExpiryJobs {

    private final ExpiryPlanning planning;

    ExpiryJobs(ExpiryPlanning planning) {
        this.planning = planning;
    }

    @Scheduled(fixedDelayString = "${nmo.safeguarding.expiry.interval:PT15M}",
            initialDelayString = "${nmo.safeguarding.expiry.initial-delay:PT1M}")
    @SchedulerLock(name = "safeguarding-expiry-planning", lockAtMostFor = "PT30M")
    void sweep() {
        planning.sweep();
    }
}
