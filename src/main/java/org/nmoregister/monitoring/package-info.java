/**
 * Monitoring: watching the respondents most likely to do harm instead of waiting for the next 999 call (seed 000,
 * "local monitoring"; issue 14).
 * <ul>
 * <li>Priority subjects ({@code priority}): respondents the force watches, with an owner and a review date; the
 * register suggests candidates and says why, and each suggestion is accepted or dismissed with a reason.</li>
 * <li>Proactive checks ({@code checks}): reassurance contact or visits to the victim, patrols past protected places,
 * engagement with the respondent, each with an owner, a district, a due date and a result; overdue checks go on the
 * daily risk meeting through {@code risk.RiskMeetingContributor}.</li>
 * <li>A DAPO's notification duties ({@code duties}): names and home address within three days; an unmet duty is
 * raised to the owner as a possible breach.</li>
 * <li>Electronic monitoring: a provider's feed account ({@code MONITORING_FEED}) sends devices' location points and
 * events ({@code feed}: stored before they are acknowledged, idempotent per device and time); each point is checked
 * at once against every exclusion zone and protected place of the orders its device is linked to, the accuracy
 * circle taken into account ({@code zones}: inside, possibly inside, outside); an entry, a tamper or a silent device
 * raises an alert to the owning force's control room, live on its page within a second ({@code alerts}: one alert
 * per entry, updated while inside; acknowledged and closed with an outcome).</li>
 * </ul>
 * The module is downstream of orders, quality, flags, places, breaches and risk: it listens to their events, reads
 * them only through their public APIs and changes nothing in them; none of them depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring: priority subjects, proactive checks, DAPO duties, electronic monitoring")
package org.nmoregister.monitoring;
