/**
 * Across forces: a case (the order with its versions, breaches, risk assessments, safeguarding and markers) moves to
 * another force only when that force's point of contact accepts it (seed 000, "Transfers": the owner is the force
 * where the investigation is). Until then the sender owns it and keeps every flag, and the receiving force sees only a
 * summary that names no address and no C8 detail; a request left pending for five working days is escalated to both
 * forces' supervisors. On acceptance the order moves through {@link org.nmoregister.orders.OrderOwnership} and each
 * module re-homes its own records in the same transaction ({@link org.nmoregister.orders.OrderMovedToForce}); the
 * sender keeps a read-only view of what it held. Recording that a victim has moved offers the C8 protection for the
 * new address. See docs/transfers.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transfers: a case moving between forces")
package org.nmoregister.transfers;
