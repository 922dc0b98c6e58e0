/**
 * Risk: DASH risk assessments (the question set, its version and thresholds are reference data), the risk level with
 * a professional-judgement override, MARAC referral, escalation of repeat breaches, the safety-plan review prompt, and
 * the daily risk meeting's agenda, actions and owners. Other modules open an assessment through
 * {@link org.nmoregister.risk.RiskAssessments} and add items to the meeting's agenda through
 * {@link org.nmoregister.risk.RiskMeetingContributor}; this module depends on neither of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk: DASH assessments, MARAC, the daily risk meeting")
package org.nmoregister.risk;
