/**
 * Quality assurance of every order version (PENDING_QA → QUERIED → QUALITY_ASSURED) against the enforceability
 * findings of the {@code terms} module, supervisors' overrides, and liaison with the family courts: requests for
 * missing data, clearer wording, confirmation that an order is current or was served, with reminders and a daily
 * sweep. A version becoming QUALITY_ASSURED publishes {@link org.nmoregister.quality.OrderQualityAssured}, carrying the
 * version as assured and its clauses, which flags acts on. Findings are the terms module's checks on the clauses
 * stored with the version; nothing here parses wording.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality: assurance and court liaison")
package org.nmoregister.quality;
