package org.nmoregister.monitoring.priority;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.monitoring.checks.ProactiveChecks;
import org.nmoregister.platform.web.UkTime;
import org.nmoregister.security.ForceDirectory;
import org.nmoregister.security.Role;
import org.nmoregister.security.SystemActions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data for monitoring (with {@code nmo.demo.enabled}): once the demo orders are in the read model, Northshire's
 * DAPO respondent (Aaron Kerr, NX26DAPO0007, whose notification duty is unmet) is made a priority subject with a plan
 * of checks, one of them overdue; Craig (NX26F00412, two demo breaches) is left for the register to suggest. Run by
 * the priority sweep, so it waits for the listeners, and does nothing once done.
 */
@Component
class DemoPrioritySubjects {

    static final String DAPO_CASE = "NX26DAPO0007";

    private final boolean enabled;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final SystemActions system;
    private final ForceDirectory forces;
    private final PrioritySubjects subjects;
    private final ProactiveChecks checks;
    private final Clock clock;

    DemoPrioritySubjects(@Value("${nmo.demo.enabled:false}") boolean enabled, JdbcTemplate jdbc,
                   TransactionTemplate transactions, SystemActions system, ForceDirectory forces,
                   PrioritySubjects subjects, @Lazy ProactiveChecks checks, Clock clock) {
        this.enabled = enabled;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.system = system;
        this.forces = forces;
        this.subjects = subjects;
        this.checks = checks;
        this.clock = clock;
    }

    void ensure() {
        if (!enabled) {
            return;
        }
        var force = forces.byCode("northshire").orElse(null);
        if (force == null || force.districts().isEmpty()) {
            return;
        }
        UUID orderId = jdbc.queryForList("select order_id from monitoring_order where force_id = ? and case_number = ?",
                UUID.class, force.id(), DAPO_CASE).stream().findFirst().orElse(null);
        if (orderId == null || jdbc.queryForObject("select count(*) from proactive_check where order_id = ?",
                Integer.class, orderId) > 0) {
            return;
        }
        system.runAs(force.id(), "monitoring-demo", Set.of(Role.SUPERVISOR, Role.OFFICER), () ->
                transactions.execute(status -> {
                    LocalDate today = LocalDate.ofInstant(clock.instant(), UkTime.LONDON);
                    var subject = subjects.create(orderId, new PrioritySubjects.NewSubject(
                            "DAPO with notification requirements; violence and alcohol on the officer-safety "
                            + "warnings", "DC 415 Okafor, IOM team", OwnerRole.OFFENDER_MANAGER.name(),
                            today.plusMonths(1)));
                    UUID district = force.districts().get(0).id();
                    var visit = checks.plan(new ProactiveChecks.NewCheck(orderId, subject.id(), "REASSURANCE_VISIT",
                            "PC 221 Hart, Northby neighbourhood team", district, today,
                            "Visit Lucy Kerr: how is she, has he been near, does she know how to report"));
                    // the demo's overdue check: due two days ago, not done
                    jdbc.update("update proactive_check set due_on = ? where id = ?", today.minusDays(2), visit.id());
                    checks.plan(new ProactiveChecks.NewCheck(orderId, subject.id(), "PATROL",
                            "Northby response team", district, today.plusDays(5), "Evening patrol past Park Crescent"));
                    return null;
                }));
    }
}
