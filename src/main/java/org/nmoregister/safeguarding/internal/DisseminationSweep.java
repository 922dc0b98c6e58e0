package org.nmoregister.safeguarding.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Escalates briefings not acknowledged in time, every few minutes, on one instance at a time. */
@Component
class DisseminationSweep {

    private static final Logger log = LoggerFactory.getLogger(DisseminationSweep.class);

    private final Dissemination dissemination;

    DisseminationSweep(Dissemination dissemination) {
        this.dissemination = dissemination;
    }

    @Scheduled(fixedDelayString = "${nmo.safeguarding.briefing.sweep-interval:PT5M}",
            initialDelayString = "${nmo.safeguarding.briefing.sweep-interval:PT5M}")
    @SchedulerLock(name = "safeguarding-briefing-escalation", lockAtMostFor = "PT30M")
    void run() {
        int escalated = dissemination.escalateOverdue();
        if (escalated > 0) {
            log.info("Briefing sweep: {} briefings not acknowledged in time escalated", escalated);
        }
    }
}
