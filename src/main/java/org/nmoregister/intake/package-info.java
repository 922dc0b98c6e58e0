/**
 * Intake: every notification of a protective order, however it reaches the force (the courts' electronic feed, an
 * e-mail, an uploaded order document, manual entry by the point of contact from another force, a partner agency,
 * the victim or a solicitor, or a bulk import of a force's existing orders), stored durably before it is
 * acknowledged, with the original documents and their SHA-256; repeated deliveries recognised and changed resends
 * kept. The point of contact triages the queue in order of urgency and accepts each notification, rejects it with a
 * reason, or marks it a duplicate. What an accepted notification does to an order (a new order, or a new version of
 * the one already held) is the {@code orders} module's decision ({@code OrderRegister.record}); intake checks only
 * what is about the notification itself and reports the order's field rule under its own names.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake: notifications and the point-of-contact queue")
package org.nmoregister.intake;
