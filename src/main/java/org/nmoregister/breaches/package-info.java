/**
 * Breaches of protective orders, from report to outcome: the report and its incidents and evidence, the automatic
 * check of each incident against the order version in force when it happened (never today's version), crime
 * recording and investigation, the response, the supervisor's review of inadequate responses, dip-sampling, and the
 * outcome (offence or contempt, never both). The check's rules are plain Java in {@code breaches.check}; the
 * Sentencing Council guideline for breach offences is reference data in {@code breaches.sentencing}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Breaches: report, check, investigation, review")
package org.nmoregister.breaches;
