package org.nmoregister.retention.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the retention sweep every night, on one instance only. */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionSweep sweep;

    RetentionJob(RetentionSweep sweep) {
        this.sweep = sweep;
    }

    @Scheduled(cron = "${nmo.retention.sweep-cron:0 30 2 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "retention-sweep", lockAtMostFor = "PT2H")
    void run() {
        long start = System.nanoTime();
        var result = sweep.sweep();
        log.info("Retention sweep: {} facts read, {} cases scheduled, {} due for review, in {} ms", result.facts(),
                result.cases(), result.due(), (System.nanoTime() - start) / 1_000_000);
    }
}
