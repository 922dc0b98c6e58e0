/**
 * Safeguarding: what the force does for a victim once an order is recorded. The victim's district is found from the
 * protected person's postcode and briefed (and acknowledges the briefing); the safeguarding unit contacts each
 * protected adult by the safe route they gave and explains the order; safety plans are kept and reviewed after a
 * breach; an order's end is planned for before it comes. Each piece of work is a {@link TaskKind task} made once per
 * event (idempotent on order, kind and key), due at a time set by the force, escalated when overdue, and listed on the
 * safeguarding workbench. The module is downstream of orders, quality and breaches: it listens to their events and
 * never calls back into them to change anything.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Safeguarding: district briefings, victim contact, safety plans, expiry planning")
package org.nmoregister.safeguarding;
