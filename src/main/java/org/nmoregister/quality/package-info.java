/**
 * Quality assurance of every order version (PENDING_QA → QUERIED → QUALITY_ASSURED) against the enforceability
 * findings of the {@code terms} module, supervisors' overrides, and liaison with the family courts: requests for
 * missing data, clearer wording, confirmation that an order is current or was served, with reminders and a daily
 * sweep. A version becoming QUALITY_ASSURED publishes {@link org.nmoregister.quality.OrderQualityAssured}, which
 * flags and safeguarding act on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality: assurance and court liaison")
package org.nmoregister.quality;
