/**
 * Intake: every notification of a protective order, however it reaches the force (the courts' electronic feed, an
 * e-mail, an uploaded order document, or manual entry by the point of contact from another force, a partner agency,
 * the victim or a solicitor), stored durably before it is acknowledged, with the original documents and their
 * SHA-256. The point of contact triages the queue in order of urgency and accepts each notification into the
 * {@code orders} register (a new order, or a new version of the order already held for the same court, case and
 * type), rejects it with a reason, or marks it a duplicate.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake: notifications and the point-of-contact queue")
package org.nmoregister.intake;
