/**
 * The control-room read model: find any order from a name (with its variants), a date of birth, a postcode, an
 * address or a location, in milliseconds. It keeps its own in-memory copy of the flagged people and places (built
 * from the flags module's markers and kept fresh by polling their change times, so every instance sees a change
 * within a second), and derives each order's status at the moment of the query, so an order that has just ended
 * never shows as in force.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lookup: the control-room read model")
package org.nmoregister.lookup;
