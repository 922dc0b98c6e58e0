package org.nmoregister.intake.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.nmoregister.intake.NotificationStatus;
import org.nmoregister.platform.web.ToDoSource;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The point of contact's first work: the force's notifications waiting for triage, and those past the triage target.
 * Counted as the queue lists them (open: new or in review). Supervisors can open the queue but do not triage, so
 * their start page leaves it out.
 */
@Component
@Order(10)
class NotificationsToDo implements ToDoSource {

    static final String HEADING = "Notifications from the courts";

    private final NotificationRepository notifications;
    private final NotificationService service;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    NotificationsToDo(NotificationRepository notifications, NotificationService service, CurrentUsers currentUsers,
                      Clock clock) {
        this.notifications = notifications;
        this.service = service;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ToDo> toDo() {
        var user = currentUsers.require();
        if (!user.has(Role.POINT_OF_CONTACT)) {
            return List.of();
        }
        var open = EnumSet.of(NotificationStatus.NEW, NotificationStatus.IN_REVIEW);
        long waiting = notifications.countByForceIdAndStatusIn(user.forceId(), open);
        long late = notifications.countByForceIdAndStatusInAndReceivedAtBefore(user.forceId(), open,
                clock.instant().minus(service.triageTarget()));
        return List.of(
                new ToDo(HEADING, waiting, "notification to triage", "notifications to triage", "/notifications",
                        false),
                new ToDo(HEADING, late, "notification past the triage target", "notifications past the triage target",
                        "/notifications?show=overdue", true));
    }
}
