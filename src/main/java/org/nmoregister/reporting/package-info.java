/**
 * Reporting: the register as a whole. The register list (orders filtered by status, type, district, court, ending
 * soon, unserved, awaiting quality assurance or with a breach; the page, its CSV, and the implementation of
 * {@link org.nmoregister.orders.OrderListing} behind {@code GET /api/v1/orders}) and the trends and performance
 * figures for analysts and supervisors (intake, the register, breaches, risk and safeguarding; by month, any date range,
 * force or district) as charts with their tables, CSV, PDF and the summary API. It reads other modules' tables only
 * through read-only SQL views it owns (migration V65, {@code reporting_*}), never their repositories or entities, and
 * changes nothing but the access log. Figures carry no name; small numbers in a district are suppressed
 * ({@link org.nmoregister.reporting.rules.Suppression}). See docs/reporting.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting: the register list, trends and performance")
package org.nmoregister.reporting;
