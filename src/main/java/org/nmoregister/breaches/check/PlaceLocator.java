package org.nmoregister.breaches.check;

import java.util.Optional;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.places.PlaceLocation;
import org.nmoregister.terms.Clause;

/**
 * Finds where a place a term names is: from its address (at the property, or at its postcode's centre marked
 * approximate), or, for "her home" with no address, from the protected person's address on the order. Supplied by
 * the caller so the check stays free of the gazetteer.
 */
@FunctionalInterface
public interface PlaceLocator {

    Optional<PlaceLocation> locate(Clause.Place place, OrderDetails order);

    PlaceLocator NONE = (place, order) -> Optional.empty();
}
