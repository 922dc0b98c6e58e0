/**
 * Sentencing guidance: the Sentencing Council guideline for breach of a protective order (restraining and
 * non-molestation orders, also used for breach of a domestic abuse protection order and a stalking protection order),
 * held as versioned reference data: culpability and harm definitions, the table of starting points and category
 * ranges, the aggravating and mitigating factors and the statutory maximum, with the guide's page and API. The file
 * is read and checked once at start-up (property nmo.sentencing.guideline); a force updates it without a code change.
 * It stands alone: it reads no breach, order or person; it names the kinds of order the guideline applies to in the
 * orders module's words ({@code orders.OrderType}) and uses the platform and security for its endpoints. See
 * docs/sentencing.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sentencing: the guideline for breach offences")
package org.nmoregister.sentencing;
