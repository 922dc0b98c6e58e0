package org.nmoregister.breaches.check;

/**
 * Judges an incident against the order version in force when it happened. Stateless and thread-safe.
 */
public final class BreachChecker {

    /**
     * @param incident the incident reported
     * @param order    the order's history; null when no order was found
     * @param places   locates the places the order's terms name
     * @param earlier  earlier incidents between the same people, for course-of-conduct prompts
     */
    public BreachAssessment check(Incident incident, OrderHistory order, PlaceLocator places,
                                  EarlierIncidents earlier) {
        throw new UnsupportedOperationException("being written");
    }
}
