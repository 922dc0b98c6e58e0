package org.nmoregister.safeguarding.internal;

import java.util.Map;
import org.nmoregister.safeguarding.TaskKind;
import org.nmoregister.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * A safety-plan review is done with the order in front of the reviewer (its page lists the plan's measures once
 * safety plans are kept here); the API's detail says what prompted it.
 */
@Component
class SafetyPlanReviewWork implements TaskWork {

    @Override
    public TaskKind kind() {
        return TaskKind.SAFETY_PLAN_REVIEW;
    }

    @Override
    public String workPage(TaskEntity task) {
        return "/orders/" + task.orderId;
    }

    @Override
    public Object detail(TaskEntity task, CurrentUser user) {
        return Map.of("prompt", SafetyPlanReviews.why(task));
    }
}
