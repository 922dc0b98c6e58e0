/**
 * The protective-order aggregate: one record for every type (NMO, DAPN, DAPO, restraining order, occupation order,
 * stalking protection order, and undertakings, which are recorded but are not orders), with its court, dates,
 * parties, verbatim terms, service, confidentiality and documents. The module owns every change to an order: one
 * command, {@link org.nmoregister.orders.OrderRegister#record}, takes a court's notice, an amendment by the point of
 * contact, a bulk-import row or a service record, finds the order, decides the kind of change
 * ({@link org.nmoregister.orders.ChangeKind}), merges it, validates it with the one rule for an order's fields
 * ({@link org.nmoregister.orders.OrderRules}) and records it. Every change is a new immutable version with the time it
 * took effect, so "the order as it stood at time T" (what a breach is judged against) is one call:
 * {@link org.nmoregister.orders.OrderRegister#asAt}.
 * A version's terms are read into clauses once, with the terms
 * module, when it is recorded, and stored with it ({@link org.nmoregister.orders.OrderSnapshot#clauses}). Each version
 * is announced by {@link org.nmoregister.orders.OrderVersionRecorded}, carrying the order as it now stands, its clauses
 * and what changed ({@link org.nmoregister.orders.VersionChanges}), so listeners do not read it back.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders: the protective-order record")
package org.nmoregister.orders;
