package org.nmoregister.breaches.internal;

import java.util.ArrayList;
import java.util.List;
import org.nmoregister.platform.web.ToDoSource;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Breaches waiting on someone: for an officer, the open breaches they reported and the supervisors' directions on them
 * waiting for an answer; for a supervisor, the review queue, crime recording past its target, suspects not yet
 * arrested, and the weekly dip sample. Each counted by the rule of the list it links to.
 */
@Component
@Order(5) // before quality: a supervisor's first work is the breaches
class BreachesToDo implements ToDoSource {

    static final String YOURS = "Your breaches";
    static final String SUPERVISION = "Breaches to supervise";

    private final BreachFiles files;
    private final BreachSupervision supervision;
    private final DipSampling sampling;
    private final CurrentUsers currentUsers;

    BreachesToDo(BreachFiles files, BreachSupervision supervision, DipSampling sampling, CurrentUsers currentUsers) {
        this.files = files;
        this.supervision = supervision;
        this.sampling = sampling;
        this.currentUsers = currentUsers;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ToDo> toDo() {
        var user = currentUsers.require();
        List<ToDo> toDo = new ArrayList<>();
        if (user.has(Role.OFFICER)) {
            toDo.add(new ToDo(YOURS, files.count(BreachView.YOURS), "breach you reported, still open",
                    "breaches you reported, still open", "/breaches?show=yours", false));
            toDo.add(new ToDo(YOURS, files.count(BreachView.YOUR_DIRECTIONS),
                    "breach with a supervisor's direction to answer",
                    "breaches with a supervisor's direction to answer", "/breaches?show=your-directions", true));
        }
        if (user.has(Role.SUPERVISOR)) {
            toDo.add(new ToDo(SUPERVISION, supervision.reviewQueueSize(), "breach in the supervisor queue",
                    "breaches in the supervisor queue", "/breaches/review", false));
            toDo.add(new ToDo(SUPERVISION, files.count(BreachView.CRIME_OVERDUE), "crime record overdue",
                    "crime records overdue", "/breaches?show=crime-overdue", true));
            toDo.add(new ToDo(SUPERVISION, files.count(BreachView.NOT_ARRESTED), "suspect not yet arrested",
                    "suspects not yet arrested", "/breaches?show=not-arrested", true));
            toDo.add(new ToDo(SUPERVISION, sampling.sampleFor(sampling.lastCompleteWeek()).isPresent() ? 0 : 1,
                    "dip sample to draw for last week", "dip samples to draw", "/breaches/dip-sampling", false));
            toDo.add(new ToDo(SUPERVISION, sampling.report().stream()
                    .mapToLong(DipSampling.WeekFindings::awaitingReview).sum(), "sampled breach to review",
                    "sampled breaches to review", "/breaches/dip-sampling", false));
        }
        return toDo;
    }
}
