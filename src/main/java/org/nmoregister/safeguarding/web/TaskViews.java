package org.nmoregister.safeguarding.web;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.safeguarding.TaskKind;
import org.nmoregister.safeguarding.TaskStatus;
import org.nmoregister.safeguarding.internal.Districts;
import org.nmoregister.safeguarding.internal.TaskEntity;
import org.nmoregister.safeguarding.internal.TaskQueries;
import org.nmoregister.safeguarding.internal.TaskRow;
import org.nmoregister.safeguarding.internal.TaskWork;
import org.nmoregister.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * What the task API and pages share: reading the list's filters from a request (a value that is not one names the
 * parameter), finding each kind's work, and writing each look at a task to the access log.
 */
@Component
class TaskViews {

    private final TaskQueries queries;
    private final Districts districts;
    private final AccessLog accessLog;
    private final Map<TaskKind, TaskWork> work = new EnumMap<>(TaskKind.class);

    TaskViews(TaskQueries queries, Districts districts, AccessLog accessLog, List<TaskWork> works) {
        this.queries = queries;
        this.districts = districts;
        this.accessLog = accessLog;
        works.forEach(w -> work.put(w.kind(), w));
    }

    /** A task's district as the API gives it. */
    record DistrictRef(UUID id, String code, String name) {
    }

    /** A task as the API lists it. */
    record TaskSummary(UUID id, TaskKind kind, String kindLabel, TaskStatus status, String statusLabel, UUID orderId,
                       int orderVersion, DistrictRef district, String subject, Instant dueAt, boolean overdue,
                       Instant createdAt, String assignedTo, Instant escalatedAt, Instant closedAt, String closedBy,
                       String outcome, String workPage) {
    }

    TaskSummary summary(TaskRow t, Instant now) {
        return new TaskSummary(t.id(), t.kind(), t.kind().label(), t.status(), t.status().label(), t.orderId(),
                t.orderVersion(), t.districtId() == null ? null
                : new DistrictRef(t.districtId(), t.districtCode(), t.districtName()), t.subject(), t.dueAt(),
                t.overdueAt(now), t.createdAt(), t.assignedTo(), t.escalatedAt(), t.closedAt(), t.closedBy(),
                t.outcome(), workPage(t));
    }

    /** The page where the task is done: its kind's, or the task page when no module does that kind's work yet. */
    String workPage(TaskRow t) {
        TaskWork w = work.get(t.kind());
        return w == null ? "/safeguarding/tasks/" + t.id() : w.workPage(entityFor(t));
    }

    private TaskEntity entityFor(TaskRow row) {
        return queries.entityById(row.id());
    }

    Optional<TaskWork> work(TaskKind kind) {
        return Optional.ofNullable(work.get(kind));
    }

    /** The detail of the task (a briefing, a script) as the user may see it, written to the access log. */
    Object detail(CurrentUser user, UUID id) {
        TaskRow row = queries.one(user, id);
        TaskWork w = work.get(row.kind());
        Object detail = w == null ? null : w.detail(queries.entity(user, id), user);
        logLook(row);
        return detail;
    }

    /** Writes a look at one task to the access log: a briefing is a disclosure to the district. */
    void logLook(TaskRow row) {
        accessLog.record(row.kind() == TaskKind.DISSEMINATION ? AccessAction.DISCLOSE : AccessAction.VIEW, "order",
                row.orderId().toString(), null, row.kind().label() + " (safeguarding task " + row.id() + ", version "
                        + row.orderVersion() + ")");
    }

    /** The filters of a list request, each checked: a wrong value is refused naming its parameter. */
    TaskQueries.Filter filter(CurrentUser user, String orderId, String kind, String status, String district) {
        UUID order = null;
        if (orderId != null && !orderId.isBlank()) {
            try {
                order = UUID.fromString(orderId.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("orderId", "must be an order's id (a UUID)");
            }
        }
        TaskKind taskKind = parse(TaskKind.class, "kind", kind);
        TaskStatus taskStatus = parse(TaskStatus.class, "status", status);
        UUID districtId = null;
        if (district != null && !district.isBlank()) {
            districtId = districts.byCode(user.forceId(), district)
                    .orElseThrow(() -> new InvalidRequestException("district", "is not the code of one of your "
                            + "force's districts (GET /api/v1/districts lists them)")).id();
        }
        return new TaskQueries.Filter(order, taskKind, taskStatus == null ? List.of() : List.of(taskStatus),
                districtId, false);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            StringBuilder choices = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                choices.append(choices.isEmpty() ? "" : ", ").append(constant.name());
            }
            throw new InvalidRequestException(field, "must be one of " + choices);
        }
    }

    static int page(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page.strip());
            if (number < 1 || number > 100_000) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("page", "must be a whole number from 1");
        }
    }
}
