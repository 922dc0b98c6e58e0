package org.nmoregister.lookup.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.nmoregister.flags.MarkerDirectory;
import org.nmoregister.flags.MarkerKind;
import org.nmoregister.flags.MarkerView;
import org.nmoregister.orders.ConfidentialValues;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.OrderChanges;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.orders.OrderStatus;
import org.nmoregister.orders.OrderStatusRule;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.Term;
import org.nmoregister.people.PersonIndex;
import org.nmoregister.people.PersonRecord;
import org.nmoregister.places.AddressQuery;
import org.nmoregister.places.Coordinates;
import org.nmoregister.places.Gazetteer;
import org.nmoregister.places.PlaceIndex;
import org.nmoregister.places.PlaceLocation;
import org.nmoregister.places.Postcode;
import org.nmoregister.security.Role;
import org.nmoregister.security.SystemActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The lookup's own copy of the flagged people and places: one national person index whose entries carry their
 * force, one place index per force, and a compact card per order.
 * Built from the markers at start-up and kept current by {@link #refresh()}, which every instance runs several times
 * a second against the database's change times, so a change made on any instance shows on all within a second.
 *
 * <p>An order binds from service whether or not the force has checked it, so an order the force holds that has never
 * been marked (not yet quality-assured, or blocked by a finding) is held in the same indexes from the moment it is
 * recorded, under the markers its version would call for ({@link MarkerDirectory#planned}), and its card says it is
 * not yet checked. Its first real marker replaces them. Held entries are kept only while the order is in force or
 * awaiting service.
 */
@Component
class LookupReadModel {

    private static final Logger log = LoggerFactory.getLogger(LookupReadModel.class);
    /** Changes are re-read over this window, so one committed a little after its timestamp is never missed. */
    private static final Duration OVERLAP = Duration.ofSeconds(3);

    /** @param forceId the force holding the order: the national index's filters read it */
    record PersonRef(UUID markerId, UUID forceId, UUID orderId, String role, String name, LocalDate dateOfBirth,
                     List<String> aliases) {
    }

    /** @param addressKeys the address read once for address lookups */
    record PlaceRef(UUID markerId, UUID orderId, String placeKind, String address, String postcode,
                    Integer radiusMetres, boolean confidential, AddressQuery.Recorded addressKeys,
                    PlaceLocation located) {
    }

    /** An order as the lookup keeps it: the instants its status turns on, and what a call-handler reads. */
    /** @param restrictions the key restrictions in a few words, for another force's card ({@link RestrictionSummary}) */
    record Card(UUID orderId, UUID forceId, OrderStatusRule.Timeline timeline, OrderDetails details,
                OrderDetails withheld, List<String> restrictions) {
    }

    /** A card and whether the force has checked the order (quality-assured it, so that it is marked). */
    record Held(Card card, boolean checked) {
    }

    static final class ForceModel {
        final PlaceIndex places = new PlaceIndex();
        final Map<String, PlaceRef> placeRefs = new ConcurrentHashMap<>();
        /** Places by the house number of their recorded address: most typed addresses start with one. */
        final Map<String, Set<String>> placesByHouseNumber = new ConcurrentHashMap<>();

        void putPlaceRef(String id, PlaceRef ref) {
            removePlaceRef(id);
            placeRefs.put(id, ref);
            String number = ref.addressKeys().houseNumber();
            if (number != null) {
                placesByHouseNumber.computeIfAbsent(number, k -> ConcurrentHashMap.newKeySet()).add(id);
            }
        }

        void removePlaceRef(String id) {
            PlaceRef old = placeRefs.remove(id);
            if (old != null && old.addressKeys().houseNumber() != null) {
                Set<String> ids = placesByHouseNumber.get(old.addressKeys().houseNumber());
                if (ids != null) {
                    ids.remove(id);
                }
            }
        }
    }

    private final MarkerDirectory markers;
    private final OrderChanges orderChanges;
    private final OrderRegister orders;
    private final Gazetteer gazetteer;
    private final SystemActions system;
    private final Clock clock;

    private final Map<UUID, ForceModel> forces = new ConcurrentHashMap<>();
    /**
     * Every force's flagged people in one index, each entry carrying its force (kept by the index as a force number):
     * a lookup searches it in one pass for the user's force and for the forces that share with it, each answer
     * filtered inside the search by a bit set of force numbers
     * ({@link PersonIndex#searchDisplayable(org.nmoregister.people.PersonQuery, int, PersonIndex.ForceFilter, int)}).
     * One index of a million people answers as fast as one of a force's 23,000 for a name, and 43 indexes searched
     * one after another did not (docs/cross-force.md, "How it scales").
     */
    private final PersonIndex<PersonRef> people = PersonIndex.byForce(PersonRef::forceId);
    private final Map<UUID, Card> cards = new ConcurrentHashMap<>();
    private final Map<UUID, MarkerView> indexed = new ConcurrentHashMap<>();
    /** Orders with at least one active marker: checked by the force. */
    private final Map<UUID, Set<UUID>> markersByOrder = new ConcurrentHashMap<>();
    /** Orders never marked, held under their planned markers until the first real one: the ids of those entries. */
    private final Map<UUID, List<MarkerView>> unchecked = new ConcurrentHashMap<>();
    private final Map<String, Instant> applied = new HashMap<>();
    private volatile Instant markersSeen;
    private volatile Instant ordersSeen;
    private volatile boolean built;
    private final Confidentiality confidentiality;
    /**
     * An order's C8 values, read once for all its markers and its card while the model is built. A minute is safe:
     * a version that adds a confidential detail re-plans the markers, which the flags module flags itself.
     */
    private final com.github.benmanes.caffeine.cache.Cache<UUID, ConfidentialValues> values =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(20_000)
                    .expireAfterWrite(java.time.Duration.ofMinutes(1)).build();

    LookupReadModel(MarkerDirectory markers, OrderChanges orderChanges, OrderRegister orders, Gazetteer gazetteer,
                    SystemActions system, Clock clock, Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
        this.markers = markers;
        this.orderChanges = orderChanges;
        this.orders = orders;
        this.gazetteer = gazetteer;
        this.system = system;
        this.clock = clock;
    }

    private ConfidentialValues valuesOf(UUID orderId) {
        return values.get(orderId, confidentiality::valuesOf);
    }

    ForceModel force(UUID forceId) {
        return forces.computeIfAbsent(forceId, id -> new ForceModel());
    }

    /** Every force's indexes, by force id (the national existence check searches those sharing with the user's). */
    Map<UUID, ForceModel> forces() {
        return forces;
    }

    /** The national person index (see {@link #people}). */
    PersonIndex<PersonRef> people() {
        return people;
    }

    Optional<Card> card(UUID orderId) {
        return Optional.ofNullable(cards.get(orderId));
    }

    /** The card, and whether the order has been checked: one map read more, no query. */
    Optional<Held> held(UUID orderId) {
        Card card = cards.get(orderId);
        return card == null ? Optional.empty() : Optional.of(new Held(card, !unchecked.containsKey(orderId)));
    }

    /**
     * The force's orders held but not yet checked (never marked) that are in force or waiting for service now: what
     * the control room is told to treat as in force until the point of contact has assured them.
     */
    List<Held> heldNotChecked(UUID forceId, Instant now) {
        List<Held> held = new ArrayList<>();
        for (UUID orderId : unchecked.keySet()) {
            Card card = cards.get(orderId);
            if (card != null && card.forceId().equals(forceId) && live(card, now)) {
                held.add(new Held(card, false));
            }
        }
        return held;
    }

    boolean built() {
        return built;
    }

    /**
     * Until the first build ends, searches must not answer from the part read so far (see
     * {@code LookupService#requireBuilt}); the build runs once, when the application is ready, while the web server
     * already takes requests. Package-private so that a test can show what a search says meanwhile.
     */
    void built(boolean built) {
        this.built = built;
    }

    /** Orders read at a time while the model is built: a few queries a batch, whatever the register's size. */
    static final int BUILD_BATCH = 500;

    /** Builds the model from scratch, then brings it up to date with whatever changed meanwhile. */
    synchronized void build() {
        long began = System.nanoTime();
        Instant start = clock.instant().minus(OVERLAP);
        markersSeen = start;
        ordersSeen = start;
        List<MarkerView> active = markers.allActive();
        Map<UUID, List<MarkerView>> markersOf = new LinkedHashMap<>();
        Map<UUID, UUID> markedOrders = new LinkedHashMap<>();
        for (MarkerView marker : active) {
            markersOf.computeIfAbsent(marker.orderId(), k -> new ArrayList<>()).add(marker);
            markedOrders.putIfAbsent(marker.orderId(), marker.forceId());
        }
        // read a batch of orders, then index that batch's markers while its C8 values are still at hand
        inBatches(markedOrders, true, (batch, snapshots) -> batch
                .forEach(orderId -> markersOf.get(orderId).forEach(this::upsert)));
        // orders never marked: not yet checked by the force, but held, and binding once served; only live ones
        // are held, so those that have ended are left out by the query and never read
        Set<UUID> marked = markers.ordersEverMarked();
        Instant now = clock.instant();
        Map<UUID, UUID> neverMarked = new LinkedHashMap<>();
        for (OrderChanges.Change latest : orderChanges.latestOfEachNotEndedAt(now)) {
            if (!marked.contains(latest.orderId()) && !markedOrders.containsKey(latest.orderId())) {
                neverMarked.put(latest.orderId(), latest.forceId());
            }
        }
        inBatches(neverMarked, false, (batch, snapshots) -> snapshots.values()
                .forEach(current -> holdUnchecked(current, now)));
        built = true;
        log.info("Lookup built in {} ms: {} markers of {} orders; {} live orders never marked, {} of them held as not "
                + "yet checked", (System.nanoTime() - began) / 1_000_000, active.size(), markedOrders.size(),
                neverMarked.size(), unchecked.size());
        refresh();
    }

    /**
     * Reads the orders (by force, {@link #BUILD_BATCH} at a time, with their C8 values) and hands each batch (the ids
     * asked and the orders read) on. With {@code keepCards} every order read gets its card here; otherwise the step
     * decides. A batch that cannot be read whole is read one order at a time, so one unreadable order costs only
     * itself.
     */
    private void inBatches(Map<UUID, UUID> forceOfOrder, boolean keepCards,
                           java.util.function.BiConsumer<List<UUID>, Map<UUID, OrderSnapshot>> step) {
        Map<UUID, List<UUID>> byForce = new LinkedHashMap<>();
        forceOfOrder.forEach((orderId, forceId) -> byForce.computeIfAbsent(forceId, k -> new ArrayList<>())
                .add(orderId));
        byForce.forEach((forceId, orderIds) -> {
            for (int from = 0; from < orderIds.size(); from += BUILD_BATCH) {
                List<UUID> batch = orderIds.subList(from, Math.min(orderIds.size(), from + BUILD_BATCH));
                Map<UUID, OrderSnapshot> read = new LinkedHashMap<>();
                try {
                    values.putAll(confidentiality.valuesOfEach(batch));
                    system.runAs(forceId, "lookup", Set.of(Role.CONTROL_ROOM), () -> orders.currentOf(batch))
                            .forEach(current -> read.put(current.orderId(), current));
                } catch (RuntimeException e) {
                    log.warn("Lookup could not read {} orders of force {} at once ({}); reading them one by one",
                            batch.size(), forceId, e.getClass().getSimpleName());
                    read.clear();
                    for (UUID orderId : batch) {
                        readOne(forceId, orderId).ifPresent(current -> read.put(orderId, current));
                    }
                }
                if (keepCards) {
                    read.values().forEach(this::putCard);
                }
                step.accept(batch, read);
            }
        });
    }

    /** Applies marker and order changes since the last look. Safe to run often; each change is applied once. */
    synchronized void refresh() {
        if (!built) {
            return;
        }
        Instant now = clock.instant();
        Set<UUID> touched = new HashSet<>();
        for (MarkerDirectory.Change change : markers.changedSince(markersSeen.minus(OVERLAP))) {
            if (once("m" + change.marker().id(), change.changedAt())) {
                touched.add(change.marker().orderId());
                if (!cards.containsKey(change.marker().orderId())) {
                    loadCard(change.marker().forceId(), change.marker().orderId());
                }
                upsert(change.marker());
            }
            markersSeen = max(markersSeen, change.changedAt());
        }
        for (UUID orderId : touched) {
            if (markersByOrder.containsKey(orderId)) {
                release(orderId); // checked: its real markers replace what it was held under
            }
        }
        for (OrderChanges.Change change : orderChanges.recordedSince(ordersSeen.minus(OVERLAP))) {
            if (once("o" + change.orderId() + "/" + change.version(), change.recordedAt())) {
                if (!markersByOrder.containsKey(change.orderId())) {
                    // a new order, or a new version of one not yet checked: held under what it now says
                    holdUnchecked(change.forceId(), change.orderId(), now);
                } else if (cards.containsKey(change.orderId()) || touched.contains(change.orderId())) {
                    loadCard(change.forceId(), change.orderId());
                }
            }
            ordersSeen = max(ordersSeen, change.recordedAt());
        }
        // an unchecked order that has ended is dropped, as an ended checked order's markers are withdrawn
        for (UUID orderId : List.copyOf(unchecked.keySet())) {
            Card card = cards.get(orderId);
            if (card == null || !live(card, now)) {
                release(orderId);
                cards.remove(orderId);
            }
        }
        forgetDisposed(now);
        // Forget applied changes once they are out of the overlap window, so the memo stays small.
        Instant forget = min(markersSeen, ordersSeen).minus(OVERLAP.multipliedBy(2));
        applied.values().removeIf(at -> at.isBefore(forget));
        if (now.isAfter(markersSeen)) {
            markersSeen = max(markersSeen, now.minus(OVERLAP));
        }
        if (now.isAfter(ordersSeen)) {
            ordersSeen = max(ordersSeen, now.minus(OVERLAP));
        }
    }

    private boolean once(String key, Instant at) {
        Instant previous = applied.get(key);
        if (previous != null && !at.isAfter(previous)) {
            return false;
        }
        applied.put(key, at);
        return true;
    }

    private void upsert(MarkerView marker) {
        Set<UUID> ofOrder = markersByOrder.get(marker.orderId());
        if (ofOrder != null) {
            ofOrder.remove(marker.id());
            if (ofOrder.isEmpty()) {
                markersByOrder.remove(marker.orderId());
            }
        }
        if (marker.withdrawnAt() == null) {
            markersByOrder.computeIfAbsent(marker.orderId(), k -> ConcurrentHashMap.newKeySet()).add(marker.id());
        }
        index(marker);
    }

    /** Puts a marker, real or planned, into the force's indexes (or takes it out when withdrawn). */
    private void index(MarkerView marker) {
        ForceModel model = force(marker.forceId());
        String id = marker.id().toString();
        unindex(model, marker.id());
        if (marker.withdrawnAt() != null) {
            return;
        }
        indexed.put(marker.id(), marker);
        // A Location of Interest is a place too: the victim's address, flagged so a call from it is seen at once.
        if (marker.kind() == MarkerKind.PROTECTED_PLACE || marker.kind() == MarkerKind.LOCATION_OF_INTEREST) {
            // the marker's own point (at the property, or its postcode's centre marked approximate); a marker raised
            // before places were located is put at its postcode's centre, as it was then
            Optional<PlaceLocation> located = marker.location();
            Optional<Coordinates> where = located.map(PlaceLocation::coordinates)
                    .or(() -> Optional.ofNullable(marker.postcode()).flatMap(Postcode::parse)
                            .flatMap(gazetteer::locate).map(postcode -> postcode.coordinates()));
            if (where.isEmpty()) {
                log.debug("Place marker {} has no postcode the gazetteer knows; it is not on the map", marker.id());
                return;
            }
            // A place raised before the masking rule knew every form of the address is recognised here too.
            boolean confidential = marker.confidential() || valuesOf(marker.orderId())
                    .appearsIn(marker.address() + " " + marker.postcode());
            model.putPlaceRef(id, new PlaceRef(marker.id(), marker.orderId(), marker.placeKind(), marker.address(),
                    marker.postcode(), marker.radiusMetres(), confidential,
                    AddressQuery.Recorded.of(marker.address(), marker.postcode()), located.orElse(null)));
            model.places.put(new PlaceIndex.Place(id, where.get(),
                    marker.radiusMetres() == null ? 0 : marker.radiusMetres(), marker.orderId().toString()));
        } else {
            // under the marker's id, so a marker re-homed by a transfer replaces its entry with its new force
            people.add(new PersonRecord<>(id, new PersonRef(marker.id(), marker.forceId(), marker.orderId(),
                    marker.partyRole(), marker.personName(), marker.dateOfBirth(), marker.aliases()),
                    marker.personName(), marker.aliases(), marker.dateOfBirth()));
        }
    }

    private void unindex(ForceModel model, UUID markerId) {
        String id = markerId.toString();
        people.remove(id);
        model.places.remove(id);
        model.removePlaceRef(id);
        indexed.remove(markerId);
    }

    /**
     * Holds an order that has never been marked under the markers its current version would call for, replacing
     * what it was held under before; an order that has ended (or could not be read) is not held.
     */
    private void holdUnchecked(UUID forceId, UUID orderId, Instant now) {
        release(orderId);
        Optional<OrderSnapshot> current = readOne(forceId, orderId);
        if (current.isEmpty()) {
            cards.remove(orderId);
            return;
        }
        holdUnchecked(current.get(), now);
    }

    /** The same for an order already read. */
    private void holdUnchecked(OrderSnapshot current, Instant now) {
        UUID orderId = current.orderId();
        release(orderId);
        Card card = putCard(current);
        if (!live(card, now)) {
            cards.remove(orderId);
            return;
        }
        List<MarkerView> planned = markers.planned(current);
        unchecked.put(orderId, planned);
        planned.forEach(this::index);
    }

    /** Takes out the entries an unchecked order was held under. */
    private void release(UUID orderId) {
        List<MarkerView> planned = unchecked.remove(orderId);
        if (planned != null) {
            for (MarkerView marker : planned) {
                unindex(force(marker.forceId()), marker.id());
            }
        }
    }

    /**
     * Takes a disposed case out of the copy: its markers (real and planned) from the people and places indexes, and
     * its card. A marker change read later for it finds no marker to load, so it does not come back.
     */
    synchronized void forget(UUID orderId) {
        release(orderId);
        for (MarkerView marker : List.copyOf(indexed.values())) {
            if (marker.orderId().equals(orderId)) {
                unindex(force(marker.forceId()), marker.id());
            }
        }
        markersByOrder.remove(orderId);
        cards.remove(orderId);
        values.invalidate(orderId);
    }

    /** Cases disposed of on any instance, looked for every few seconds. */
    private void forgetDisposed(Instant now) {
        if (disposed == null || (disposalsChecked != null && now.isBefore(disposalsChecked.plusSeconds(5)))) {
            return;
        }
        Instant since = disposalsChecked == null ? now.minus(Duration.ofMinutes(10)) : disposalsChecked.minus(OVERLAP);
        disposalsChecked = now;
        try {
            disposed.disposedSince(since).forEach(this::forget);
        } catch (RuntimeException e) {
            log.warn("Lookup could not read the disposed cases: {}", e.getClass().getSimpleName());
        }
    }

    private volatile Instant disposalsChecked;
    private org.nmoregister.retention.DisposedCases disposed;

    /** Set by Spring. */
    @org.springframework.beans.factory.annotation.Autowired
    void setDisposedCases(org.nmoregister.retention.DisposedCases disposed) {
        this.disposed = disposed;
    }

    /** In force, awaiting service, or not yet in effect: not ended. */
    private static boolean live(Card card, Instant now) {
        return card.timeline().statusAt(now)
                .map(status -> status == OrderStatus.IN_FORCE || status == OrderStatus.PENDING_SERVICE)
                .orElse(true);
    }

    private Optional<OrderSnapshot> loadCard(UUID forceId, UUID orderId) {
        Optional<OrderSnapshot> current = readOne(forceId, orderId);
        current.ifPresent(this::putCard);
        return current;
    }

    private Optional<OrderSnapshot> readOne(UUID forceId, UUID orderId) {
        try {
            return Optional.of(system.runAs(forceId, "lookup", Set.of(Role.CONTROL_ROOM),
                    () -> orders.current(orderId)));
        } catch (RuntimeException e) {
            log.warn("Lookup could not load order {}: {}", orderId, e.getMessage());
            return Optional.empty();
        }
    }

    /** The order's card, from the order as it now stands, kept under the force that holds it. */
    private Card putCard(OrderSnapshot current) {
        OrderDetails details = current.details();
        List<ServiceRecord> service = details.service();
        Card card = new Card(current.orderId(), current.forceId(), OrderStatusRule.timeline(details, service),
                details, Confidentiality.mask(details, valuesOf(current.orderId())),
                RestrictionSummary.of(current.clauses()));
        cards.put(current.orderId(), card);
        return card;
    }

    static List<String> terms(OrderDetails details) {
        List<String> texts = new ArrayList<>();
        for (Term term : details.terms()) {
            texts.add(term.number() + ". " + term.text());
        }
        return texts;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
