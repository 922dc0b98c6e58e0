/**
 * The Sentencing Council guideline for breach of a protective order (restraining and non-molestation orders, also
 * used for breach of a domestic abuse protection order and a stalking protection order), held as versioned reference
 * data: culpability and harm definitions, the table of starting points and category ranges, the aggravating and
 * mitigating factors and the statutory maximum. The file is read and checked once at start-up (property
 * nmo.sentencing.guideline); a force updates it without a code change. See docs/sentencing.md.
 */
package org.nmoregister.breaches.sentencing;
