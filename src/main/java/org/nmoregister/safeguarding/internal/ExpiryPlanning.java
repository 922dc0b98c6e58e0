package org.nmoregister.safeguarding.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.OrderStatusRule;
import org.nmoregister.orders.OrderVersionRecorded;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.platform.StorableTime;
import org.nmoregister.platform.web.UkTime;
import org.nmoregister.safeguarding.TaskKind;
import org.nmoregister.safeguarding.TaskStatus;
import org.nmoregister.safeguarding.rules.ExpiryRule;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Planning for an order's end: one {@link TaskKind#EXPIRY_PLANNING} task per end, made {@link ExpiryRule#lead()}
 * before it, moved when the end moves, cancelled (with the reason) when there is no longer an end to plan for soon,
 * and closed with the decision the safeguarding unit records. Orders whose end passed with no decision are listed.
 *
 * <p>The module keeps its own read model of each order's end ({@code safeguarding_order_end}), written from every
 * recorded version's {@link OrderVersionRecorded} (delivered again after a restart by the event publication
 * registry), so the sweep reads one narrow indexed table: at 100,000 orders it looks only at the few whose end is
 * within the lead time or whose task's end has moved. Each order is planned in its own transaction holding its row's
 * lock, so the listener and any number of sweeps agree on one task per end.
 */
@Service
public class ExpiryPlanning {

    private static final Logger log = LoggerFactory.getLogger(ExpiryPlanning.class);
    static final int BATCH = 500;
    static final int NOTE_LIMIT = 2000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Tasks tasks;
    private final ExpiryRule rule;
    private final Clock clock;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final SafetyPlanReviews reviews;

    ExpiryPlanning(JdbcTemplate jdbc, TransactionTemplate transactions, Tasks tasks, ExpiryRule rule, Clock clock,
                   CurrentUsers currentUsers, AccessLog accessLog, SafetyPlanReviews reviews) {
        this.reviews = reviews;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.tasks = tasks;
        this.rule = rule;
        this.clock = clock;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
    }

    /** What planning did for one order. */
    public enum Outcome { NOTHING, CREATED, MOVED, CANCELLED }

    /**
     * Keeps the order's end from the version just recorded (an older version arriving late changes nothing) and plans
     * for it at once, so an order recorded with an end already within the lead time has its task without waiting for
     * the sweep.
     */
    @ApplicationModuleListener
    void on(OrderVersionRecorded recorded) {
        remember(recorded.order());
        plan(recorded.orderId());
    }

    /** Writes the version's end into the read model unless a later version's is there already. */
    void remember(OrderSnapshot version) {
        OrderDetails details = version.details();
        // The end as orders.OrderStatusRule.ending() reads it: an order until the return hearing has no end of its own.
        Instant ends = details.duration() == DurationKind.UNTIL_NEXT_HEARING ? null
                : OrderStatusRule.endOf(details).orElse(null);
        String subject = details.applicant() == null ? null : details.applicant().name();
        jdbc.update("""
                insert into safeguarding_order_end (order_id, force_id, version, made_at, ends_at, discharged_at, court,
                                                    case_number, order_type, subject, first_seen_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (order_id) do update set version = excluded.version, made_at = excluded.made_at,
                    ends_at = excluded.ends_at, discharged_at = excluded.discharged_at, court = excluded.court,
                    case_number = excluded.case_number, order_type = excluded.order_type, subject = excluded.subject
                where safeguarding_order_end.version < excluded.version
                """, version.orderId(), version.forceId(), version.version(), ts(details.madeAt()),
                ts(StorableTime.clamp(ends)), ts(StorableTime.clamp(details.dischargedAt())), details.court(),
                details.caseNumber(), details.orderType() == null ? null : details.orderType().name(),
                subject == null ? null : subject.length() > 200 ? subject.substring(0, 200) : subject,
                ts(clock.instant()));
    }

    /**
     * Plans every order that needs it now: those whose end is within the lead time and not yet planned for, and those
     * whose outstanding task is for an end that has moved or gone. Each order in its own transaction, so one that
     * fails is tried again next time and does not hold up the rest.
     *
     * @return how many orders' planning changed
     */
    public int sweep() {
        Instant now = clock.instant();
        List<UUID> candidates = jdbc.queryForList("""
                select e.order_id from safeguarding_order_end e
                where e.discharged_at is null and e.ends_at > ? and e.ends_at <= ?
                  and e.planned_end is distinct from e.ends_at
                union
                select e.order_id from safeguarding_order_end e
                where e.discharged_at is not null and e.discharged_at > e.ends_at and e.ends_at > ? and e.ends_at <= ?
                  and e.planned_end is distinct from e.ends_at
                union
                select e.order_id from safeguarding_order_end e join safeguarding_task t on t.id = e.task_id
                where t.status in ('OPEN', 'ESCALATED')
                  and (e.planned_end is distinct from e.ends_at or e.discharged_at is not null)
                limit ?
                """, UUID.class, ts(now), ts(now.plus(rule.lead())), ts(now), ts(now.plus(rule.lead())), BATCH);
        int changed = 0;
        for (UUID orderId : candidates) {
            try {
                if (transactions.execute(status -> plan(orderId)) != Outcome.NOTHING) {
                    changed++;
                }
            } catch (RuntimeException e) {
                log.warn("Expiry planning for order {} failed; it is tried again on the next sweep", orderId, e);
            }
        }
        return changed;
    }

    /**
     * Makes, moves or cancels the order's expiry-planning task to match its end now, holding the order's row so no
     * other instance plans it at the same time. Must run in a transaction.
     */
    Outcome plan(UUID orderId) {
        List<EndRow> rows = jdbc.query("select * from safeguarding_order_end where order_id = ? for update",
                EndRow::of, orderId);
        if (rows.isEmpty()) {
            return Outcome.NOTHING;
        }
        EndRow row = rows.get(0);
        Instant now = clock.instant();
        Optional<Instant> due = rule.dueAt(row.madeAt, row.endsAt, row.dischargedAt, now);
        TaskEntity task = row.taskId == null ? null : tasks.get(row.taskId, row.forceId);
        boolean outstanding = task != null && task.status.outstanding();
        if (due.isPresent()) {
            if (row.endsAt.equals(row.plannedEnd)) {
                return Outcome.NOTHING; // this end has its task already, open or decided
            }
            if (outstanding) {
                tasks.moveDue(task.id, row.forceId, due.get(), Tasks.SYSTEM, "The order's end moved from "
                        + UkTime.written(row.plannedEnd) + " to " + UkTime.written(row.endsAt) + ".");
                setPlanned(orderId, row.endsAt, task.id);
                return Outcome.MOVED;
            }
            Tasks.Opened opened = tasks.open(new NewTask(row.forceId, orderId, row.version,
                    TaskKind.EXPIRY_PLANNING, "end:" + row.endsAt + ":v" + row.version, null, row.subject,
                    due.get()));
            setPlanned(orderId, row.endsAt, opened.id());
            reviews.endApproaching(row.forceId, orderId, row.version, row.endsAt, row.subject, due.get());
            return Outcome.CREATED;
        }
        Instant end = ExpiryRule.endToPlanFor(row.endsAt, row.dischargedAt).orElse(null);
        if (outstanding && !Objects.equals(end, row.plannedEnd)) {
            tasks.close(task.id, row.forceId, Tasks.SYSTEM, TaskStatus.CANCELLED, whyNotNeeded(row, end, now));
            setPlanned(orderId, null, task.id);
            return Outcome.CANCELLED;
        }
        return Outcome.NOTHING;
    }

    private String whyNotNeeded(EndRow row, Instant end, Instant now) {
        if (end == null && row.dischargedAt != null) {
            return "The order was discharged (" + UkTime.written(row.dischargedAt) + "): there is no end to plan for.";
        }
        if (end == null) {
            return "The order no longer has an end date (it lasts until further order or the return hearing).";
        }
        if (!now.isBefore(end)) {
            return "The order's end was corrected to " + UkTime.written(end) + ", which has passed.";
        }
        // An extension: the decision it needed has been taken by the court. A force expects the open task to close
        // (not to sit on the workbench for months) and a fresh one to come before the new end.
        return "The order's end moved to " + UkTime.written(end) + ", more than " + rule.lead().toDays()
                + " days away: planning starts again " + rule.lead().toDays() + " days before it.";
    }

    private void setPlanned(UUID orderId, Instant plannedEnd, UUID taskId) {
        jdbc.update("update safeguarding_order_end set planned_end = ?, task_id = ? where order_id = ?",
                ts(plannedEnd), taskId, orderId);
    }

    /** An expiry-planning task of the user's force as its page and API show it; the order consulted is logged. */
    @Transactional(readOnly = true)
    public ExpiryView view(UUID taskId) {
        CurrentUser user = currentUsers.require();
        ExpiryView view = viewOf(taskId, user.forceId());
        accessLog.record(AccessAction.VIEW, "order", view.orderId().toString(), null,
                "Expiry planning for the order's end");
        return view;
    }

    /** The task's view without logging: for callers that log the consultation themselves. */
    @Transactional(readOnly = true)
    public ExpiryView viewOf(UUID taskId, UUID forceId) {
        TaskEntity task = tasks.get(taskId, forceId);
        if (task.kind != TaskKind.EXPIRY_PLANNING) {
            throw new NotFoundException("expiry planning task");
        }
        EndRow row = jdbc.query("select * from safeguarding_order_end where order_id = ?", EndRow::of, task.orderId)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("expiry planning task"));
        Instant end = taskId.equals(row.taskId) && row.plannedEnd != null ? row.plannedEnd : row.endsAt;
        List<ExpiryView.Decided> decided = jdbc.query("""
                select decision, note, decided_by, decided_at from safeguarding_expiry_decision where task_id = ?
                """, (rs, i) -> new ExpiryView.Decided(ExpiryDecision.valueOf(rs.getString("decision")),
                rs.getString("note"), rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant()), taskId);
        return new ExpiryView(task.id, task.orderId, row.court, row.caseNumber, row.orderType, row.subject, end,
                task.dueAt, task.status, task.outcome, decided.isEmpty() ? null : decided.get(0));
    }

    /**
     * Records the decision taken before the order's end and closes the task as done. Refused (400, nothing written)
     * without a decision, or without a reason for no further action; 409 when the task is already closed.
     */
    @Transactional
    public ExpiryView decide(UUID taskId, String decision, String note) {
        CurrentUser user = currentUsers.require();
        List<InvalidRequestException.FieldError> errors = new ArrayList<>();
        ExpiryDecision chosen = null;
        if (decision == null || decision.isBlank()) {
            errors.add(new InvalidRequestException.FieldError("decision", "Select what was decided"));
        } else {
            try {
                chosen = ExpiryDecision.valueOf(decision.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidRequestException.FieldError("decision", "Select one of the decisions listed"));
            }
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_LIMIT) {
            errors.add(new InvalidRequestException.FieldError("note",
                    "The note must be " + NOTE_LIMIT + " characters or fewer"));
        } else if (chosen != null && chosen.needsNote() && text == null) {
            errors.add(new InvalidRequestException.FieldError("note", "Say why no further action is taken"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        ExpiryView before = viewOf(taskId, user.forceId());
        tasks.close(taskId, user.forceId(), user.username(), TaskStatus.DONE,
                chosen.label() + (text == null ? "" : ": " + text));
        jdbc.update("""
                insert into safeguarding_expiry_decision (id, force_id, order_id, order_end, task_id, decision, note,
                                                          decided_by, decided_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, UUID.randomUUID(), user.forceId(), before.orderId(), ts(before.end()), taskId, chosen.name(),
                text, user.username(), ts(clock.instant()));
        accessLog.record(AccessAction.CHANGE, "order", before.orderId().toString(), null,
                "Expiry planning decision recorded: " + chosen.label());
        return viewOf(taskId, user.forceId());
    }

    /** Orders of the user's force that ended by their own terms with no decision recorded for that end, latest first. */
    @Transactional(readOnly = true)
    public Lapsed lapsed(int offset, int limit) {
        CurrentUser user = currentUsers.require();
        Instant now = clock.instant();
        Long total = jdbc.queryForObject("select count(*) " + LAPSED, Long.class, user.forceId(), ts(now));
        List<LapsedOrder> items = jdbc.query("select e.order_id, e.court, e.case_number, e.order_type, e.subject, "
                + "e.ends_at, t.id as task_id, t.status " + LAPSED + " order by e.ends_at desc, e.order_id limit ? offset ?",
                (rs, i) -> new LapsedOrder(rs.getObject("order_id", UUID.class), rs.getString("court"),
                        rs.getString("case_number"), rs.getString("order_type"), rs.getString("subject"),
                        rs.getTimestamp("ends_at").toInstant(), rs.getObject("task_id", UUID.class),
                        rs.getString("status") == null ? null : TaskStatus.valueOf(rs.getString("status"))),
                user.forceId(), ts(now), limit, offset);
        accessLog.record(AccessAction.SEARCH, "order", "lapsed-without-decision", null,
                "Orders that lapsed with no expiry decision: " + items.size() + " shown of " + total);
        return new Lapsed(items, total == null ? 0 : total);
    }

    /** How many orders {@link #lapsed} lists in all (for paging; not a consultation of any order, so not logged). */
    @Transactional(readOnly = true)
    public long countLapsed() {
        Long total = jdbc.queryForObject("select count(*) " + LAPSED, Long.class, currentUsers.require().forceId(),
                ts(clock.instant()));
        return total == null ? 0 : total;
    }

    /**
     * Ended by its own terms, not discharged first, known before it ended, and no decision for that end. An order
     * recorded after it ended was never ours to plan for, so it is not listed.
     */
    private static final String LAPSED = """
            from safeguarding_order_end e
            left join safeguarding_task t on t.id = e.task_id and e.planned_end = e.ends_at
            where e.force_id = ? and e.ends_at <= ? and e.ends_at > e.first_seen_at
              and (e.discharged_at is null or e.discharged_at > e.ends_at)
              and not exists (select 1 from safeguarding_expiry_decision d
                              where d.order_id = e.order_id and d.order_end = e.ends_at)
            """;

    /** A page of lapsed orders and how many there are in all. */
    public record Lapsed(List<LapsedOrder> items, long total) {
    }

    /**
     * An order that lapsed with no decision recorded for its end.
     *
     * @param taskId the expiry-planning task made for that end, if one was (null: none was, e.g. the order was
     *               recorded inside its last days and ended before anyone planned)
     */
    public record LapsedOrder(UUID orderId, String court, String caseNumber, String orderType, String subject,
                              Instant endedAt, UUID taskId, TaskStatus taskStatus) {
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private record EndRow(UUID orderId, UUID forceId, int version, Instant madeAt, Instant endsAt,
                          Instant dischargedAt, String court, String caseNumber, String orderType, String subject,
                          Instant plannedEnd, UUID taskId) {

        static EndRow of(ResultSet rs, int i) throws SQLException {
            return new EndRow(rs.getObject("order_id", UUID.class), rs.getObject("force_id", UUID.class),
                    rs.getInt("version"), instant(rs, "made_at"), instant(rs, "ends_at"),
                    instant(rs, "discharged_at"), rs.getString("court"), rs.getString("case_number"),
                    rs.getString("order_type"), rs.getString("subject"), instant(rs, "planned_end"),
                    rs.getObject("task_id", UUID.class));
        }

        private static Instant instant(ResultSet rs, String column) throws SQLException {
            Timestamp t = rs.getTimestamp(column);
            return t == null ? null : t.toInstant();
        }
    }
}
