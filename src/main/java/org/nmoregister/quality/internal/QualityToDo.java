package org.nmoregister.quality.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.nmoregister.platform.web.ToDoSource;
import org.nmoregister.quality.QualityStatus;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The point of contact's checking and chasing, and the supervisor's overrides: versions waiting for quality assurance,
 * those an error finding blocks (only a supervisor's override with a reason gets past one), unserved orders whose
 * return hearing is near, and questions to courts waiting for an answer and past their due date. Each counted as the
 * quality pages list it.
 */
@Component
@Order(20)
class QualityToDo implements ToDoSource {

    static final String ASSURANCE = "Quality assurance";
    static final String COURTS = "Service and the courts";
    private static final List<QualityStatus> WAITING = List.of(QualityStatus.PENDING_QA, QualityStatus.QUERIED);

    private final QualityReviewRepository reviews;
    private final LiaisonRequestRepository requests;
    private final OrderWatchRepository watches;
    private final QualityService quality;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    QualityToDo(QualityReviewRepository reviews, LiaisonRequestRepository requests, OrderWatchRepository watches,
                QualityService quality, CurrentUsers currentUsers, Clock clock) {
        this.reviews = reviews;
        this.requests = requests;
        this.watches = watches;
        this.quality = quality;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ToDo> toDo() {
        var user = currentUsers.require();
        if (!user.hasAny(Role.POINT_OF_CONTACT, Role.SUPERVISOR)) {
            return List.of();
        }
        var force = user.forceId();
        ToDo blocked = new ToDo(ASSURANCE, reviews.countByForceIdAndStatusInAndErrorCountGreaterThan(force, WAITING, 0),
                "blocked by an error finding", "blocked by an error finding", "/quality?show=blocked", true);
        if (!user.has(Role.POINT_OF_CONTACT)) {
            return List.of(blocked); // a supervisor's part: only an override with a reason gets past an error
        }
        Instant now = clock.instant();
        var open = LiaisonRequestEntity.Status.OPEN;
        return List.of(
                new ToDo(ASSURANCE, reviews.countByForceIdAndStatusIn(force, WAITING),
                        "order version waiting for quality assurance", "order versions waiting for quality assurance",
                        "/quality", false),
                blocked,
                new ToDo(COURTS, watches.countUnservedBeforeHearing(force, now, now.plus(quality.serviceChaseWindow())),
                        "order not served with its return hearing in the next " + days(),
                        "orders not served with their return hearing in the next " + days(),
                        "/quality?show=unserved", true),
                new ToDo(COURTS, requests.countByForceIdAndStatus(force, open),
                        "question to a court waiting for an answer", "questions to courts waiting for an answer",
                        "/quality?show=questions", false),
                new ToDo(COURTS, requests.countByForceIdAndStatusAndDueAtBefore(force, open, now),
                        "question to a court past its due date", "questions to courts past their due date",
                        "/quality?show=overdue-questions", true));
    }

    private String days() {
        long days = quality.serviceChaseWindow().toDays();
        return days == 1 ? "day" : days + " days";
    }
}
