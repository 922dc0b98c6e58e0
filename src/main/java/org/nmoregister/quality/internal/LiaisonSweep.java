package org.nmoregister.quality.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the liaison sweep once a day, on one instance only. */
@Component
class LiaisonSweep {

    private static final Logger log = LoggerFactory.getLogger(LiaisonSweep.class);

    private final LiaisonService liaison;

    LiaisonSweep(LiaisonService liaison) {
        this.liaison = liaison;
    }

    @Scheduled(cron = "${nmo.liaison.sweep-cron:0 0 7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "liaison-sweep", lockAtMostFor = "PT30M")
    void run() {
        var result = liaison.sweep();
        log.info("Liaison sweep: {} CONFIRM_CURRENT and {} CONFIRM_SERVICE requests raised, {} reminders sent",
                result.confirmCurrentRaised(), result.confirmServiceRaised(), result.remindersSent());
    }
}
