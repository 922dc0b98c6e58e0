package org.nmoregister.risk;

import java.time.Instant;
import java.util.List;

/**
 * Adds items to the daily risk meeting's agenda. Implemented by other modules (breaches adds the breaches since the
 * last meeting, repeat victims and outstanding arrests; monitoring adds overdue proactive checks and unmet
 * notification duties); called as the signed-in user, so items are force-scoped. Risk finds every bean that
 * implements it, so a contributing module depends on risk and never the reverse.
 */
public interface RiskMeetingContributor {

    /** Items for a meeting covering {@code since} (the last meeting, or 24 hours before) to {@code until}. */
    List<AgendaItem> agenda(Instant since, Instant until);

    /** The agenda's sections, in the order the meeting takes them. */
    enum Section {
        BREACHES_SINCE_LAST_MEETING, HIGH_RISK, REPEAT_VICTIMS, OUTSTANDING_ARRESTS,
        /**
         * Work watching respondents that has fallen behind (proactive checks past their due date, notification duties
         * unmet): contributed by the monitoring module, which risk does not depend on.
         */
        MONITORING
    }

    /**
     * One item.
     *
     * @param reference what the item is about, as the meeting refers to it (a breach reference, a case number)
     * @param link      the page where it can be opened ("/breaches/…"), or null
     * @param summary   one line for the agenda
     * @param level     the current risk level, when known
     */
    record AgendaItem(Section section, String reference, String link, String summary, RiskLevel level) {
    }
}
