/**
 * Risk: DASH risk assessments (the question set, its version and thresholds are reference data), the risk level with
 * a professional-judgement override, MARAC referral, escalation of repeat breaches, the safety-plan review prompt, and
 * the daily risk meeting's agenda, actions and owners. Risk is downstream of breaches: it listens to
 * {@code breaches.BreachReported} and opens an assessment for every breach (no signed-in user is needed: the event
 * says the force and the reporting officer), answers the breach file's questions about that assessment through the
 * port breaches defines ({@code breaches.BreachRisk}), and puts breaches on the meeting's agenda by reading
 * {@code breaches.Breaches}. Breaches depends on nothing in this module. Another source of cases may open an
 * assessment through {@link org.nmoregister.risk.RiskAssessments} and add agenda items through
 * {@link org.nmoregister.risk.RiskMeetingContributor}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk: DASH assessments, MARAC, the daily risk meeting")
package org.nmoregister.risk;
