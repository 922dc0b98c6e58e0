package org.nmoregister.safeguarding.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.safeguarding.TaskKind;
import org.nmoregister.safeguarding.TaskStatus;
import org.nmoregister.security.CurrentUser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of tasks the workbench, the API, the order page and the start page show: one force's (one district's, for
 * a neighbourhood officer), filtered, oldest due first, a page at a time.
 */
@Service
public class TaskQueries {

    /** As a filter's district: tasks with no district yet (briefings the point of contact is to route). */
    public static final UUID NO_DISTRICT_YET = new UUID(0, 1);

    private final NamedParameterJdbcTemplate jdbc;
    private final Districts districts;
    private final Tasks tasks;
    private final Clock clock;

    TaskQueries(NamedParameterJdbcTemplate jdbc, Districts districts, Tasks tasks, Clock clock) {
        this.jdbc = jdbc;
        this.districts = districts;
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * What to list.
     *
     * @param statuses     the statuses wanted; empty for all
     * @param overdueOnly  only outstanding tasks past their due time
     */
    public record Filter(UUID orderId, TaskKind kind, List<TaskStatus> statuses, UUID districtId,
                         boolean overdueOnly) {

        public Filter {
            statuses = statuses == null ? List.of() : List.copyOf(statuses);
        }

        public static Filter outstanding() {
            return new Filter(null, null, List.of(TaskStatus.OPEN, TaskStatus.ESCALATED), null, false);
        }
    }

    /** One page of a list, and how many the whole list has. */
    public record Page(List<TaskRow> items, long total) {
    }

    @Transactional(readOnly = true)
    public Page list(CurrentUser user, Filter filter, int page, int size) {
        MapSqlParameterSource params = new MapSqlParameterSource("force", user.forceId());
        String where = where(user, filter, params);
        long total = jdbc.queryForObject("select count(*) from safeguarding_task t" + where, params, Long.class);
        params.addValue("limit", size).addValue("offset", (long) Math.max(0, page - 1) * size);
        List<TaskRow> rows = jdbc.query(SELECT + where + " order by t.due_at, t.created_at, t.id limit :limit offset "
                + ":offset", params, TaskQueries::row);
        return new Page(rows, total);
    }

    @Transactional(readOnly = true)
    public long count(CurrentUser user, Filter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource("force", user.forceId());
        return jdbc.queryForObject("select count(*) from safeguarding_task t" + where(user, filter, params), params,
                Long.class);
    }

    /** One task of the user's force that the user works on, or not found. */
    @Transactional(readOnly = true)
    public TaskRow one(CurrentUser user, UUID id) {
        TaskEntity task = tasks.get(id, user.forceId());
        if (!TaskScope.mayWorkOn(task, user, districts)) {
            throw new org.nmoregister.platform.NotFoundException("safeguarding task");
        }
        MapSqlParameterSource params = new MapSqlParameterSource("id", id);
        return jdbc.query(SELECT + " where t.id = :id", params, TaskQueries::row).get(0);
    }

    /** A step of a task's history, as its timeline shows it. */
    public record Step(Instant at, String actor, String action, String note) {
    }

    @Transactional(readOnly = true)
    public List<Step> history(UUID taskId) {
        return tasks.historyOf(taskId).stream().map(h -> new Step(h.at, h.actor, h.action.label(), h.note)).toList();
    }

    /** The entity for a kind's {@link TaskWork}, after {@link #one} has checked the user may see it. */
    @Transactional(readOnly = true)
    public TaskEntity entity(CurrentUser user, UUID id) {
        one(user, id);
        return tasks.get(id, user.forceId());
    }

    /** The entity of a row already read for the user (a kind's work page is made from it). */
    @Transactional(readOnly = true)
    public TaskEntity entityById(UUID id) {
        return tasks.byId(id);
    }

    /** All tasks of one order in the user's force (and district), oldest first: the order page's annex. */
    @Transactional(readOnly = true)
    public List<TaskRow> forOrder(CurrentUser user, UUID orderId) {
        return list(user, new Filter(orderId, null, List.of(), null, false), 1, 200).items();
    }

    public Instant now() {
        return clock.instant();
    }

    private String where(CurrentUser user, Filter filter, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>(List.of("t.force_id = :force"));
        Optional<UUID> limited = TaskScope.districtOf(user, districts);
        if (limited.isPresent()) {
            conditions.add("t.district_id = :limited and t.kind = 'DISSEMINATION'");
            params.addValue("limited", limited.get());
        }
        if (filter.orderId() != null) {
            conditions.add("t.order_id = :order");
            params.addValue("order", filter.orderId());
        }
        if (filter.kind() != null) {
            conditions.add("t.kind = :kind");
            params.addValue("kind", filter.kind().name());
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add("t.status in (:statuses)");
            params.addValue("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (NO_DISTRICT_YET.equals(filter.districtId())) {
            conditions.add("t.district_id is null");
        } else if (filter.districtId() != null) {
            conditions.add("t.district_id = :district");
            params.addValue("district", filter.districtId());
        }
        if (filter.overdueOnly()) {
            conditions.add("t.status in ('OPEN', 'ESCALATED') and t.due_at < :now");
            params.addValue("now", Timestamp.from(clock.instant()));
        }
        return " where " + String.join(" and ", conditions);
    }

    private static final String SELECT = "select t.id, t.kind, t.status, t.order_id, t.order_version, t.district_id, "
            + "d.code, d.name, t.subject, t.due_at, t.created_at, t.assigned_to, t.closed_at, t.closed_by, t.outcome, "
            + "t.escalated_at from safeguarding_task t left join district d on d.id = t.district_id";

    private static TaskRow row(ResultSet rs, int i) throws SQLException {
        return new TaskRow(rs.getObject(1, UUID.class), TaskKind.valueOf(rs.getString(2)),
                TaskStatus.valueOf(rs.getString(3)), rs.getObject(4, UUID.class), rs.getInt(5),
                rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8), rs.getString(9), instant(rs, 10),
                instant(rs, 11), rs.getString(12), instant(rs, 13), rs.getString(14), rs.getString(15),
                instant(rs, 16));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
