package org.nmoregister.monitoring.checks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.monitoring.priority.MonitoredOrders;
import org.nmoregister.monitoring.priority.PrioritySubjects;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.platform.web.UkTime;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Force;
import org.nmoregister.security.ForceDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans of proactive checks on an order (and a priority subject): planned, listed by order, subject or district
 * (overdue first), and their results recorded once. A check that found a possible breach links to the breach report
 * form, prefilled from it. Every view of a check or a plan is logged.
 */
@Service
public class ProactiveChecks {

    public record NewCheck(UUID orderId, UUID subjectId, String kind, String ownerName, UUID districtId,
                           LocalDate dueOn, String note) {
    }

    public record CheckView(UUID id, UUID orderId, String caseNumber, String respondentName, UUID subjectId,
                            CheckKind kind, String kindLabel, String ownerName, UUID districtId, String district,
                            LocalDate dueOn, String note, boolean overdue, long daysOverdue, CheckResult result,
                            String resultNote, Instant doneAt, String doneBy, Instant createdAt, String createdBy,
                            int version) {
    }

    public record CheckPage(List<CheckView> items, int page, long total) {
    }

    static final int TEXT_LIMIT = 2000;
    static final int NAME_LIMIT = 200;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final MonitoredOrders orders;
    private final PrioritySubjects subjects;
    private final ForceDirectory forces;
    private final Confidentiality confidentiality;
    private final CheckOverdueRule rule = new CheckOverdueRule(UkTime.LONDON);

    ProactiveChecks(JdbcTemplate jdbc, Clock clock, CurrentUsers currentUsers, AccessLog accessLog,
                    MonitoredOrders orders, PrioritySubjects subjects, ForceDirectory forces,
                    Confidentiality confidentiality) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.orders = orders;
        this.subjects = subjects;
        this.forces = forces;
        this.confidentiality = confidentiality;
    }

    /** The force's districts, for the planner's choice. */
    public List<Force.District> districts() {
        return forces.require(currentUsers.require().forceId()).districts();
    }

    @Transactional
    public CheckView plan(NewCheck c) {
        CurrentUser user = currentUsers.require();
        List<FieldError> errors = new ArrayList<>();
        if (c.orderId() == null) {
            errors.add(new FieldError("orderId", "Choose the order the check is about"));
        }
        CheckKind kind = null;
        try {
            kind = c.kind() == null ? null : CheckKind.valueOf(c.kind().strip());
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (kind == null) {
            errors.add(new FieldError("kind", "Choose the kind of check"));
        }
        PrioritySubjects.text(errors, "ownerName", c.ownerName(), NAME_LIMIT, "Name who is to do the check");
        Force.District district = c.districtId() == null ? null : districts().stream()
                .filter(d -> d.id().equals(c.districtId())).findFirst().orElse(null);
        if (district == null) {
            errors.add(new FieldError("districtId", "Choose one of the force's districts"));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), UkTime.LONDON);
        if (c.dueOn() == null) {
            errors.add(new FieldError("dueOn", "Enter the day the check is due"));
        } else if (c.dueOn().isBefore(today) || c.dueOn().isAfter(today.plusYears(1))) {
            errors.add(new FieldError("dueOn", "The due day must be from today to a year ahead"));
        }
        if (c.note() != null && c.note().length() > TEXT_LIMIT) {
            errors.add(new FieldError("note", "must be at most " + TEXT_LIMIT + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        var order = orders.require(user.forceId(), c.orderId());
        if (c.subjectId() != null) {
            String key = subjects.respondentKey(c.subjectId())
                    .orElseThrow(() -> new NotFoundException("priority subject " + c.subjectId()));
            if (!key.equals(order.respondentKey())) {
                throw new InvalidRequestException("orderId", "Choose one of the subject's orders");
            }
        }
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into proactive_check (id, force_id, order_id, subject_id, kind, owner_name, district_id,
                    district, due_on, note, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, id, user.forceId(), order.orderId(), c.subjectId(), kind.name(), c.ownerName().strip(),
                district.id(), district.name(), c.dueOn(), c.note() == null || c.note().isBlank() ? null
                : c.note().strip(), Timestamp.from(clock.instant()), user.username());
        accessLog.record(AccessAction.CHANGE, "proactive-check", id.toString(), null,
                "Planned: " + kind.label() + " on " + order.caseNumber() + ", due " + c.dueOn());
        return find(user, id);
    }

    /** Records the check's result, once. */
    @Transactional
    public CheckView record(UUID id, String result, String note, Integer version) {
        CurrentUser user = currentUsers.require();
        CheckView check = find(user, id);
        List<FieldError> errors = new ArrayList<>();
        CheckResult outcome = null;
        try {
            outcome = result == null ? null : CheckResult.valueOf(result.strip());
        } catch (IllegalArgumentException e) {
            outcome = null;
        }
        if (outcome == null) {
            errors.add(new FieldError("result", "Choose what the check found"));
        }
        if (outcome != null && outcome != CheckResult.NO_CONCERN) {
            PrioritySubjects.text(errors, "note", note, TEXT_LIMIT, "Say what was found or why it could not be done");
        } else if (note != null && note.length() > TEXT_LIMIT) {
            errors.add(new FieldError("note", "must be at most " + TEXT_LIMIT + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (check.result() != null) {
            throw new ConflictException("The check's result was already recorded.");
        }
        int changed = jdbc.update("update proactive_check set result = ?, result_note = ?, done_at = ?, done_by = ?, "
                + "row_version = row_version + 1 where id = ? and done_at is null and "
                + "(cast(? as integer) is null or row_version = ?)", outcome.name(),
                note == null || note.isBlank() ? null : note.strip(), Timestamp.from(clock.instant()),
                user.username(), id, version, version);
        if (changed != 1) {
            throw new ConflictException("The check was changed by someone else; reload it.");
        }
        accessLog.record(AccessAction.CHANGE, "proactive-check", id.toString(), null, "Result: " + outcome.label());
        return mask(find(user, id));
    }

    @Transactional(readOnly = true)
    public CheckView view(UUID id) {
        CurrentUser user = currentUsers.require();
        CheckView check = find(user, id);
        accessLog.record(AccessAction.VIEW, "proactive-check", id.toString(), null,
                check.kindLabel() + " on " + check.caseNumber());
        return mask(check);
    }

    /** The plan of checks of an order (logged as a view of the plan). */
    @Transactional(readOnly = true)
    public List<CheckView> ofOrder(UUID orderId) {
        CurrentUser user = currentUsers.require();
        List<CheckView> plan = jdbc.query(SELECT + " where c.force_id = ? and c.order_id = ? order by c.due_on, c.id "
                + "limit 500", mapper(), user.forceId(), orderId);
        accessLog.record(AccessAction.VIEW, "order", orderId.toString(), null,
                "Plan of proactive checks (" + plan.size() + ")");
        return confidentiality.forCurrentUser(plan, orderId);
    }

    /** The plan of checks of a priority subject (logged as a view of the plan). */
    @Transactional(readOnly = true)
    public List<CheckView> ofSubject(UUID subjectId) {
        CurrentUser user = currentUsers.require();
        List<CheckView> plan = jdbc.query(SELECT + " where c.force_id = ? and c.subject_id = ? order by c.due_on, "
                + "c.id limit 500", mapper(), user.forceId(), subjectId);
        accessLog.record(AccessAction.VIEW, "priority-subject", subjectId.toString(), null,
                "Plan of proactive checks (" + plan.size() + ")");
        return confidentiality.forCurrentUserAcrossForce(plan);
    }

    /**
     * Page {@code page} of the force's checks not yet done, overdue first then soonest due, in one district (or all
     * when null); logged as a search.
     */
    @Transactional(readOnly = true)
    public CheckPage outstanding(UUID districtId, boolean overdueOnly, int page, int size) {
        CurrentUser user = currentUsers.require();
        LocalDate today = rule.overdueFrom(clock.instant());
        String where = " where c.force_id = ? and c.done_at is null"
                + (districtId == null ? " and cast(? as uuid) is null" : " and c.district_id = ?")
                + (overdueOnly ? " and c.due_on < ?" : " and cast(? as date) is not null");
        long total = jdbc.queryForObject("select count(*) from proactive_check c" + where, Long.class,
                user.forceId(), districtId, today);
        List<CheckView> items = jdbc.query(SELECT + where + " order by c.due_on, c.id limit ? offset ?", mapper(),
                user.forceId(), districtId, today, size, (long) (page - 1) * size);
        accessLog.record(AccessAction.SEARCH, "proactive-check", districtId == null ? "force" : districtId.toString(),
                null, "Proactive checks " + (overdueOnly ? "overdue" : "outstanding") + ", page " + page);
        return new CheckPage(confidentiality.forCurrentUserAcrossForce(items), page, total);
    }

    /** The force's overdue checks, oldest first (for the risk meeting; not logged here, the meeting logs). */
    public List<CheckView> overdue(int limit) {
        CurrentUser user = currentUsers.require();
        return jdbc.query(SELECT + " where c.force_id = ? and c.done_at is null and c.due_on < ? order by c.due_on, c.id "
                + "limit ?", mapper(), user.forceId(), rule.overdueFrom(clock.instant()), limit);
    }

    private CheckView find(CurrentUser user, UUID id) {
        return jdbc.query(SELECT + " where c.force_id = ? and c.id = ?", mapper(), user.forceId(), id).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("check " + id));
    }

    private CheckView mask(CheckView view) {
        return confidentiality.forCurrentUser(view, view.orderId());
    }

    private static final String SELECT = "select c.*, o.case_number, o.respondent_name from proactive_check c "
            + "join monitoring_order o on o.order_id = c.order_id";

    private RowMapper<CheckView> mapper() {
        Instant now = clock.instant();
        return (rs, i) -> {
            LocalDate due = rs.getObject("due_on", LocalDate.class);
            Instant done = MonitoredOrders.instant(rs.getTimestamp("done_at"));
            CheckKind kind = CheckKind.valueOf(rs.getString("kind"));
            String result = rs.getString("result");
            return new CheckView(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
                    rs.getString("case_number"), rs.getString("respondent_name"),
                    rs.getObject("subject_id", UUID.class), kind, kind.label(), rs.getString("owner_name"),
                    rs.getObject("district_id", UUID.class), rs.getString("district"), due, rs.getString("note"),
                    rule.overdue(due, done, now), rule.daysOverdue(due, done, now),
                    result == null ? null : CheckResult.valueOf(result), rs.getString("result_note"), done,
                    rs.getString("done_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                    rs.getInt("row_version"));
        };
    }
}
