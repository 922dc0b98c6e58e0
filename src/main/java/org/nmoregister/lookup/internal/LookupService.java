package org.nmoregister.lookup.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessReason;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.lookup.OrderCard;
import org.nmoregister.lookup.PersonResult;
import org.nmoregister.lookup.PlaceResult;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderStatus;
import org.nmoregister.people.PersonMatch;
import org.nmoregister.people.PersonQuery;
import org.nmoregister.places.AddressQuery;
import org.nmoregister.places.Coordinates;
import org.nmoregister.places.Gazetteer;
import org.nmoregister.places.PlaceIndex;
import org.nmoregister.places.Postcode;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.NotReadyException;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.springframework.stereotype.Service;

/**
 * Answers the control room: people by name and date of birth, places by postcode or coordinates, always within the
 * user's force, always with a stated reason that goes into the access log with what was asked.
 */
@Service
public class LookupService {

    private static final org.nmoregister.platform.web.UkTime UK_TIME = new org.nmoregister.platform.web.UkTime();
    static final int DEFAULT_RADIUS_METRES = 250;
    static final int MAX_RADIUS_METRES = 5_000;
    /** A street without a house number can match many places; the best-matching twenty are enough to start from. */
    static final int MAX_ADDRESS_MATCHES = 20;

    private final LookupReadModel model;
    private final Gazetteer gazetteer;
    private final Confidentiality confidentiality;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final Clock clock;
    private final CrossForceSearch crossForce;

    LookupService(LookupReadModel model, Gazetteer gazetteer, Confidentiality confidentiality,
                  CurrentUsers currentUsers, AccessLog accessLog, Clock clock, CrossForceSearch crossForce) {
        this.crossForce = crossForce;
        this.model = model;
        this.gazetteer = gazetteer;
        this.confidentiality = confidentiality;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    public List<PersonResult> people(String name, LocalDate dateOfBirth, String reason) {
        CurrentUser user = currentUsers.require();
        requireBuilt();
        requireReason(reason);
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException("name", "give a name (any order, part or variant)");
        }
        if (name.length() > 200) {
            throw new InvalidRequestException("name", "must be at most 200 characters");
        }
        Instant now = clock.instant();
        boolean entitled = confidentiality.entitled(user);
        List<PersonResult> results = new ArrayList<>();
        PersonQuery query = new PersonQuery(name, dateOfBirth);
        // the user's force in full and the national existence check (every force sharing with this one, cards only),
        // from one pass of the national index, each filtered to its forces inside the search
        CrossForceSearch.Found found = crossForce.people(query, user, now, 1000.0);
        for (PersonMatch<LookupReadModel.PersonRef> match : found.own()) {
            var ref = match.person().payload();
            List<OrderCard> cards = model.held(ref.orderId()).map(c -> card(c, now, entitled)).stream().toList();
            results.add(new PersonResult(round(match.score()),
                    match.reasons().stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(
                            java.util.LinkedHashSet::new)),
                    ref.role(), ref.name(), ref.dateOfBirth(), ref.aliases(), match.matchedName(), cards,
                    user.forceCode(), false, List.of()));
        }
        int own = results.size();
        List<PersonResult> elsewhere = found.elsewhere();
        results.addAll(elsewhere);
        String searched = clip(name + (dateOfBirth == null ? "" : " " + dateOfBirth));
        // the search's entry and two per card shown (the user's force's and the owner's), written as one batch
        List<AccessLog.NewEntry> log = new ArrayList<>();
        log.add(new AccessLog.NewEntry(user.forceId(), AccessAction.SEARCH, "person", searched,
                reason, "Control-room name lookup: " + own + " match(es)"
                        + (elsewhere.isEmpty() ? "" : "; " + elsewhere.size() + " held by another force")));
        log.addAll(crossForce.shownEntries(elsewhere.stream().flatMap(p -> p.otherForceOrders().stream()).toList(),
                user, searched, reason));
        accessLog.recordAll(log);
        return results;
    }

    /**
     * The force's orders held but not yet checked, in force or waiting for service, the most recently made first:
     * the control room's list of what to treat as in force though the force has not assured it. A work list, not a
     * search for someone, so no reason is required; the log number kept for the shift is recorded when there is one.
     */
    public List<OrderCard> heldNotChecked(String reason) {
        CurrentUser user = currentUsers.require();
        requireBuilt();
        Instant now = clock.instant();
        boolean entitled = confidentiality.entitled(user);
        List<OrderCard> cards = model.heldNotChecked(user.forceId(), now).stream().map(h -> card(h, now, entitled))
                .sorted(java.util.Comparator.comparing(OrderCard::madeAt,
                                java.util.Comparator.nullsLast(java.util.Comparator.<Instant>reverseOrder()))
                        .thenComparing(OrderCard::caseNumber, java.util.Comparator.nullsLast(String::compareTo)))
                .toList();
        accessLog.record(AccessAction.SEARCH, "order", "held, not yet checked", reason == null || reason.isBlank()
                ? null : clip(reason), "Orders held, not yet checked: " + cards.size() + " listed");
        return cards;
    }

    /**
     * Refuses to answer while the lookup is still being loaded after a restart: an answer from the orders read so far
     * would say "no order found" for one not read yet, which a call-handler would take as there being none.
     */
    private void requireBuilt() {
        if (!model.built()) {
            throw new NotReadyException("The control-room lookup is still loading the register after a restart, so it "
                    + "cannot yet say whether an order exists. Search again in a minute.", 30);
        }
    }

    /**
     * How many orders {@link #heldNotChecked} lists now; empty while the lookup is still loading after a restart (the
     * orders read so far would give a low number, which the shift would take as the point of contact's checking being
     * further on than it is).
     */
    public java.util.OptionalLong heldNotCheckedCount() {
        if (!model.built()) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(model.heldNotChecked(currentUsers.require().forceId(), clock.instant()).size());
    }

    public List<PlaceResult> places(String postcode, Double latitude, Double longitude, Integer radiusMetres,
                                    String reason) {
        CurrentUser user = currentUsers.require();
        requireBuilt();
        requireReason(reason);
        int radius = radius(radiusMetres);
        Coordinates point = point(postcode, latitude, longitude);
        Instant now = clock.instant();
        boolean entitled = confidentiality.entitled(user);
        var force = model.force(user.forceId());
        List<PlaceResult> results = new ArrayList<>();
        for (PlaceIndex.Hit hit : force.places.near(point, radius)) {
            var ref = force.placeRefs.get(hit.place().id());
            if (ref != null) {
                results.add(placeResult(hit, ref, now, entitled, false, user.forceCode()));
            }
        }
        int own = results.size();
        List<PlaceResult> elsewhere = crossForce.placesNear(List.of(point), radius, user, now);
        results.addAll(elsewhere);
        String searched = clip(postcode != null && !postcode.isBlank() ? postcode : latitude + "," + longitude);
        accessLog.record(AccessAction.SEARCH, "place", searched, reason, "Control-room place lookup within " + radius
                + " m: " + own + " place(s)" + (elsewhere.isEmpty() ? "" : "; " + elsewhere.size()
                + " held by another force"));
        crossForce.logShown(elsewhere.stream().flatMap(p -> p.otherForceOrders().stream()).toList(), user,
                searched, reason);
        return results;
    }

    /**
     * Protected places at or near an address as typed: the places whose recorded address it is (house number and
     * street, typing errors forgiven), and every place or exclusion zone within the radius of them or of the address's
     * postcode. An address with no postcode that is no protected place's cannot be put on the map, and is refused
     * with the reason, rather than answered "nothing found".
     */
    public List<PlaceResult> placesAtAddress(String address, Integer radiusMetres, String reason) {
        CurrentUser user = currentUsers.require();
        requireBuilt();
        requireReason(reason);
        if (address == null || address.isBlank()) {
            throw new InvalidRequestException("address", "give a house number and street, or a postcode");
        }
        if (address.length() > 300) {
            throw new InvalidRequestException("address", "must be at most 300 characters");
        }
        int radius = radius(radiusMetres);
        AddressQuery query = AddressQuery.parse(address)
                .orElseThrow(() -> new InvalidRequestException("address", "give a house number and street, or a postcode"));
        Instant now = clock.instant();
        boolean entitled = confidentiality.entitled(user);
        var force = model.force(user.forceId());
        Set<String> matched = new HashSet<>();
        List<Coordinates> points = new ArrayList<>();
        Collection<String> candidates = query.houseNumber()
                .<Collection<String>>map(n -> force.placesByHouseNumber.getOrDefault(n, Set.of()))
                .orElse(force.placeRefs.keySet());
        candidates.stream()
                .map(id -> Map.entry(id, Optional.ofNullable(force.placeRefs.get(id))
                        .map(ref -> query.score(ref.addressKeys())).orElse(0.0)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(MAX_ADDRESS_MATCHES)
                .forEach(e -> force.places.get(e.getKey()).ifPresent(place -> {
                    matched.add(e.getKey());
                    points.add(place.centre());
                }));
        query.postcode().flatMap(gazetteer::locate).ifPresent(located -> points.add(located.coordinates()));
        if (points.isEmpty()) {
            // the register was consulted, and said it holds no place there: that is logged like any answer
            accessLog.record(AccessAction.SEARCH, "place", clip(address), reason, "Control-room address lookup: no"
                    + " protected place at this address, and it could not be put on the map");
            throw new InvalidRequestException("address", query.postcode().isPresent()
                    ? "is no protected place's recorded address, and its postcode is not in the gazetteer: give"
                    + " coordinates to check for exclusion zones nearby"
                    : "is no protected place's recorded address, and has no postcode: add the postcode (or give"
                    + " coordinates) to check for exclusion zones nearby");
        }
        // the nearest sighting of each place from any of the points
        Map<String, PlaceIndex.Hit> nearest = new LinkedHashMap<>();
        for (Coordinates point : points) {
            for (PlaceIndex.Hit hit : force.places.near(point, radius)) {
                nearest.merge(hit.place().id(), hit, (a, b) ->
                        a.distanceToCentreMetres() <= b.distanceToCentreMetres() ? a : b);
            }
        }
        List<PlaceResult> results = new ArrayList<>();
        nearest.values().stream()
                .sorted(Comparator.comparing((PlaceIndex.Hit h) -> !matched.contains(h.place().id()))
                        .thenComparingDouble(PlaceIndex.Hit::distanceToCentreMetres))
                .forEach(hit -> {
                    var ref = force.placeRefs.get(hit.place().id());
                    if (ref != null) {
                        results.add(placeResult(hit, ref, now, entitled, matched.contains(hit.place().id()),
                                user.forceCode()));
                    }
                });
        int own = results.size();
        List<PlaceResult> elsewhere = crossForce.placesNear(points, radius, user, now);
        results.addAll(elsewhere);
        accessLog.record(AccessAction.SEARCH, "place", clip(address), reason, "Control-room address lookup within "
                + radius + " m: " + own + " place(s), " + matched.size() + " at the recorded address"
                + (elsewhere.isEmpty() ? "" : "; " + elsewhere.size() + " held by another force"));
        crossForce.logShown(elsewhere.stream().flatMap(p -> p.otherForceOrders().stream()).toList(), user,
                clip(address), reason);
        return results;
    }

    private PlaceResult placeResult(PlaceIndex.Hit hit, LookupReadModel.PlaceRef ref, Instant now, boolean entitled,
                                    boolean addressMatched, String forceCode) {
        Optional<OrderCard> card = model.held(ref.orderId()).map(c -> card(c, now, entitled));
        boolean withhold = ref.confidential() && !entitled;
        return new PlaceResult(Math.round(hit.distanceToCentreMetres()), hit.inside(),
                Math.round(hit.distanceToZoneMetres()), ref.radiusMetres(), ref.placeKind(),
                withhold ? Confidentiality.WITHHELD : ref.address(), withhold ? null : ref.postcode(),
                card.stream().toList(), addressMatched, ref.located() != null && ref.located().approximate(),
                ref.located() == null ? null : ref.located().describe(), forceCode, false, null, List.of());
    }

    private static int radius(Integer radiusMetres) {
        int radius = radiusMetres == null ? DEFAULT_RADIUS_METRES : radiusMetres;
        if (radius < 0 || radius > MAX_RADIUS_METRES) {
            throw new InvalidRequestException("radiusMetres", "must be between 0 and " + MAX_RADIUS_METRES);
        }
        return radius;
    }

    private Coordinates point(String postcode, Double latitude, Double longitude) {
        if (postcode != null && !postcode.isBlank()) {
            Postcode parsed = Postcode.parse(postcode)
                    .orElseThrow(() -> new InvalidRequestException("postcode", "is not a UK postcode"));
            return gazetteer.locate(parsed).map(located -> located.coordinates())
                    .orElseThrow(() -> new InvalidRequestException("postcode",
                            "is not in the gazetteer (import the postcode directory, or give coordinates)"));
        }
        if (latitude == null || longitude == null) {
            throw new InvalidRequestException("postcode", "give a postcode, or a latitude and longitude");
        }
        if (!Coordinates.valid(latitude, longitude)) {
            throw new InvalidRequestException("latitude", "latitude and longitude must be real coordinates");
        }
        return new Coordinates(latitude, longitude);
    }

    private static OrderCard card(LookupReadModel.Held held, Instant now, boolean entitled) {
        LookupReadModel.Card card = held.card();
        OrderDetails d = entitled ? card.details() : card.withheld();
        OrderStatus status = card.timeline().statusAt(now).orElse(null);
        var respondent = d.respondent();
        String service = d.service().isEmpty() ? "Not served: no record that the respondent was served or made aware"
                : d.service().get(0).method().label() + ", " + UK_TIME.format(d.service().get(0).servedAt())
                        + (d.service().get(0).servedBy() == null ? "" : " by " + d.service().get(0).servedBy());
        return new OrderCard(card.orderId(), d.caseNumber(), d.court(), d.orderType(), status,
                status == null ? "NOT YET MADE" : status.banner(), d.madeAt(), card.timeline().endsAt() == null
                        ? card.timeline().dischargedAt() : card.timeline().endsAt(),
                respondent == null ? null : respondent.name(), LookupReadModel.terms(d), service,
                respondent == null ? List.of() : respondent.officerSafety().warnings().stream().map(Enum::name)
                        .sorted().toList(),
                respondent == null ? null : respondent.officerSafety().notes(), held.checked(),
                held.checked() ? null : status == OrderStatus.PENDING_SERVICE ? OrderCard.NOT_YET_CHECKED_UNSERVED
                        : OrderCard.NOT_YET_CHECKED);
    }

    private static void requireReason(String reason) {
        AccessReason.require(reason, "this lookup");
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    private static String clip(String text) {
        return text.length() > 100 ? text.substring(0, 100) : text;
    }
}
