package org.nmoregister.breaches.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.breaches.check.ConductReported;
import org.nmoregister.breaches.check.IncidentAssessment;
import org.nmoregister.breaches.check.BreachChecker;
import org.nmoregister.breaches.check.Conduct;
import org.nmoregister.breaches.check.EarlierIncidents;
import org.nmoregister.breaches.check.Incident;
import org.nmoregister.breaches.check.IncidentLocation;
import org.nmoregister.breaches.check.OrderHistory;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.places.Coordinates;
import org.nmoregister.flags.MarkerDirectory;
import org.nmoregister.places.Gazetteer;
import org.nmoregister.places.PlaceChoices;
import org.nmoregister.places.PlaceLocation;
import org.nmoregister.places.Postcode;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.terms.Clause;
import org.springframework.stereotype.Component;

/**
 * Runs the breach check for an incident against the register: the order's history as the orders module records it,
 * term places located through the gazetteer, and earlier incidents between the same people.
 */
@Component
class IncidentCheck {

    private final BreachChecker checker = new BreachChecker();
    private final OrderRegister register;
    private final Gazetteer gazetteer;
    private final MarkerDirectory markers;
    private final PlaceChoices places;

    IncidentCheck(OrderRegister register, Gazetteer gazetteer, MarkerDirectory markers, PlaceChoices places) {
        this.register = register;
        this.gazetteer = gazetteer;
        this.markers = markers;
        this.places = places;
    }

    /** The check of each conduct of {@code incident} against order {@code orderId} (null: none was found). */
    IncidentAssessment check(UUID orderId, Incident incident, List<ConductReported> conducts,
                             EarlierIncidents earlier) {
        return checker.checkEach(incident, conducts, history(orderId).orElse(null),
                (place, order) -> locate(orderId, incident.occurredFrom(), place, order), earlier);
    }

    /** The order's history, or empty when the force holds no such order (the check then says NO_ORDER_FOUND). */
    Optional<OrderHistory> history(UUID orderId) {
        if (orderId == null) {
            return Optional.empty();
        }
        try {
            register.current(orderId);
        } catch (NotFoundException notHeld) {
            return Optional.empty();
        }
        return Optional.of(new OrderHistory() {
            @Override
            public Optional<org.nmoregister.orders.OrderSnapshot> at(Instant at) {
                return register.asAt(orderId, at);
            }

            @Override
            public Optional<org.nmoregister.orders.OrderSnapshot> latest() {
                return Optional.of(register.current(orderId));
            }
        });
    }

    /** Where an incident happened: its coordinates, else its postcode's centre. */
    IncidentLocation location(Double latitude, Double longitude, String postcode, Clause.PlaceKind placeKind,
                              String address) {
        Coordinates point = null;
        if (latitude != null && longitude != null) {
            point = new Coordinates(latitude, longitude);
        } else {
            Optional<Postcode> code = Postcode.parse(postcode).or(() -> Postcode.findIn(address));
            point = code.flatMap(gazetteer::locate).map(l -> l.coordinates()).orElse(null);
        }
        return new IncidentLocation(point, placeKind, address);
    }

    /**
     * Where the place is: the point its marker carries (as the control room sees the zone, and as the point of
     * contact confirmed it), else, for an order not yet assured, located the same way the marker would be: at the
     * property when the address gazetteer has it, else at the postcode's centre, marked approximate.
     */
    private Optional<PlaceLocation> locate(UUID orderId, Instant at, Clause.Place place, OrderDetails order) {
        if (place.address() != null && !place.address().isBlank()) {
            Optional<PlaceLocation> written = located(orderId, at, place.address().strip());
            if (written.isPresent()) {
                return written;
            }
        }
        if (place.kind() == Clause.PlaceKind.HOME) {
            // a confidential home is used to locate the zone, never shown
            return homeOf(order).flatMap(a -> located(orderId, at, a.oneLine()));
        }
        return Optional.empty();
    }

    private Optional<PlaceLocation> located(UUID orderId, Instant at, String address) {
        return markers.placeLocation(orderId, address, at).or(() -> places.locate(orderId, address));
    }

    /** The applicant's current address: the home a term naming "her home" without an address protects. */
    private static Optional<Address> homeOf(OrderDetails order) {
        List<ProtectedPerson> people = new ArrayList<>();
        if (order.applicant() != null) {
            people.add(order.applicant());
        }
        return people.stream().flatMap(p -> p.addresses().stream()).filter(a -> a.postcode() != null).findFirst();
    }

    static EarlierIncidents earlier(List<BreachIncidentEntity> incidents, Instant before, Instant since) {
        List<Instant> at = new ArrayList<>();
        List<List<Conduct>> conduct = new ArrayList<>();
        incidents.stream().filter(i -> i.occurredFrom.isBefore(before) && !i.occurredFrom.isBefore(since))
                .forEach(i -> {
                    at.add(i.occurredFrom);
                    conduct.add(i.kinds());
                });
        return new EarlierIncidents(at, conduct);
    }

}
