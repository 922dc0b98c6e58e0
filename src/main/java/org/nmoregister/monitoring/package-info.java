/**
 * Monitoring: watching the respondents most likely to do harm instead of waiting for the next 999 call (seed 000,
 * "local monitoring"). Priority subjects (respondents the force watches, with an owner and a review date; the
 * register suggests candidates and says why), proactive checks (reassurance contact or visits to the victim, patrols
 * past protected places, engagement with the respondent) with overdue checks on the daily risk meeting, a DAPO's
 * notification duties (names and home address within three days; an unmet duty raised as a possible breach), and
 * electronic-monitoring locations checked against every exclusion zone as they arrive. The module is downstream of
 * orders, quality, breaches and risk: it listens to their events, reads them only through their public APIs, and
 * contributes to the risk meeting through {@code risk.RiskMeetingContributor}; none of them depends on it.
 * Sub-packages: {@code priority}, {@code checks}, {@code duties} (and the electronic-monitoring feed's own).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring: priority subjects, proactive checks, DAPO duties, electronic monitoring")
package org.nmoregister.monitoring;
