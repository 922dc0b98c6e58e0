package org.nmoregister.safeguarding.internal;

import org.nmoregister.safeguarding.TaskKind;
import org.nmoregister.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Planning for an order's end is done on its own page, where the decision is recorded; the API carries the plan. */
@Component
class ExpiryWork implements TaskWork {

    private final ExpiryPlanning planning;

    ExpiryWork(ExpiryPlanning planning) {
        this.planning = planning;
    }

    @Override
    public TaskKind kind() {
        return TaskKind.EXPIRY_PLANNING;
    }

    @Override
    public String workPage(TaskEntity task) {
        return "/safeguarding/expiry/" + task.id;
    }

    @Override
    public Object detail(TaskEntity task, CurrentUser user) {
        return planning.viewOf(task.id, user.forceId());
    }
}
