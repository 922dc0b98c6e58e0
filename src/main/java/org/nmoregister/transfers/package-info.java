/**
 * Across forces (issue 13): what one force may learn of another's orders, and moving a case between them.
 * <ul>
 * <li>The national existence check's sharing rules: each force decides which other forces' lookups may learn that it
 * holds an order (on for every force unless it turns sharing off, for all or for one force) and gives the 24/7
 * control-room telephone shown on its cards; the lookup asks these rules through {@code lookup.CrossForceRules},
 * which this module implements. The force where an order's respondent lives is sent a read-only existence notice
 * (from the respondent's postcode, never the victim's address), so its lookup finds the order as a card even where
 * sharing is off. A control room that needs more than the card asks the owning force, whose point of contact sees the
 * request, the notices and a daily list of other forces' enquiries about its orders.</li>
 * <li>Transfers: a case (the order with its versions, breaches, risk assessments, safeguarding and markers) moves to
 * another force only when that force's point of contact accepts it (seed 000, "Transfers": the owner is the force
 * where the investigation is). Until then the sender owns it and keeps every flag, and the receiving force sees only
 * a summary that names no address and no C8 detail; a request left pending for five working days is escalated to
 * both forces' supervisors. On acceptance the order moves through {@link org.nmoregister.orders.OrderOwnership} and
 * each module re-homes its own records in the same transaction ({@link org.nmoregister.orders.OrderMovedToForce});
 * the sender keeps a read-only view of what it held.</li>
 * <li>Recording that a victim has moved offers the C8 protection for the new address.</li>
 * </ul>
 * See docs/cross-force.md and docs/transfers.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transfers: across forces (sharing, existence check, transfers)")
package org.nmoregister.transfers;
