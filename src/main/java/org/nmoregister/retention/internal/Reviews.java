package org.nmoregister.retention.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.retention.PersonalRecords;
import org.nmoregister.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer's work: the queue of cases due for review, a case's review (its holds and earlier decisions), and the
 * decision: retain (why, and when next) or dispose of it. Disposal runs every module's {@link PersonalRecords} in one
 * transaction, after the disposal is recorded and named in the session setting the triggers check.
 */
@Service
public class Reviews {

    static final int MAX_REASON = 2000;
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();
    static final ZoneId UK = ZoneId.of("Europe/London");

    public enum HoldKind { LITIGATION, INQUIRY, COMPLAINT }

    private final JdbcTemplate jdbc;
    private final CurrentUsers users;
    private final AccessLog accessLog;
    private final Clock clock;
    private final List<PersonalRecords> holders;

    Reviews(JdbcTemplate jdbc, CurrentUsers users, AccessLog accessLog, Clock clock, List<PersonalRecords> holders) {
        this.jdbc = jdbc;
        this.users = users;
        this.accessLog = accessLog;
        this.clock = clock;
        this.holders = holders.stream().sorted(Comparator.comparingInt(PersonalRecords::disposalStage)).toList();
    }

    public record QueueItem(UUID orderId, String caseLabel, Instant dueAt, Instant retainedUntil, int holds) {
    }

    public record Queue(List<QueueItem> items, long total) {
    }

    public record Hold(UUID id, String kind, String reason, String placedBy, Instant placedAt, String liftedBy,
                       Instant liftedAt, String liftReason) {
    }

    public record Decision(String decision, String reason, Instant nextReviewAt, String decidedBy, Instant decidedAt) {
    }

    public record Disposal(UUID id, UUID orderId, String caseLabel, String reason, String authorisedBy,
                           Instant disposedAt, Map<String, Integer> removed) {
    }

    public record CaseReview(UUID orderId, String caseLabel, String status, Instant dueAt, Instant retainedUntil,
                             boolean inQueue, boolean mayDispose, List<Hold> holds, List<Decision> decisions,
                             Disposal disposal) {
    }

    @Transactional(readOnly = true)
    public Queue queue(int offset, int limit) {
        var user = users.require();
        Timestamp now = Timestamp.from(clock.instant());
        String where = """
                from retention_case c where c.force_id = ? and c.status = 'OPEN' and c.review_due_at is not null
                  and greatest(c.review_due_at, coalesce(c.retained_until, c.review_due_at)) <= ?""";
        Long total = jdbc.queryForObject("select count(*) " + where, Long.class, user.forceId(), now);
        List<QueueItem> items = jdbc.query("select c.*, (select count(*) from legal_hold h where h.order_id = c.order_id"
                        + " and h.lifted_at is null) holds " + where
                        + " order by greatest(c.review_due_at, coalesce(c.retained_until, c.review_due_at)), c.order_id"
                        + " offset ? limit ?",
                (rs, n) -> new QueueItem(rs.getObject("order_id", UUID.class), rs.getString("case_label"),
                        instant(rs.getTimestamp("review_due_at")), instant(rs.getTimestamp("retained_until")),
                        rs.getInt("holds")), user.forceId(), now, offset, limit);
        return new Queue(items, total == null ? 0 : total);
    }

    @Transactional(readOnly = true)
    public CaseReview review(UUID orderId) {
        var user = users.require();
        var row = jdbc.query("select * from retention_case where order_id = ? and force_id = ?", (rs, n) -> new Object[] {
                rs.getString("case_label"), rs.getString("status"), instant(rs.getTimestamp("review_due_at")),
                instant(rs.getTimestamp("retained_until"))}, orderId, user.forceId());
        if (row.isEmpty()) {
            throw new NotFoundException("No case under retention review with id " + orderId);
        }
        Object[] c = row.get(0);
        List<Hold> holds = jdbc.query("select * from legal_hold where order_id = ? and force_id = ? order by placed_at",
                (rs, n) -> new Hold(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("reason"),
                        rs.getString("placed_by"), instant(rs.getTimestamp("placed_at")), rs.getString("lifted_by"),
                        instant(rs.getTimestamp("lifted_at")), rs.getString("lift_reason")), orderId, user.forceId());
        List<Decision> decisions = jdbc.query("select * from retention_decision where order_id = ? and force_id = ? "
                        + "order by decided_at desc", (rs, n) -> new Decision(rs.getString("decision"),
                        rs.getString("reason"), instant(rs.getTimestamp("next_review_at")), rs.getString("decided_by"),
                        instant(rs.getTimestamp("decided_at"))), orderId, user.forceId());
        Disposal disposal = disposal(orderId, user.forceId()).orElse(null);
        Instant now = clock.instant();
        int active = (int) holds.stream().filter(h -> h.liftedAt() == null).count();
        boolean open = "OPEN".equals(c[1]);
        boolean inQueue = open && RetentionSchedule.inQueue((Instant) c[2], (Instant) c[3], now);
        return new CaseReview(orderId, (String) c[0], (String) c[1], (Instant) c[2], (Instant) c[3], inQueue,
                open && RetentionSchedule.mayDispose((Instant) c[2], (Instant) c[3], active, now), holds, decisions,
                disposal);
    }

    /** Retains the case: why, and when it is reviewed next (after today, within ten years). */
    @Transactional
    public CaseReview retain(UUID orderId, String reason, LocalDate nextReview) {
        var user = users.require();
        List<FieldError> errors = new ArrayList<>();
        String why = reason(reason, errors);
        LocalDate today = LocalDate.ofInstant(clock.instant(), UK);
        if (nextReview == null) {
            errors.add(new FieldError("nextReview", "is required: the date the case is reviewed again"));
        } else if (!nextReview.isAfter(today) || nextReview.isAfter(today.plusYears(10))) {
            errors.add(new FieldError("nextReview", "must be after today and within ten years"));
        }
        reject(errors);
        CaseReview current = lockOpen(orderId, user.forceId());
        if (!current.inQueue()) {
            throw new ConflictException("The case is not due for review");
        }
        Instant next = nextReview.atStartOfDay(UK).toInstant();
        Instant now = clock.instant();
        jdbc.update("insert into retention_decision (id, order_id, force_id, decision, reason, next_review_at, "
                        + "decided_by, decided_at) values (?, ?, ?, 'RETAIN', ?, ?, ?, ?)", UUID.randomUUID(), orderId,
                user.forceId(), why, Timestamp.from(next), user.username(), Timestamp.from(now));
        jdbc.update("update retention_case set retained_until = ?, lock_version = lock_version + 1 where order_id = ?",
                Timestamp.from(next), orderId);
        accessLog.record(AccessAction.CHANGE, "order", orderId.toString(), null,
                "Retention review: retained until " + nextReview);
        return review(orderId);
    }

    @Transactional
    public CaseReview hold(UUID orderId, String kind, String reason) {
        var user = users.require();
        List<FieldError> errors = new ArrayList<>();
        HoldKind holdKind = null;
        try {
            holdKind = HoldKind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("kind", "must be one of LITIGATION, INQUIRY, COMPLAINT"));
        }
        String why = reason(reason, errors);
        reject(errors);
        lockOpen(orderId, user.forceId());
        jdbc.update("insert into legal_hold (id, order_id, force_id, kind, reason, placed_by, placed_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), orderId, user.forceId(), holdKind.name(),
                why, user.username(), Timestamp.from(clock.instant()));
        accessLog.record(AccessAction.CHANGE, "order", orderId.toString(), null,
                "Legal hold placed (" + holdKind + "): the case cannot be disposed of until it is lifted");
        return review(orderId);
    }

    @Transactional
    public CaseReview lift(UUID orderId, UUID holdId, String reason) {
        var user = users.require();
        List<FieldError> errors = new ArrayList<>();
        String why = reason(reason, errors);
        reject(errors);
        lockOpen(orderId, user.forceId());
        int lifted = jdbc.update("update legal_hold set lifted_by = ?, lifted_at = ?, lift_reason = ? where id = ? "
                        + "and order_id = ? and force_id = ? and lifted_at is null", user.username(),
                Timestamp.from(clock.instant()), why, holdId, orderId, user.forceId());
        if (lifted == 0) {
            throw new ConflictException("That hold is not in place on this case");
        }
        accessLog.record(AccessAction.CHANGE, "order", orderId.toString(), null, "Legal hold lifted");
        return review(orderId);
    }

    /**
     * Disposes of the case: every module's records of it are deleted in this one transaction; the disposal record
     * (no personal data) and the access log say so; the case's access-log entries lose their text. Refused (409)
     * while a legal hold is in place or the case is not due.
     */
    @Transactional
    public Disposal dispose(UUID orderId, String reason) {
        var user = users.require();
        List<FieldError> errors = new ArrayList<>();
        String why = reason(reason, errors);
        reject(errors);
        CaseReview current = lockOpen(orderId, user.forceId());
        if (current.holds().stream().anyMatch(h -> h.liftedAt() == null)) {
            throw new ConflictException("The case is under a legal hold and cannot be disposed of until it is lifted");
        }
        if (!current.mayDispose()) {
            throw new ConflictException("The case is not due for review, so it cannot be disposed of");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.update("insert into disposal_record (id, force_id, order_id, case_label, reason, authorised_by, "
                        + "disposed_at) values (?, ?, ?, ?, ?, ?, ?)", id, user.forceId(), orderId,
                current.caseLabel(), why, user.username(), Timestamp.from(now));
        jdbc.queryForObject("select set_config('nmo.disposal', ?, true)", String.class, id.toString());
        Map<String, Integer> removed = new LinkedHashMap<>();
        Set<String> subjects = new java.util.HashSet<>();
        subjects.add(orderId.toString());
        for (PersonalRecords holder : holders) {
            PersonalRecords.Removed r = holder.dispose(orderId);
            r.counts().forEach((kind, count) -> removed.merge(holder.holder() + "." + kind, count, Integer::sum));
            subjects.addAll(r.subjectIds());
        }
        int redacted = accessLog.removeTextOnDisposal(subjects, id);
        removed.put("audit.access_log entries with their text removed", redacted);
        jdbc.update("update disposal_record set removed = ?::jsonb where id = ?", json(removed), id);
        jdbc.update("insert into retention_decision (id, order_id, force_id, decision, reason, decided_by, decided_at) "
                + "values (?, ?, ?, 'DISPOSE', ?, ?, ?)", UUID.randomUUID(), orderId, user.forceId(), why,
                user.username(), Timestamp.from(now));
        jdbc.update("update retention_case set status = 'DISPOSED', lock_version = lock_version + 1 where order_id = ?",
                orderId);
        jdbc.update("delete from retention_fact where order_id = ?", orderId);
        accessLog.record(AccessAction.ERASE, "order", orderId.toString(), null, "Case disposed of under the retention "
                + "schedule (disposal " + id + "): " + removed.values().stream().mapToInt(Integer::intValue).sum()
                + " records removed or stripped of their text");
        jdbc.queryForObject("select set_config('nmo.disposal', '', true)", String.class);
        return disposal(orderId, user.forceId()).orElseThrow();
    }

    /** The force's disposals, newest first. */
    @Transactional(readOnly = true)
    public List<Disposal> disposals(int offset, int limit) {
        return jdbc.query("select * from disposal_record where force_id = ? order by disposed_at desc offset ? limit ?",
                (rs, n) -> disposal(rs), users.require().forceId(), offset, limit);
    }

    @Transactional(readOnly = true)
    public long countDisposals() {
        Long n = jdbc.queryForObject("select count(*) from disposal_record where force_id = ?", Long.class,
                users.require().forceId());
        return n == null ? 0 : n;
    }

    private Optional<Disposal> disposal(UUID orderId, UUID forceId) {
        return jdbc.query("select * from disposal_record where order_id = ? and force_id = ?", (rs, n) -> disposal(rs),
                orderId, forceId).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private static Disposal disposal(java.sql.ResultSet rs) throws java.sql.SQLException {
        Map<String, Integer> removed = JSON.readValue(rs.getString("removed"), LinkedHashMap.class);
        return new Disposal(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
                rs.getString("case_label"), rs.getString("reason"), rs.getString("authorised_by"),
                rs.getTimestamp("disposed_at").toInstant(), removed);
    }

    private static String json(Map<String, Integer> removed) {
        StringBuilder out = new StringBuilder("{");
        removed.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append('"')
                .append(k.replace("\\", "\\\\").replace("\"", "\\\"")).append("\":").append(v));
        return out.append('}').toString();
    }

    private CaseReview lockOpen(UUID orderId, UUID forceId) {
        List<String> status = jdbc.queryForList("select status from retention_case where order_id = ? and force_id = ? "
                + "for update", String.class, orderId, forceId);
        if (status.isEmpty()) {
            throw new NotFoundException("No case under retention review with id " + orderId);
        }
        if (!"OPEN".equals(status.get(0))) {
            throw new ConflictException("The case has been disposed of");
        }
        return review(orderId);
    }

    private static String reason(String reason, List<FieldError> errors) {
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "is required: say why, without naming anyone"));
            return null;
        }
        if (reason.length() > MAX_REASON) {
            errors.add(new FieldError("reason", "must be at most " + MAX_REASON + " characters"));
            return null;
        }
        if (reason.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.add(new FieldError("reason", "must not contain control characters"));
            return null;
        }
        return reason.strip();
    }

    private static void reject(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
