package org.nmoregister.monitoring.priority;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.platform.web.UkTime;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.ForceDirectory;
import org.nmoregister.security.Role;
import org.nmoregister.security.SystemActions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The force's priority subjects: made from a suggestion or directly, listed, viewed (every view logged), reviewed,
 * ended. When the respondent's last order ends the subject is put to review (or ended, if the force says so:
 * {@code nmo.monitoring.priority.on-last-order-end: END}); a subject whose review date has passed is put to review too.
 */
@Service
public class PrioritySubjects {

    /** What makes a subject, from a suggestion or directly. */
    public record NewSubject(String reason, String ownerName, String ownerRole, LocalDate reviewOn) {
    }

    /** An order of the subject's, in a line. */
    public record OrderLine(UUID orderId, String caseNumber, String orderType, Instant madeAt, Instant endsAt,
                            boolean ended) {
    }

    /** A standing IOM or MAPPA flag. */
    public record FlagLine(UUID id, String kind, String detail, Instant recordedAt, String recordedBy) {
    }

    /** A subject as the API and the pages show it. */
    public record SubjectView(UUID id, String respondentName, LocalDate respondentDob, String reason,
                              String ownerName, OwnerRole ownerRole, LocalDate reviewOn, String status,
                              String statusNote, Instant startedAt, String startedBy, UUID suggestionId,
                              Instant endedAt, String endedBy, String endReason, int version,
                              List<OrderLine> orders, List<FlagLine> flags) {
    }

    /** A subject in a line of the list. */
    public record SubjectLine(UUID id, String respondentName, LocalDate respondentDob, String ownerName,
                              OwnerRole ownerRole, LocalDate reviewOn, String status, Instant startedAt) {
    }

    public record SubjectPage(List<SubjectLine> items, int page, long total) {
    }

    static final int REASON_LIMIT = 2000;
    static final int NAME_LIMIT = 200;
    static final String PROCESS = "monitoring-priority";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final MonitoredOrders orders;
    private final Suggestions suggestions;
    private final Confidentiality confidentiality;
    private final SystemActions system;
    private final ForceDirectory forces;
    private final boolean endOnLastOrder;

    PrioritySubjects(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, CurrentUsers currentUsers,
                     AccessLog accessLog, MonitoredOrders orders, Suggestions suggestions,
                     Confidentiality confidentiality, SystemActions system, ForceDirectory forces,
                     @Value("${nmo.monitoring.priority.on-last-order-end:REVIEW}") String onLastOrderEnd) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.orders = orders;
        this.suggestions = suggestions;
        this.confidentiality = confidentiality;
        this.system = system;
        this.forces = forces;
        if (!Set.of("REVIEW", "END").contains(onLastOrderEnd)) {
            throw new IllegalStateException("nmo.monitoring.priority.on-last-order-end must be REVIEW or END, not "
                    + onLastOrderEnd);
        }
        this.endOnLastOrder = "END".equals(onLastOrderEnd);
    }

    /** Makes the respondent of the order a priority subject. */
    @Transactional
    public SubjectView create(UUID orderId, NewSubject request) {
        CurrentUser user = currentUsers.require();
        if (orderId == null) {
            throw new InvalidRequestException("orderId", "Choose the order whose respondent is to be watched");
        }
        var order = orders.require(user.forceId(), orderId);
        UUID id = insert(user, order.respondentKey(), order.respondentName(), order.respondentDob(), request, null);
        return read(id, "Made a priority subject");
    }

    /** Accepts a suggestion: its respondent becomes a subject, with the suggestion's reason unless another is given. */
    @Transactional
    public SubjectView accept(UUID suggestionId, NewSubject request) {
        CurrentUser user = currentUsers.require();
        var s = suggestions.find(suggestionId);
        if (!"OPEN".equals(s.status())) {
            throw new ConflictException("The suggestion was already " + s.status().toLowerCase() + ".");
        }
        String key = suggestions.respondentKey(suggestionId);
        NewSubject withReason = new NewSubject(request.reason() == null || request.reason().isBlank()
                ? s.reasonLabel() + ": " + s.why() : request.reason(), request.ownerName(), request.ownerRole(),
                request.reviewOn());
        // accepted first: making the subject withdraws the respondent's other open suggestions, not this one
        suggestions.accepted(suggestionId, key, user.forceId(), user.username());
        UUID id = insert(user, key, s.respondentName(), s.respondentDob(), withReason, suggestionId);
        return read(id, "Accepted the suggestion (" + s.reasonLabel() + ")");
    }

    private UUID insert(CurrentUser user, String key, String name, LocalDate dob, NewSubject request,
                        UUID suggestionId) {
        OwnerRole role = validate(request);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        try {
            jdbc.update("""
                    insert into priority_subject (id, force_id, respondent_key, respondent_name, respondent_dob, reason,
                        owner_name, owner_role, review_on, status, started_at, started_by, suggestion_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?)
                    """, id, user.forceId(), key, name, dob, request.reason().strip(), request.ownerName().strip(),
                    role.name(), request.reviewOn(), Suggestions.ts(now), user.username(), suggestionId);
        } catch (DuplicateKeyException e) {
            throw new ConflictException(name + " is already a priority subject.");
        }
        suggestions.withdrawOpen(user.forceId(), key, now);
        accessLog.record(AccessAction.CHANGE, "priority-subject", id.toString(), null,
                "Made " + name + " a priority subject, owner " + request.ownerName().strip());
        return id;
    }

    private OwnerRole validate(NewSubject request) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "reason", request.reason(), REASON_LIMIT, "Say why the respondent is a priority");
        text(errors, "ownerName", request.ownerName(), NAME_LIMIT,
                "Name the offender manager or neighbourhood officer who owns it");
        OwnerRole role = null;
        if (request.ownerRole() == null || request.ownerRole().isBlank()) {
            errors.add(new FieldError("ownerRole", "Choose whether the owner is an offender manager or a "
                    + "neighbourhood officer"));
        } else {
            try {
                role = OwnerRole.valueOf(request.ownerRole().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("ownerRole", "must be OFFENDER_MANAGER or NEIGHBOURHOOD_OFFICER"));
            }
        }
        reviewDate(errors, request.reviewOn());
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return role;
    }

    private void reviewDate(List<FieldError> errors, LocalDate reviewOn) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), UkTime.LONDON);
        if (reviewOn == null) {
            errors.add(new FieldError("reviewOn", "Enter the review date"));
        } else if (reviewOn.isBefore(today)) {
            errors.add(new FieldError("reviewOn", "The review date must be today or later"));
        } else if (reviewOn.isAfter(today.plusYears(2))) {
            errors.add(new FieldError("reviewOn", "The review date must be within 2 years"));
        }
    }

    public static void text(List<FieldError> errors, String field, String value, int limit, String missing) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, missing));
        } else if (value.length() > limit) {
            errors.add(new FieldError(field, "must be at most " + limit + " characters"));
        }
    }

    /** A subject of the force, logged as a view. */
    @Transactional(readOnly = true)
    public SubjectView view(UUID id) {
        return read(id, null);
    }

    private SubjectView read(UUID id, String change) {
        CurrentUser user = currentUsers.require();
        Row row = jdbc.query("select * from priority_subject where force_id = ? and id = ?", ROW, user.forceId(), id)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("priority subject " + id));
        Instant now = clock.instant();
        List<OrderLine> lines = orders.ofRespondent(user.forceId(), row.key()).stream()
                .map(o -> new OrderLine(o.orderId(), o.caseNumber(), o.orderType(), o.madeAt(), o.endsAt(),
                        o.endedAt(now))).toList();
        List<FlagLine> flags = jdbc.query("select id, kind, detail, recorded_at, recorded_by from "
                + "offender_management_flag where force_id = ? and respondent_key = ? and withdrawn_at is null "
                + "order by recorded_at", (rs, i) -> new FlagLine(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5)), user.forceId(), row.key());
        if (change == null) {
            accessLog.record(AccessAction.VIEW, "priority-subject", id.toString(), null,
                    "Priority subject: " + row.view().respondentName());
        }
        var v = row.view();
        SubjectView view = new SubjectView(v.id(), v.respondentName(), v.respondentDob(), v.reason(), v.ownerName(),
                v.ownerRole(), v.reviewOn(), v.status(), v.statusNote(), v.startedAt(), v.startedBy(),
                v.suggestionId(), v.endedAt(), v.endedBy(), v.endReason(), v.version(), lines, flags);
        return confidentiality.forCurrentUserAcrossForce(view);
    }

    /** The respondent key of a subject of the user's force (for the plan of checks). */
    public Optional<String> respondentKey(UUID id) {
        return jdbc.queryForList("select respondent_key from priority_subject where force_id = ? and id = ?",
                String.class, currentUsers.require().forceId(), id).stream().findFirst();
    }

    /** The respondent's current subject in the user's force, if they are one. */
    public Optional<UUID> currentSubject(String respondentKey) {
        return jdbc.queryForList("select id from priority_subject where force_id = ? and respondent_key = ? and "
                + "status <> 'ENDED'", UUID.class, currentUsers.require().forceId(), respondentKey).stream().findFirst();
    }

    /** The current owner of the respondent's subject, if they are one (duties are raised to them). */
    public Optional<String> ownerOf(UUID forceId, String respondentKey) {
        return jdbc.queryForList("select owner_name from priority_subject where force_id = ? and respondent_key = ? "
                + "and status <> 'ENDED'", String.class, forceId, respondentKey).stream().findFirst();
    }

    /** Page {@code page} (from 1) of the force's subjects: current ones (review first), or ended ones. */
    @Transactional(readOnly = true)
    public SubjectPage list(boolean ended, int page, int size) {
        UUID force = currentUsers.require().forceId();
        String where = "force_id = ? and status " + (ended ? "= 'ENDED'" : "<> 'ENDED'");
        long total = jdbc.queryForObject("select count(*) from priority_subject where " + where, Long.class, force);
        List<SubjectLine> items = jdbc.query("select * from priority_subject where " + where
                + " order by case status when 'REVIEW' then 0 else 1 end, review_on, respondent_name, id "
                + "limit ? offset ?", (rs, i) -> new SubjectLine(rs.getObject("id", UUID.class),
                rs.getString("respondent_name"), rs.getObject("respondent_dob", LocalDate.class),
                rs.getString("owner_name"), OwnerRole.valueOf(rs.getString("owner_role")),
                rs.getObject("review_on", LocalDate.class), rs.getString("status"),
                rs.getTimestamp("started_at").toInstant()), force, size, (long) (page - 1) * size);
        accessLog.record(AccessAction.SEARCH, "priority-subject", ended ? "ended" : "current", null,
                "Priority subjects, page " + page + " (" + items.size() + " of " + total + ")");
        return new SubjectPage(items, page, total);
    }

    /** Records a review: the subject stays a priority with a new review date (and owner, if changed). */
    @Transactional
    public SubjectView review(UUID id, LocalDate nextReview, String ownerName, String note, Integer version) {
        CurrentUser user = currentUsers.require();
        List<FieldError> errors = new ArrayList<>();
        reviewDate(errors, nextReview);
        if (ownerName != null && ownerName.length() > NAME_LIMIT) {
            errors.add(new FieldError("ownerName", "must be at most " + NAME_LIMIT + " characters"));
        }
        text(errors, "note", note, REASON_LIMIT, "Say what the review found");
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        int changed = jdbc.update("update priority_subject set review_on = ?, status = 'ACTIVE', status_note = null, "
                + "owner_name = coalesce(?, owner_name), row_version = row_version + 1 where force_id = ? and id = ? "
                + "and status <> 'ENDED' and (cast(? as integer) is null or row_version = ?)", nextReview,
                ownerName == null || ownerName.isBlank() ? null : ownerName.strip(), user.forceId(), id, version,
                version);
        if (changed != 1) {
            view(id);
            throw new ConflictException("The subject has ended or was changed by someone else; reload it.");
        }
        accessLog.record(AccessAction.CHANGE, "priority-subject", id.toString(), null,
                "Reviewed; next review " + nextReview + ": " + MonitoredOrders.cut(note.strip(), 200));
        return read(id, "reviewed");
    }

    /** Ends the priority, with a reason. */
    @Transactional
    public SubjectView end(UUID id, String reason, Integer version) {
        CurrentUser user = currentUsers.require();
        List<FieldError> errors = new ArrayList<>();
        text(errors, "reason", reason, REASON_LIMIT, "Say why the priority ends");
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        int changed = jdbc.update("update priority_subject set status = 'ENDED', ended_at = ?, ended_by = ?, "
                + "end_reason = ?, row_version = row_version + 1 where force_id = ? and id = ? and status <> 'ENDED' "
                + "and (cast(? as integer) is null or row_version = ?)", Suggestions.ts(clock.instant()), user.username(),
                reason.strip(), user.forceId(), id, version, version);
        if (changed != 1) {
            view(id);
            throw new ConflictException("The subject has already ended or was changed by someone else; reload it.");
        }
        accessLog.record(AccessAction.CHANGE, "priority-subject", id.toString(), null, "Ended the priority");
        return read(id, "ended");
    }

    /**
     * Puts to review (or ends) every current subject of every force whose respondent's last order has ended, and puts
     * to review those whose review date has passed. Returns how many changed.
     */
    public int sweep() {
        int changed = 0;
        for (var force : forces.all()) {
            changed += system.runAs(force.id(), PROCESS, Set.of(Role.SUPERVISOR),
                    () -> transactions.execute(status -> sweepForce(force.id())));
        }
        return changed;
    }

    int sweepForce(UUID forceId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, UkTime.LONDON);
        int changed = 0;
        for (Row row : jdbc.query("select * from priority_subject where force_id = ? and status = 'ACTIVE'", ROW,
                forceId)) {
            var own = orders.ofRespondent(forceId, row.key());
            boolean anyLive = own.stream().anyMatch(o -> !o.endedAt(now));
            if (!own.isEmpty() && !anyLive) {
                var last = own.stream().map(MonitoredOrders.OrderRow::endsAt)
                        .max(java.util.Comparator.naturalOrder()).orElse(now);
                String note = "The respondent's last order ended on " + new UkTime().format(last) + ".";
                if (endOnLastOrder) {
                    changed += jdbc.update("update priority_subject set status = 'ENDED', ended_at = ?, ended_by = ?,"
                            + " end_reason = ?, row_version = row_version + 1 where id = ? and status = 'ACTIVE'",
                            Suggestions.ts(now), "system:" + PROCESS, note, row.view().id());
                } else {
                    changed += jdbc.update("update priority_subject set status = 'REVIEW', status_note = ?, "
                            + "row_version = row_version + 1 where id = ? and status = 'ACTIVE'", note,
                            row.view().id());
                }
                accessLog.record(AccessAction.CHANGE, "priority-subject", row.view().id().toString(), null, note);
            } else if (row.view().reviewOn().isBefore(today)) {
                changed += jdbc.update("update priority_subject set status = 'REVIEW', status_note = ?, "
                        + "row_version = row_version + 1 where id = ? and status = 'ACTIVE'",
                        "The review date passed.", row.view().id());
            }
        }
        return changed;
    }

    record Row(String key, SubjectView view) {
    }

    static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getString("respondent_key"), new SubjectView(
            rs.getObject("id", UUID.class), rs.getString("respondent_name"),
            rs.getObject("respondent_dob", LocalDate.class), rs.getString("reason"), rs.getString("owner_name"),
            OwnerRole.valueOf(rs.getString("owner_role")), rs.getObject("review_on", LocalDate.class),
            rs.getString("status"), rs.getString("status_note"), rs.getTimestamp("started_at").toInstant(),
            rs.getString("started_by"), rs.getObject("suggestion_id", UUID.class),
            MonitoredOrders.instant(rs.getTimestamp("ended_at")), rs.getString("ended_by"),
            rs.getString("end_reason"), rs.getInt("row_version"), List.of(), List.of()));
}
