package org.nmoregister.safeguarding.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.nmoregister.breaches.BreachReported;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.platform.web.UkTime;
import org.nmoregister.quality.OrderQualityAssured;
import org.nmoregister.safeguarding.TaskKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Prompts a review of the victim's safety plan ({@link TaskKind#SAFETY_PLAN_REVIEW}) when something changes the risk:
 * a breach reported against the order, a variation or extension of the order once assured, and an approaching end
 * (with the expiry planning). One task per prompt: the key names the breach, the version or the end, so a redelivered
 * event makes no second task.
 */
@Service
class SafetyPlanReviews {

    static final String BREACH = "breach:";
    static final String CHANGE = "change:v";
    static final String END = "end:";

    private final Tasks tasks;
    private final Clock clock;
    private final Duration target;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    SafetyPlanReviews(Tasks tasks, Clock clock,
                      @Value("${nmo.safeguarding.safety-plan-review.target:P3D}") Duration target,
                      org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.clock = clock;
        this.target = target;
    }

    /** A breach may mean increased risk: the plan is reviewed within the target time (default three days). */
    @ApplicationModuleListener
    void on(BreachReported breach) {
        if (breach.orderId() == null) {
            return; // no order found for the report: there is no order's victim to review a plan for here
        }
        jdbc.update("""
                insert into safeguarding_order_breach (order_id, report_id, force_id, reference, reported_at)
                values (?, ?, ?, ?, ?) on conflict do nothing
                """, breach.orderId(), breach.reportId(), breach.forceId(),
                breach.reference().length() > 40 ? breach.reference().substring(0, 40) : breach.reference(),
                java.sql.Timestamp.from(breach.reportedAt() == null ? clock.instant() : breach.reportedAt()));
        tasks.open(new NewTask(breach.forceId(), breach.orderId(), 0, TaskKind.SAFETY_PLAN_REVIEW,
                BREACH + breach.reference(), null, breach.protectedPerson(), clock.instant().plus(target)));
    }

    /** A variation or an extension, once assured, changes what protects the victim: the plan is reviewed against it. */
    @ApplicationModuleListener
    void on(OrderQualityAssured assured) {
        ChangeKind kind = assured.order().changeKind();
        if (kind != ChangeKind.VARIATION && kind != ChangeKind.EXTENSION) {
            return;
        }
        var applicant = assured.order().details().applicant();
        tasks.open(new NewTask(assured.forceId(), assured.orderId(), assured.version(), TaskKind.SAFETY_PLAN_REVIEW,
                CHANGE + assured.version(), null, applicant == null ? null : applicant.name(),
                clock.instant().plus(target)));
    }

    /** The order's end approaches: the plan must not rely on an order about to lapse. Called with the expiry task. */
    void endApproaching(UUID forceId, UUID orderId, int version, Instant end, String subject, Instant due) {
        tasks.open(new NewTask(forceId, orderId, version, TaskKind.SAFETY_PLAN_REVIEW, END + end, null, subject, due));
    }

    /** Why a review was prompted, in words, from its key. */
    static String why(TaskEntity task) {
        String key = task.dedupeKey;
        if (key.startsWith(BREACH)) {
            return "A breach was reported (" + key.substring(BREACH.length()) + "): review the victim's safety plan.";
        }
        if (key.startsWith(CHANGE)) {
            return "Version " + key.substring(CHANGE.length())
                    + " of the order changed it: review the safety plan against the order as it now stands.";
        }
        if (key.startsWith(END)) {
            return "The order ends on " + UkTime.written(Instant.parse(key.substring(END.length())))
                    + ": the safety plan must not rely on it after that.";
        }
        return "Review the victim's safety plan.";
    }
}
