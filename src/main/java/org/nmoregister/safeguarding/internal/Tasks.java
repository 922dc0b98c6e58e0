package org.nmoregister.safeguarding.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.platform.TextLimits;
import org.nmoregister.safeguarding.TaskKind;
import org.nmoregister.safeguarding.TaskStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place safeguarding tasks are made and moved through their states, each change with its line of history.
 * Every kind of work (briefings, victim contact, safety plans, expiry) goes through here, so a task is made once
 * whatever made it, and the workbench and the API read one table.
 */
@Service
public class Tasks {

    /** Who the history names when an event or a sweep acted, not a person. */
    static final String SYSTEM = "system";
    static final int OUTCOME_LIMIT = 4000;

    private final TaskRepository tasks;
    private final TaskHistoryRepository history;
    private final Clock clock;

    Tasks(TaskRepository tasks, TaskHistoryRepository history, Clock clock) {
        this.tasks = tasks;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Makes the task unless the same one (order, kind, key) exists already, in the caller's transaction.
     *
     * @return the task's id and whether this call made it
     */
    @Transactional
    Opened open(NewTask task) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        int made = tasks.insertOnce(id, task.forceId(), task.orderId(), task.orderVersion(), task.kind().name(),
                task.dedupeKey(), task.districtId(), task.subject(), task.dueAt(), now);
        if (made == 1) {
            history.save(new TaskHistoryEntity(id, now, SYSTEM, TaskAction.CREATED, null));
            return new Opened(id, true);
        }
        TaskEntity existing = tasks.findByOrderIdAndKindAndDedupeKey(task.orderId(), task.kind(), task.dedupeKey())
                .orElseThrow(() -> new IllegalStateException("a task said to exist was not found"));
        return new Opened(existing.id, false);
    }

    /** A task of the user's force, or not found (another force's task is not found, not forbidden). */
    @Transactional(readOnly = true)
    TaskEntity get(UUID id, UUID forceId) {
        return tasks.findByIdAndForceId(id, forceId).orElseThrow(() -> new NotFoundException("safeguarding task"));
    }

    /** A task by id whatever its force: for rows already read scoped to the user's force. */
    @Transactional(readOnly = true)
    TaskEntity byId(UUID id) {
        return tasks.findById(id).orElseThrow(() -> new NotFoundException("safeguarding task"));
    }

    @Transactional(readOnly = true)
    List<TaskHistoryEntity> historyOf(UUID taskId) {
        return history.findByTaskIdOrderByAt(taskId);
    }

    /** Records a step that does not change the task's state (an attempt, an assignment), with its note. */
    @Transactional
    void note(UUID id, UUID forceId, String actor, TaskAction action, String note) {
        TextLimits.atMost("note", note, OUTCOME_LIMIT);
        TaskEntity task = outstanding(id, forceId);
        if (action == TaskAction.ASSIGNED) {
            task.assignedTo = actor;
        }
        history.save(new TaskHistoryEntity(task.id, clock.instant(), actor, action, note));
    }

    /** Closes an outstanding task as done or cancelled, with what was done or why it is not needed. */
    @Transactional
    void close(UUID id, UUID forceId, String actor, TaskStatus status, String outcome) {
        if (status != TaskStatus.DONE && status != TaskStatus.CANCELLED) {
            throw new IllegalArgumentException("a task closes as done or cancelled");
        }
        TextLimits.atMost("outcome", outcome, OUTCOME_LIMIT);
        TaskEntity task = outstanding(id, forceId);
        Instant now = clock.instant();
        task.status = status;
        task.closedAt = now;
        task.closedBy = actor;
        task.outcome = outcome;
        history.save(new TaskHistoryEntity(task.id, now, actor,
                status == TaskStatus.DONE ? TaskAction.DONE : TaskAction.CANCELLED, outcome));
    }

    /** Raises an open, overdue task to a supervisor; a task already escalated or closed is left as it is. */
    @Transactional
    boolean escalate(UUID id) {
        TaskEntity task = tasks.findById(id).orElseThrow(() -> new NotFoundException("safeguarding task"));
        if (task.status != TaskStatus.OPEN) {
            return false;
        }
        Instant now = clock.instant();
        task.status = TaskStatus.ESCALATED;
        task.escalatedAt = now;
        history.save(new TaskHistoryEntity(task.id, now, SYSTEM, TaskAction.ESCALATED, null));
        return true;
    }

    /** Moves an outstanding task's due time (an order's end moved, a target changed), saying why. */
    @Transactional
    void moveDue(UUID id, UUID forceId, Instant dueAt, String actor, String why) {
        TextLimits.atMost("note", why, OUTCOME_LIMIT);
        TaskEntity task = outstanding(id, forceId);
        if (!task.dueAt.equals(dueAt)) {
            task.dueAt = dueAt;
            history.save(new TaskHistoryEntity(task.id, clock.instant(), actor, TaskAction.MOVED, why));
        }
    }

    /** The outstanding tasks of one kind for an order, oldest first. */
    @Transactional(readOnly = true)
    List<TaskEntity> outstandingFor(UUID orderId, TaskKind kind) {
        return tasks.findByOrderIdAndKindAndStatusIn(orderId, kind, List.of(TaskStatus.OPEN, TaskStatus.ESCALATED));
    }

    @Transactional(readOnly = true)
    Optional<TaskEntity> find(UUID orderId, TaskKind kind, String dedupeKey) {
        return tasks.findByOrderIdAndKindAndDedupeKey(orderId, kind, dedupeKey);
    }

    private TaskEntity outstanding(UUID id, UUID forceId) {
        TaskEntity task = get(id, forceId);
        if (!task.status.outstanding()) {
            throw new ConflictException("This task is already " + task.status.label().toLowerCase() + ".");
        }
        return task;
    }

    /** The result of {@link #open}: the task's id, and whether this call made it (false: it existed). */
    record Opened(UUID id, boolean created) {
    }
}
