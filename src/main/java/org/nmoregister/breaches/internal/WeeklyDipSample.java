package org.nmoregister.breaches.internal;

import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.nmoregister.security.ForceDirectory;
import org.nmoregister.security.Role;
import org.nmoregister.security.SystemActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Draws each force's dip sample of last week's domestic-abuse breach records early every Monday, on one instance
 * only, so the sample is there for the supervisors' review whether or not anyone remembers to draw it. A force whose
 * supervisor has already drawn last week's sample keeps it.
 */
@Component
class WeeklyDipSample {

    private static final Logger log = LoggerFactory.getLogger(WeeklyDipSample.class);

    private final DipSampling sampling;
    private final ForceDirectory forces;
    private final SystemActions system;

    WeeklyDipSample(DipSampling sampling, ForceDirectory forces, SystemActions system) {
        this.sampling = sampling;
        this.forces = forces;
        this.system = system;
    }

    @Scheduled(cron = "${nmo.breaches.dip-sample-cron:0 0 6 * * MON}", zone = "Europe/London")
    @SchedulerLock(name = "weekly-dip-sample", lockAtMostFor = "PT30M")
    void drawLastWeek() {
        for (var force : forces.all()) {
            try {
                system.runAs(force.id(), "dip-sampling", Set.of(Role.SUPERVISOR), () -> {
                    var week = sampling.lastCompleteWeek();
                    if (sampling.sampleFor(week).isEmpty()) {
                        sampling.draw(week);
                        log.info("Dip sample drawn for {}, week of {}", force.code(), week);
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                // One force's failure must not stop the others' samples.
                log.error("Dip sample for {} could not be drawn", force.code(), e);
            }
        }
    }
}
