package org.nmoregister.monitoring.duties;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily duty sweep, on one instance at a time (07:00 UK time; the risk meeting lists unmet duties from the day
 * after they fall due whether or not the sweep has run): every DAPO has its first duty, and every duty unmet past its
 * day (or met late) is raised to its owner, once.
 */
@Component
class DutyJobs {

    private final NotificationDuties duties;

    DutyJobs(NotificationDuties duties) {
        this.duties = duties;
    }

    @Scheduled(cron = "${nmo.monitoring.duties.cron:0 0 7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "monitoring-notification-duties", lockAtMostFor = "PT30M")
    void daily() {
        duties.sweep();
    }
}
