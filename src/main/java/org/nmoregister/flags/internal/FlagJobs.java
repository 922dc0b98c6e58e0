package org.nmoregister.flags.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The two flag jobs, each on one instance at a time. Withdrawal runs every few seconds and back-dates each
 * withdrawal to the order's exact end; lookups also treat a marker past its end as withdrawn, so no one sees a
 * flag for an order that has ended, whichever instance they ask.
 */
@Component
class FlagJobs {

    private final MarkerService markers;
    private final ExportDispatcher dispatcher;

    FlagJobs(MarkerService markers, ExportDispatcher dispatcher) {
        this.markers = markers;
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${nmo.flags.withdrawal-interval:PT5S}")
    @SchedulerLock(name = "marker-withdrawal", lockAtMostFor = "PT5M")
    void withdrawEnded() {
        markers.withdrawEnded();
    }

    @Scheduled(fixedDelayString = "${nmo.flags.export.interval:PT10S}")
    @SchedulerLock(name = "marker-export", lockAtMostFor = "PT10M")
    void dispatch() {
        dispatcher.dispatch();
    }
}
