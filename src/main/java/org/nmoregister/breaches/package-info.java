/**
 * Breaches of protective orders, from report to outcome: the report and its incidents and evidence, the automatic
 * check of each incident against the order version in force when it happened (never today's version), crime
 * recording and investigation, the response, the supervisor's review of inadequate responses, dip-sampling, and the
 * outcome (offence or contempt, never both). The check's rules are plain Java in {@code breaches.check}. Each stage
 * has its own service in {@code breaches.internal}: {@code BreachReporting} (the report, its incidents and evidence),
 * {@code BreachChecking} (the check), {@code BreachInvestigation} (crime, response, arrest, interview, outcome),
 * {@code BreachSupervision} with {@code DipSampling} (review, directions, dip-sampling); {@code BreachFiles} reads the
 * file and the lists. The Sentencing Council guideline is the separate {@code sentencing} module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Breaches: report, check, investigation, review")
package org.nmoregister.breaches;
