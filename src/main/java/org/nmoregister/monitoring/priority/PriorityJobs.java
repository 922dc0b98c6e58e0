package org.nmoregister.monitoring.priority;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The priority sweeps, on one instance at a time: suggestions worked out afresh (a risk assessment completed, a
 * breach's crime-recording target passed, a breach leaving the window: none of these is an event), and subjects whose
 * last order ended or whose review date passed put to review.
 */
@Component
class PriorityJobs {

    private final Suggestions suggestions;
    private final PrioritySubjects subjects;
    private final DemoPrioritySubjects demo;

    PriorityJobs(Suggestions suggestions, PrioritySubjects subjects, DemoPrioritySubjects demo) {
        this.suggestions = suggestions;
        this.subjects = subjects;
        this.demo = demo;
    }

    @Scheduled(fixedDelayString = "${nmo.monitoring.priority.interval:PT15M}",
            initialDelayString = "${nmo.monitoring.priority.initial-delay:PT1M}")
    @SchedulerLock(name = "monitoring-priority-sweep", lockAtMostFor = "PT30M")
    void sweep() {
        demo.ensure();
        subjects.sweep();
        suggestions.sweep();
    }
}
