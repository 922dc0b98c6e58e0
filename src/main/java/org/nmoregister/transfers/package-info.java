/**
 * Across forces: the national existence check's sharing rules and moving a case between forces. Each force decides
 * which other forces' lookups may learn that it holds an order (on for every force unless it turns sharing off, for
 * all or for one force) and gives the 24/7 control-room telephone shown on its cards; the lookup asks these rules
 * through {@code lookup.CrossForceRules}, which this module implements. The force where an order's respondent lives
 * is sent a read-only existence notice (from the respondent's postcode, never the victim's address), so its lookup
 * finds the order as a card even where sharing is off. A control room that needs more than the card asks the owning
 * force, whose point of contact sees the request, the notices and a daily list of other forces' enquiries about its
 * orders. Moving a case (a transfer) happens only when the receiving force accepts it (see docs/transfers.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transfers: across forces (sharing, existence check, transfers)")
package org.nmoregister.transfers;
