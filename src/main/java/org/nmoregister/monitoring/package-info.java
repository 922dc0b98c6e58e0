/**
 * Monitoring: watching the respondents who matter most instead of waiting for the next 999 call (issue 14).
 * Priority respondents (suggested with the reason, accepted or dismissed, reviewed), proactive check plans with their
 * results, and a DAPO's notification duties (names and address due within three days) with overdue duties raised as
 * possible breaches. And electronic monitoring: a provider's feed account ({@code MONITORING_FEED}) sends devices'
 * location points and events ({@code feed}: stored before they are acknowledged, idempotent per device and time);
 * each point is checked at once against every exclusion zone and protected place of the orders its device is linked
 * to, the accuracy circle taken into account ({@code zones}: inside, possibly inside, outside); an entry, a tamper
 * or a silent device raises an alert to the owning force's control room, live on its page within a second
 * ({@code alerts}: one alert per entry, updated while inside; acknowledged and closed with an outcome). The module
 * reads orders, flags (place markers) and places through their public APIs and changes nothing in them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring: priority respondents, proactive checks, DAPO notification duties, electronic monitoring")
package org.nmoregister.monitoring;
