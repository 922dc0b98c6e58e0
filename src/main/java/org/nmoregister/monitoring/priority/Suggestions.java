package org.nmoregister.monitoring.priority;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.breaches.Breaches;
import org.nmoregister.monitoring.duties.DapoRequirements;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.platform.web.UkTime;
import org.nmoregister.risk.RiskAssessments;
import org.nmoregister.risk.RiskSummary;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.ForceDirectory;
import org.nmoregister.security.Role;
import org.nmoregister.security.SystemActions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register's suggestions of priority subjects: worked out for each force by the sweep (as the system process
 * {@code system:monitoring-suggestions}, reading risk and breaches through their public APIs, one call each per
 * force), listed, accepted (the respondent becomes a subject) or dismissed with a reason. A suggestion is kept with
 * its evidence: a dismissed one is not made again until something new happens, and an open one whose reason no longer
 * holds, or that newer evidence replaces, is withdrawn.
 */
@Service
public class Suggestions {

    /** One suggestion as the API and the pages show it. */
    public record SuggestionView(UUID id, String respondentName, LocalDate respondentDob, SuggestionReason reason,
                                 String reasonLabel, String why, UUID orderId, String status, Instant suggestedAt,
                                 Instant decidedAt, String decidedBy, String decisionNote) {
    }

    /** A page of suggestions and how many there are in all. */
    public record SuggestionPage(List<SuggestionView> items, int page, long total) {
    }

    static final String PROCESS = "monitoring-suggestions";
    static final int NOTE_LIMIT = 2000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final SystemActions system;
    private final ForceDirectory forces;
    private final RiskAssessments risk;
    private final Breaches breaches;
    private final DapoRequirements requirements;
    private final Confidentiality confidentiality;

    Suggestions(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, CurrentUsers currentUsers,
                AccessLog accessLog, SystemActions system, ForceDirectory forces, RiskAssessments risk,
                Breaches breaches, DapoRequirements requirements, Confidentiality confidentiality) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.system = system;
        this.forces = forces;
        this.risk = risk;
        this.breaches = breaches;
        this.requirements = requirements;
        this.confidentiality = confidentiality;
    }

    /** Works out every force's suggestions afresh; returns how many new suggestions were made. */
    public int sweep() {
        int made = 0;
        for (var force : forces.all()) {
            made += system.runAs(force.id(), PROCESS, Set.of(Role.SUPERVISOR),
                    () -> transactions.execute(status -> sweepForce(force.id())));
        }
        return made;
    }

    /** The signed-in user's force's suggestions worked out now (the sweep's work for one force). */
    int sweepForce(UUID forceId) {
        Instant now = clock.instant();
        var rules = new SuggestionRules(risk.escalationWindow(), UkTime.LONDON);
        Instant horizon = LocalDate.ofInstant(now, UkTime.LONDON).minus(risk.escalationWindow())
                .atStartOfDay(UkTime.LONDON).toInstant();
        // Respondents with an order not yet ended, or a breach within the window.
        List<MonitoredOrders.OrderRow> orders = jdbc.query("""
                select * from monitoring_order o where o.force_id = ? and o.respondent_key in (
                    select respondent_key from monitoring_order where force_id = ? and (ends_at is null or ends_at > ?)
                    union
                    select m.respondent_key from monitoring_breach b join monitoring_order m on m.order_id = b.order_id
                    where b.force_id = ? and b.reported_at >= ?)
                """, MonitoredOrders.ROW, forceId, forceId, ts(now), forceId, ts(horizon));
        Map<String, List<MonitoredOrders.OrderRow>> byRespondent = new LinkedHashMap<>();
        Map<UUID, MonitoredOrders.OrderRow> byOrder = new HashMap<>();
        for (var o : orders) {
            byRespondent.computeIfAbsent(o.respondentKey(), k -> new ArrayList<>()).add(o);
            byOrder.put(o.orderId(), o);
        }
        record BreachRow(UUID reportId, String reference, UUID orderId, Instant reportedAt) {
        }
        List<BreachRow> breachRows = byOrder.isEmpty() ? List.of() : jdbc.query("""
                select b.report_id, b.reference, b.order_id, b.reported_at from monitoring_breach b
                join monitoring_order o on o.order_id = b.order_id where b.force_id = ? and o.force_id = ?
                """, (rs, i) -> new BreachRow(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant()), forceId, forceId).stream()
                .filter(b -> byOrder.containsKey(b.orderId())).toList();
        Set<UUID> ids = new HashSet<>();
        breachRows.forEach(b -> ids.add(b.reportId()));
        Map<UUID, RiskSummary> assessments = ids.isEmpty() ? Map.of() : risk.forSources("breach", ids);
        Set<UUID> notCrimed = ids.isEmpty() ? Set.of() : breaches.notCrimedInTime(ids);
        Map<String, List<SuggestionRules.Flag>> flags = new HashMap<>();
        jdbc.query("select id, respondent_key, kind, detail from offender_management_flag where force_id = ? "
                + "and withdrawn_at is null", rs -> {
                    flags.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new SuggestionRules.Flag(
                            rs.getObject(1, UUID.class), rs.getString(3), rs.getString(4)));
                }, forceId);
        // respondents with flags but no live order are still suggested
        jdbc.query("select * from monitoring_order where force_id = ? and respondent_key in (select respondent_key "
                + "from offender_management_flag where force_id = ? and withdrawn_at is null)", MonitoredOrders.ROW,
                forceId, forceId).forEach(o -> {
                    if (byOrder.putIfAbsent(o.orderId(), o) == null) {
                        byRespondent.computeIfAbsent(o.respondentKey(), k -> new ArrayList<>()).add(o);
                    }
                });
        Set<String> subjects = new HashSet<>(jdbc.queryForList("select respondent_key from priority_subject where "
                + "force_id = ? and status <> 'ENDED'", String.class, forceId));
        int made = 0;
        for (var entry : byRespondent.entrySet()) {
            String key = entry.getKey();
            var respondentOrders = entry.getValue();
            Set<UUID> own = new HashSet<>();
            respondentOrders.forEach(o -> own.add(o.orderId()));
            List<SuggestionRules.Breach> theirs = breachRows.stream().filter(b -> own.contains(b.orderId()))
                    .map(b -> new SuggestionRules.Breach(b.reportId(), b.reference(), b.orderId(), b.reportedAt(),
                            notCrimed.contains(b.reportId()))).toList();
            SuggestionRules.Assessment latest = theirs.stream().map(b -> assessments.get(b.reportId()))
                    .filter(s -> s != null && s.isCompleted() && s.level() != null)
                    .max(java.util.Comparator.comparing(RiskSummary::completedAt))
                    .map(s -> new SuggestionRules.Assessment(s.assessmentId(), s.level().name(), s.completedAt()))
                    .orElse(null);
            List<SuggestionRules.Order> facts = respondentOrders.stream().map(o -> {
                var req = requirements.of(o);
                return new SuggestionRules.Order(o.orderId(), o.caseNumber(), o.orderType(), o.endedAt(now),
                        req.electronicMonitoring(), req.notification());
            }).toList();
            var suggestions = subjects.contains(key) ? List.<SuggestionRules.Suggestion>of()
                    : rules.suggest(new SuggestionRules.Facts(facts, theirs, latest, flags.get(key)), now);
            var newest = respondentOrders.get(0);
            for (var s : suggestions) {
                made += jdbc.update("""
                        insert into priority_suggestion (id, force_id, respondent_key, respondent_name, respondent_dob,
                            reason, why, evidence, order_id, status, suggested_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)
                        on conflict (force_id, respondent_key, reason, evidence) do nothing
                        """, UUID.randomUUID(), forceId, key, newest.respondentName(), newest.respondentDob(),
                        s.reason().name(), MonitoredOrders.cut(s.why(), 500), MonitoredOrders.cut(s.evidence(), 200),
                        s.orderId(), ts(now));
            }
            // open suggestions no longer supported (the reason no longer holds, newer evidence, or now a subject)
            Set<String> current = new HashSet<>();
            suggestions.forEach(s -> current.add(s.reason().name() + "|" + MonitoredOrders.cut(s.evidence(), 200)));
            for (var open : jdbc.query("select id, reason, evidence from priority_suggestion where force_id = ? and "
                    + "respondent_key = ? and status = 'OPEN'", (rs, i) -> new String[] {rs.getString(1),
                    rs.getString(2) + "|" + rs.getString(3)}, forceId, key)) {
                if (!current.contains(open[1])) {
                    jdbc.update("update priority_suggestion set status = 'WITHDRAWN', decided_at = ?, decided_by = ?, "
                            + "decision_note = ? where id = ? and status = 'OPEN'", ts(now), "system:" + PROCESS,
                            subjects.contains(key) ? "The respondent is a priority subject."
                                    : "The reason no longer holds, or newer facts replaced it.",
                            UUID.fromString(open[0]));
                }
            }
        }
        return made;
    }

    /** Page {@code page} (from 1) of the force's open suggestions, newest first; logged as a search. */
    @Transactional(readOnly = true)
    public SuggestionPage open(int page, int size) {
        UUID force = currentUsers.require().forceId();
        long total = jdbc.queryForObject("select count(*) from priority_suggestion where force_id = ? and status = "
                + "'OPEN'", Long.class, force);
        List<SuggestionView> items = jdbc.query("select * from priority_suggestion where force_id = ? and status = "
                + "'OPEN' order by suggested_at desc, respondent_name, id limit ? offset ?", VIEW, force, size,
                (long) (page - 1) * size);
        accessLog.record(AccessAction.SEARCH, "priority-suggestion", "open", null,
                "Suggested priority subjects, page " + page + " (" + items.size() + " of " + total + ")");
        return new SuggestionPage(confidentiality.forCurrentUserAcrossForce(items), page, total);
    }

    /** One suggestion of the force; logged. */
    @Transactional(readOnly = true)
    public SuggestionView view(UUID id) {
        SuggestionView view = find(id);
        accessLog.record(AccessAction.VIEW, "priority-suggestion", id.toString(), null,
                "Suggestion: " + view.respondentName() + ", " + view.reasonLabel());
        return mask(view);
    }

    SuggestionView find(UUID id) {
        return jdbc.query("select * from priority_suggestion where force_id = ? and id = ?", VIEW,
                currentUsers.require().forceId(), id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("suggestion " + id));
    }

    String respondentKey(UUID id) {
        return jdbc.queryForObject("select respondent_key from priority_suggestion where id = ?", String.class, id);
    }

    /** Dismisses an open suggestion with a reason; it is not made again for the same evidence. */
    @Transactional
    public SuggestionView dismiss(UUID id, String reason) {
        CurrentUser user = currentUsers.require();
        SuggestionView s = find(id);
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "Say why the suggestion is dismissed");
        }
        if (reason.length() > NOTE_LIMIT) {
            throw new InvalidRequestException("reason", "must be at most " + NOTE_LIMIT + " characters");
        }
        if (jdbc.update("update priority_suggestion set status = 'DISMISSED', decided_at = ?, decided_by = ?, "
                + "decision_note = ? where id = ? and status = 'OPEN'", ts(clock.instant()), user.username(),
                reason.strip(), id) != 1) {
            throw new ConflictException("The suggestion was already " + s.status().toLowerCase() + ".");
        }
        accessLog.record(AccessAction.CHANGE, "priority-suggestion", id.toString(), null,
                "Dismissed the suggestion of " + s.respondentName() + " (" + s.reasonLabel() + ")");
        return mask(find(id));
    }

    /** Marks the suggestion accepted and the respondent's other open suggestions withdrawn (a step of accepting). */
    void accepted(UUID id, String respondentKey, UUID forceId, String username) {
        Instant now = clock.instant();
        if (jdbc.update("update priority_suggestion set status = 'ACCEPTED', decided_at = ?, decided_by = ? "
                + "where id = ? and status = 'OPEN'", ts(now), username, id) != 1) {
            throw new ConflictException("The suggestion was already accepted, dismissed or withdrawn.");
        }
        withdrawOpen(forceId, respondentKey, now);
    }

    void withdrawOpen(UUID forceId, String respondentKey, Instant now) {
        jdbc.update("update priority_suggestion set status = 'WITHDRAWN', decided_at = ?, decided_by = ?, "
                + "decision_note = 'The respondent is a priority subject.' where force_id = ? and respondent_key = ? "
                + "and status = 'OPEN'", ts(now), "system:" + PROCESS, forceId, respondentKey);
    }

    private SuggestionView mask(SuggestionView view) {
        return view.orderId() == null ? confidentiality.forCurrentUserAcrossForce(view)
                : confidentiality.forCurrentUser(view, view.orderId());
    }

    static final RowMapper<SuggestionView> VIEW = (rs, i) -> {
        SuggestionReason reason = SuggestionReason.valueOf(rs.getString("reason"));
        return new SuggestionView(rs.getObject("id", UUID.class), rs.getString("respondent_name"),
                rs.getObject("respondent_dob", LocalDate.class), reason, reason.label(), rs.getString("why"),
                rs.getObject("order_id", UUID.class), rs.getString("status"),
                MonitoredOrders.instant(rs.getTimestamp("suggested_at")),
                MonitoredOrders.instant(rs.getTimestamp("decided_at")), rs.getString("decided_by"),
                rs.getString("decision_note"));
    };

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
