package org.nmoregister.retention.internal;

import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.retention.RecordKind;
import org.nmoregister.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The retention schedule: the shipped default, or the force's own once it uploads one. */
@Service
public class Schedules {

    private final JdbcTemplate jdbc;
    private final CurrentUsers users;
    private final AccessLog accessLog;
    private final Clock clock;

    Schedules(JdbcTemplate jdbc, CurrentUsers users, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** A rule as the schedule page and the API show it. */
    public record RuleView(RecordKind kind, String kindLabel, ReviewTrigger trigger, String triggerLabel, int months,
                           boolean disposeWithoutReview, String basis) {
    }

    /** The force's schedule, and whether it is the shipped default. */
    public record ScheduleView(boolean shippedDefault, List<RuleView> rules) {
    }

    /** The schedule in force for the force. */
    RetentionSchedule forForce(UUID forceId) {
        return RetentionSchedule.of(rules(forceId));
    }

    private List<RetentionSchedule.Rule> rules(UUID forceId) {
        List<RetentionSchedule.Rule> own = jdbc.query("select * from retention_rule where force_id = ?",
                (rs, n) -> rule(rs), forceId);
        return own.isEmpty()
                ? jdbc.query("select * from retention_rule where force_id is null", (rs, n) -> rule(rs))
                : own;
    }

    @Transactional(readOnly = true)
    public ScheduleView view() {
        UUID forceId = users.require().forceId();
        Integer own = jdbc.queryForObject("select count(*) from retention_rule where force_id = ?", Integer.class,
                forceId);
        List<RuleView> rules = rules(forceId).stream()
                .sorted(java.util.Comparator.comparing(RetentionSchedule.Rule::kind))
                .map(r -> new RuleView(r.kind(), r.kind().label(), r.trigger(), r.trigger().label(), r.months(),
                        r.disposeWithoutReview(), r.basis()))
                .toList();
        return new ScheduleView(own == null || own == 0, rules);
    }

    /** Replaces the force's schedule with the CSV's; refused whole (400 naming row and field) if any row is wrong. */
    @Transactional
    public ScheduleView replace(String csv) {
        var user = users.require();
        List<RetentionSchedule.Rule> rules = ScheduleCsv.read(new StringReader(csv == null ? "" : csv));
        jdbc.update("delete from retention_rule where force_id = ?", user.forceId());
        Timestamp now = Timestamp.from(clock.instant());
        for (RetentionSchedule.Rule r : rules) {
            jdbc.update("""
                    insert into retention_rule (id, force_id, record_kind, review_trigger, review_after_months,
                                                dispose_without_review, basis, replaced_at, replaced_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), user.forceId(), r.kind().name(),
                    r.trigger().name(), r.months(), r.disposeWithoutReview(), r.basis(), now, user.username());
        }
        accessLog.record(AccessAction.CHANGE, "retention-schedule", user.forceCode(), null,
                "Retention schedule replaced (" + rules.size() + " rules)");
        return view();
    }

    /** Goes back to the shipped default. */
    @Transactional
    public ScheduleView reset() {
        var user = users.require();
        jdbc.update("delete from retention_rule where force_id = ?", user.forceId());
        accessLog.record(AccessAction.CHANGE, "retention-schedule", user.forceCode(), null,
                "Retention schedule set back to the shipped default");
        return view();
    }

    /** The schedule in force as CSV, in the shape an upload takes. */
    @Transactional(readOnly = true)
    public String csv() {
        StringBuilder out = new StringBuilder(String.join(",", ScheduleCsv.HEADER)).append('\n');
        for (RuleView r : view().rules()) {
            out.append(r.kind()).append(',').append(r.trigger()).append(',').append(r.months()).append(',')
                    .append(r.disposeWithoutReview()).append(",\"").append(r.basis().replace("\"", "\"\""))
                    .append("\"\n");
        }
        return out.toString();
    }

    private static RetentionSchedule.Rule rule(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new RetentionSchedule.Rule(RecordKind.valueOf(rs.getString("record_kind")),
                ReviewTrigger.valueOf(rs.getString("review_trigger")), rs.getInt("review_after_months"),
                rs.getBoolean("dispose_without_review"), rs.getString("basis"));
    }
}
