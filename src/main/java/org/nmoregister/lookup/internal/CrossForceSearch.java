package org.nmoregister.lookup.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.lookup.CrossForceRules;
import org.nmoregister.lookup.OrderCard;
import org.nmoregister.lookup.OtherForceCard;
import org.nmoregister.lookup.OtherForceOrders;
import org.nmoregister.lookup.PersonResult;
import org.nmoregister.lookup.PlaceResult;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderStatus;
import org.nmoregister.people.PersonIndex;
import org.nmoregister.people.PersonMatch;
import org.nmoregister.people.PersonQuery;
import org.nmoregister.places.Coordinates;
import org.nmoregister.places.PlaceIndex;
import org.nmoregister.places.Postcode;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Force;
import org.nmoregister.security.ForceDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The national existence check: the same search in every other force that shares with the user's (or has told it
 * of an order), answered with existence cards only ({@link OtherForceCard}), each one written to the user's access
 * log and to the owning force's with who, which force, when, why, what was shown and the sharing settings then.
 * The full record stays with the owning force: nothing here reads it, and every other endpoint still refuses it.
 */
@Component
class CrossForceSearch implements OtherForceOrders {

    private static final org.nmoregister.platform.web.UkTime UK_TIME = new org.nmoregister.platform.web.UkTime();
    /** Other forces' matches shown for one search at most: the best first. */
    static final int MAX_MATCHES = 20;
    /** Other forces' places whose zone a point is in, all shown up to this many (a street, not a town, of them). */
    static final int MAX_INSIDE = 200;
    /**
     * Matches asked for beyond {@link #MAX_MATCHES}: the index holds an order only while it is in force, awaiting service
     * or not yet in effect, so the few that are not yet live (their card is not shown) do not leave the list short.
     * The sharing rules are the search's filter and are applied to everyone born close before their names are read;
     * whether the order is live is read from its card afterwards, for the few matches only, because reading every
     * candidate's card cost more than reading their names (the benchmark in docs/benchmarks.md).
     */
    static final int LIVENESS_HEADROOM = 5;

    private final LookupReadModel model;
    private final ObjectProvider<CrossForceRules> rules;
    private final ForceDirectory forces;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final java.time.Clock clock;

    CrossForceSearch(LookupReadModel model, ObjectProvider<CrossForceRules> rules, ForceDirectory forces,
                     CurrentUsers currentUsers, AccessLog accessLog, java.time.Clock clock) {
        this.model = model;
        this.rules = rules;
        this.forces = forces;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    CrossForceRules.Reach reach(UUID forceId) {
        CrossForceRules r = rules.getIfAvailable();
        return r == null ? CrossForceRules.Reach.NONE : r.reachOf(forceId);
    }

    /**
     * What one pass of the national index found for a name: the user's own force's matches (up to the query's limit),
     * and the other forces' matches shown, with their cards ({@link #people}).
     */
    record Found(List<PersonMatch<LookupReadModel.PersonRef>> own, List<PersonResult> elsewhere) {
    }

    /**
     * The user's own force's matches and the people matching the query in the forces the user's force reaches, best
     * first, with their cards, from one pass of the national index over the candidates
     * ({@link PersonIndex#searchDisplayable(PersonQuery, int, PersonIndex.ForceFilter, int)}). The other forces'
     * filter (another force's entry, reached by the sharing rules or a notice) is a bit set of force numbers, applied
     * inside the search before the best are kept, so a force crowded with look-alike names cannot push a match the
     * user may see out; of those, the first {@link #MAX_MATCHES} whose order is in force or awaiting service.
     */
    Found people(PersonQuery query, CurrentUser user, Instant now, double round) {
        CrossForceRules.Reach reach = reach(user.forceId());
        UUID own = user.forceId();
        PersonIndex<LookupReadModel.PersonRef> index = model.people();
        PersonIndex.OwnAndOthers<LookupReadModel.PersonRef> found = index.searchDisplayable(query,
                index.forceNumber(own), othersFilter(index, reach, own), MAX_MATCHES + LIVENESS_HEADROOM);
        List<PersonResult> results = new ArrayList<>();
        for (PersonMatch<LookupReadModel.PersonRef> match : found.others()) {
            var ref = match.person().payload();
            if (results.size() >= MAX_MATCHES) {
                break;
            }
            // the card's force decides, as everywhere a card is shown (the entry's is the same but for the moment
            // a transfer is being applied)
            Optional<OtherForceCard> card = model.held(ref.orderId())
                    .filter(h -> reach.admits(own, h.card().forceId(), ref.orderId()))
                    .flatMap(h -> card(h, now));
            if (card.isEmpty()) {
                continue;
            }
            results.add(new PersonResult(Math.round(match.score() * round) / round,
                    match.reasons().stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(
                            java.util.LinkedHashSet::new)),
                    ref.role(), ref.name(), ref.dateOfBirth(), List.of(), match.matchedName(), List.of(),
                    card.get().force(), true, List.of(card.get())));
        }
        results.sort(Comparator.comparingDouble(PersonResult::score).reversed());
        return new Found(found.own(),
                results.size() > MAX_MATCHES ? List.copyOf(results.subList(0, MAX_MATCHES)) : results);
    }

    /**
     * The national check's filter as force numbers of the index: every entry of the forces sharing with the user's,
     * and of the forces that have told it of orders only those orders' entries ({@link CrossForceRules.Reach#admits});
     * never the user's own force.
     */
    static PersonIndex.ForceFilter<LookupReadModel.PersonRef> othersFilter(PersonIndex<LookupReadModel.PersonRef> index,
                                                                           CrossForceRules.Reach reach, UUID own) {
        java.util.BitSet whole = index.forceNumbers(reach.sharing());
        java.util.BitSet part = index.forceNumbers(reach.notified().keySet());
        int ownNumber = index.forceNumber(own);
        if (ownNumber >= 0) {
            whole.clear(ownNumber);
            part.clear(ownNumber);
        }
        return new PersonIndex.ForceFilter<>(whole, part, ref -> reach.admits(own, ref.forceId(), ref.orderId()));
    }

    /**
     * Other forces' protected places and zones within the radius of any of the points, nearest first: no address or
     * postcode, the distance to the nearest 100 m, the postcode district unless the place is confidential.
     */
    List<PlaceResult> placesNear(List<Coordinates> points, int radius, CurrentUser user, Instant now) {
        CrossForceRules.Reach reach = reach(user.forceId());
        List<PlaceResult> results = new ArrayList<>();
        if (points.isEmpty() || reach.none()) {
            return results;
        }
        for (Map.Entry<UUID, LookupReadModel.ForceModel> entry : model.forces().entrySet()) {
            UUID owner = entry.getKey();
            if (owner.equals(user.forceId()) || !reach.reaches(owner)) {
                continue;
            }
            var force = entry.getValue();
            Map<String, PlaceIndex.Hit> nearest = new java.util.LinkedHashMap<>();
            for (Coordinates point : points) {
                for (PlaceIndex.Hit hit : force.places.near(point, radius)) {
                    nearest.merge(hit.place().id(), hit, (a, b) ->
                            a.distanceToCentreMetres() <= b.distanceToCentreMetres() ? a : b);
                }
            }
            for (PlaceIndex.Hit hit : nearest.values()) {
                var ref = force.placeRefs.get(hit.place().id());
                if (ref == null || !reach.reaches(owner, ref.orderId())) {
                    continue;
                }
                Optional<OtherForceCard> card = model.held(ref.orderId()).flatMap(h -> card(h, now));
                if (card.isEmpty()) {
                    continue;
                }
                String area = ref.confidential() ? null
                        : Optional.ofNullable(ref.postcode()).flatMap(Postcode::parse).map(Postcode::district)
                                .orElse(null);
                results.add(new PlaceResult(hundreds(hit.distanceToCentreMetres()), hit.inside(),
                        hundreds(hit.distanceToZoneMetres()), ref.radiusMetres(), ref.placeKind(), null, null,
                        List.<OrderCard>of(), false, ref.located() != null && ref.located().approximate(), null,
                        card.get().force(), true, area, List.of(card.get())));
            }
        }
        // the places whose zone the point is in come first, and are all shown (up to MAX_INSIDE): at a street where
        // many orders protect the same address, a cut at 20 by distance alone would hide orders in force at that very
        // spot; the nearest of the rest fill the answer up to MAX_MATCHES
        results.sort(Comparator.comparing((PlaceResult r) -> !r.inside())
                .thenComparingDouble(PlaceResult::distanceMetres));
        int inside = (int) results.stream().filter(PlaceResult::inside).count();
        int keep = Math.max(MAX_MATCHES, Math.min(inside, MAX_INSIDE));
        return results.size() > keep ? List.copyOf(results.subList(0, keep)) : results;
    }

    /**
     * Writes each card shown into the user's access log and the owning force's: who (the user), which force, when,
     * why (the reason), what was shown (the card's fields) and the sharing settings in force at the lookup.
     */
    void logShown(List<OtherForceCard> shown, CurrentUser user, String searched, String reason) {
        accessLog.recordAll(shownEntries(shown, user, searched, null, reason));
    }

    /**
     * The entries {@link #logShown} writes, for a caller that writes them with its own (the lookup writes its
     * search's entry and these in one batch).
     */
    List<AccessLog.NewEntry> shownEntries(List<OtherForceCard> shown, CurrentUser user, String searched,
                                          String reason) {
        return shownEntries(shown, user, searched, null, reason);
    }

    private List<AccessLog.NewEntry> shownEntries(List<OtherForceCard> shown, CurrentUser user, String searched,
                                                  String context, String reason) {
        List<AccessLog.NewEntry> entries = new ArrayList<>(2 * shown.size());
        if (shown.isEmpty()) {
            return entries;
        }
        CrossForceRules r = rules.getIfAvailable();
        java.util.Set<UUID> logged = new java.util.HashSet<>();
        for (OtherForceCard card : shown) {
            if (!logged.add(card.id())) {
                continue;
            }
            UUID owner = forces.byCode(card.force()).map(Force::id).orElse(null);
            if (owner == null) {
                continue;
            }
            String settings = r == null ? "no sharing settings" : r.settingsInWords(owner, user.forceId());
            String shownText = "existence card of " + card.reference() + " (" + card.orderType().label() + ", "
                    + card.banner() + ", made " + UK_TIME.format(card.madeAt()) + ", ends "
                    + (card.endsAt() == null ? "until further order" : UK_TIME.format(card.endsAt()))
                    + "; restrictions: " + String.join("; ", card.restrictions())
                    + (card.officerSafety().isEmpty() ? "" : "; officer safety: "
                    + String.join(", ", card.officerSafety().stream()
                    .map(w -> w.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).toList())) + ")";
            String how = searched != null ? ", found by a search for \"" + searched + "\"" : ", shown on " + context;
            entries.add(new AccessLog.NewEntry(user.forceId(), AccessAction.VIEW, "order", card.id().toString(),
                    reason, "Held by another force (" + card.force() + "): " + shownText + how + "; sharing: "
                    + settings));
            entries.add(new AccessLog.NewEntry(owner, AccessAction.DISCLOSE, "order", card.id().toString(), reason,
                    "Enquiry from " + user.forceCode() + " by " + user.username() + ": " + shownText + how
                            + "; sharing: " + settings));
        }
        return entries;
    }

    @Override
    public Optional<OtherForceCard> card(UUID orderId, String reason, String context) {
        CurrentUser user = currentUsers.require();
        Optional<OtherForceCard> card = model.held(orderId)
                .filter(h -> !h.card().forceId().equals(user.forceId()))
                .filter(h -> reach(user.forceId()).reaches(h.card().forceId(), orderId))
                .flatMap(h -> card(h, clock.instant()));
        card.ifPresent(c -> accessLog.recordAll(shownEntries(List.of(c), user, null, context, reason)));
        return card;
    }

    /** The existence card of an order in force or awaiting service; empty for one ended or not yet made. */
    Optional<OtherForceCard> card(LookupReadModel.Held held, Instant now) {
        LookupReadModel.Card card = held.card();
        OrderStatus status = card.timeline().statusAt(now).orElse(null);
        if (status != OrderStatus.IN_FORCE && status != OrderStatus.PENDING_SERVICE) {
            return Optional.empty();
        }
        Force owner = forces.byId(card.forceId()).orElse(null);
        if (owner == null) {
            return Optional.empty();
        }
        CrossForceRules r = rules.getIfAvailable();
        return Optional.of(build(card.orderId(), owner.code(), owner.name(),
                r == null ? null : r.contactTelephone(owner.id()), card.withheld(), status,
                card.timeline().endsAt() == null ? card.timeline().dischargedAt() : card.timeline().endsAt(),
                card.restrictions(), held.checked()));
    }

    /**
     * Builds a card from the order's masked details: only the fields the card lists are read, so no address, party
     * or term can reach it.
     */
    static OtherForceCard build(UUID orderId, String forceCode, String forceName, String telephone,
                                OrderDetails masked, OrderStatus status, Instant endsAt, List<String> restrictions,
                                boolean checked) {
        String service = masked.service().isEmpty()
                ? "Not served: no record that the respondent was served or made aware"
                : masked.service().get(0).method().label() + ", " + UK_TIME.format(masked.service().get(0).servedAt());
        List<String> warnings = masked.respondent() == null ? List.of()
                : masked.respondent().officerSafety().warnings().stream().map(Enum::name).sorted().toList();
        return new OtherForceCard(orderId, forceCode, forceName, telephone, masked.caseNumber(), masked.orderType(),
                status, status.banner(), masked.madeAt(), endsAt, service, restrictions, warnings, checked,
                checked ? null : status == OrderStatus.PENDING_SERVICE ? OrderCard.NOT_YET_CHECKED_UNSERVED
                        : OrderCard.NOT_YET_CHECKED, true);
    }

    private static double hundreds(double metres) {
        return Math.round(metres / 100.0) * 100.0;
    }
}
