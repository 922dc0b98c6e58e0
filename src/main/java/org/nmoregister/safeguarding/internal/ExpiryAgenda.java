package org.nmoregister.safeguarding.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nmoregister.breaches.BreachRisk;
import org.nmoregister.platform.web.UkTime;
import org.nmoregister.risk.RiskAssessments;
import org.nmoregister.risk.RiskLevel;
import org.nmoregister.risk.RiskMeetingContributor;
import org.nmoregister.risk.RiskSummary;
import org.nmoregister.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * High-risk orders coming to their end go on the risk meeting's agenda: each order with an outstanding expiry-planning
 * task whose victim was assessed HIGH after a breach of it (or whose assessment calls for a MARAC referral), so the
 * meeting decides with the safeguarding unit whether to support an extension or another order.
 */
@Component
class ExpiryAgenda implements RiskMeetingContributor {

    private final JdbcTemplate jdbc;
    private final RiskAssessments risk;
    private final CurrentUsers currentUsers;

    ExpiryAgenda(JdbcTemplate jdbc, RiskAssessments risk, CurrentUsers currentUsers) {
        this.jdbc = jdbc;
        this.risk = risk;
        this.currentUsers = currentUsers;
    }

    private record Ending(UUID taskId, UUID orderId, String caseNumber, String subject, Instant end, Instant due) {
    }

    @Override
    public List<AgendaItem> agenda(Instant since, Instant until) {
        UUID force = currentUsers.require().forceId();
        List<Ending> endings = jdbc.query("""
                select t.id, t.order_id, e.case_number, e.subject, e.planned_end, t.due_at
                from safeguarding_task t join safeguarding_order_end e on e.task_id = t.id
                where t.force_id = ? and t.kind = 'EXPIRY_PLANNING' and t.status in ('OPEN', 'ESCALATED')
                order by e.planned_end
                """, (rs, i) -> new Ending(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant()), force);
        if (endings.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<UUID>> reports = new HashMap<>();
        jdbc.query("select order_id, report_id from safeguarding_order_breach where force_id = ? and order_id = any(?)",
                rs -> {
                    reports.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject(2, UUID.class));
                }, force, endings.stream().map(Ending::orderId).distinct().toArray(UUID[]::new));
        Collection<UUID> allReports = reports.values().stream().flatMap(List::stream).toList();
        Map<UUID, RiskSummary> assessed = allReports.isEmpty() ? Map.of()
                : risk.forSources(BreachRisk.Assessment.SOURCE, allReports);
        List<AgendaItem> items = new ArrayList<>();
        for (Ending ending : endings) {
            Set<RiskSummary> summaries = reports.getOrDefault(ending.orderId(), List.of()).stream()
                    .map(assessed::get).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
            boolean high = summaries.stream().anyMatch(s -> s.level() == RiskLevel.HIGH || s.marac());
            if (!high) {
                continue;
            }
            items.add(new AgendaItem(Section.HIGH_RISK, ending.caseNumber(), "/safeguarding/expiry/" + ending.taskId(),
                    (ending.subject() == null ? "" : ending.subject() + ": ") + "high-risk order ends "
                            + UkTime.written(ending.end()) + "; decide on an extension or another order by "
                            + UkTime.written(ending.due()), RiskLevel.HIGH));
        }
        return items;
    }
}
