package org.nmoregister.monitoring.checks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.monitoring.duties.NotificationDuties;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.platform.web.UkTime;
import org.nmoregister.risk.RiskMeetingContributor;
import org.springframework.stereotype.Component;

/**
 * Puts monitoring's overdue work on the daily risk meeting's agenda (section MONITORING): every proactive check past
 * its due day with no result, and every DAPO notification duty unmet past its day, however old (they stay until
 * done). Risk finds this bean through its own interface and does not depend on monitoring.
 */
@Component
class MonitoringOnTheAgenda implements RiskMeetingContributor {

    static final int LIMIT = 200;

    private final ProactiveChecks checks;
    private final NotificationDuties duties;
    private final AccessLog accessLog;
    private final Confidentiality confidentiality;

    MonitoringOnTheAgenda(ProactiveChecks checks, NotificationDuties duties, AccessLog accessLog,
                          Confidentiality confidentiality) {
        this.checks = checks;
        this.duties = duties;
        this.accessLog = accessLog;
        this.confidentiality = confidentiality;
    }

    @Override
    public List<AgendaItem> agenda(Instant since, Instant until) {
        List<AgendaItem> items = new ArrayList<>();
        var overdue = checks.overdue(LIMIT);
        for (var c : overdue) {
            items.add(new AgendaItem(Section.MONITORING, c.caseNumber(), "/monitoring/checks/" + c.id(),
                    "Overdue check: " + c.kindLabel().toLowerCase() + " (respondent " + c.respondentName() + "), due "
                    + new UkTime().date(c.dueOn()) + ", " + c.daysOverdue() + (c.daysOverdue() == 1 ? " day" : " days")
                    + " overdue; owner " + c.ownerName() + ", " + c.district(), null));
        }
        var unmet = duties.overdue();
        for (var d : unmet) {
            items.add(new AgendaItem(Section.MONITORING, d.caseNumber(), "/monitoring/duties/" + d.id(),
                    "DAPO notification not received: " + d.respondentName() + " was to notify "
                    + ("INITIAL".equals(d.kind()) ? "names and home address" : "a change") + " by "
                    + new UkTime().date(d.dueOn()) + (d.raisedTo() == null ? "" : "; raised to " + d.raisedTo()),
                    null));
        }
        if (!items.isEmpty()) {
            accessLog.record(AccessAction.VIEW, "proactive-check", "risk-meeting", null,
                    "Risk meeting agenda: " + overdue.size() + " overdue checks, " + unmet.size()
                    + " unmet notification duties");
        }
        return confidentiality.forCurrentUserAcrossForce(items);
    }
}
