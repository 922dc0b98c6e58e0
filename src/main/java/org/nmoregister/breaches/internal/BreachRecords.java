package org.nmoregister.breaches.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderType;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.security.CurrentUsers;
import org.springframework.stereotype.Component;

/**
 * What every stage of a breach does to its record: finds it within the user's force (another force's breach does not
 * exist for the user), saves a change with its access-log entry, and asks what kind of order it was reported against.
 */
@Component
class BreachRecords {

    static final ZoneId UK = ZoneId.of("Europe/London");
    /** Reports are made after the event: an incident more than this after its report is a keying mistake. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final BreachReportRepository reports;
    private final OrderRegister register;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;

    BreachRecords(BreachReportRepository reports, OrderRegister register, CurrentUsers currentUsers,
                  AccessLog accessLog) {
        this.reports = reports;
        this.register = register;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
    }

    BreachReportEntity owned(UUID reportId) {
        return reports.findByIdAndForceId(reportId, currentUsers.require().forceId())
                .orElseThrow(() -> new NotFoundException("Breach " + reportId + " was not found"));
    }

    /** As {@link #owned}, locked until the transaction ends: for changes that depend on what is already recorded. */
    BreachReportEntity locked(UUID reportId) {
        return reports.lockByIdAndForceId(reportId, currentUsers.require().forceId())
                .orElseThrow(() -> new NotFoundException("Breach " + reportId + " was not found"));
    }

    void touch(BreachReportEntity report, String what) {
        reports.save(report);
        accessLog.record(AccessAction.CHANGE, "breach", report.id.toString(), null, report.reference + ": " + what);
    }

    boolean breachIsOffence(BreachReportEntity report) {
        OrderType type = orderType(report);
        return type == null || type.breachIsOffence();
    }

    /** The type of the report's order; null when there is none. */
    OrderType orderType(BreachReportEntity report) {
        if (report.orderId == null) {
            return null;
        }
        try {
            return register.current(report.orderId).details().orderType();
        } catch (NotFoundException gone) {
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}
