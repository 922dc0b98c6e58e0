package org.nmoregister.flags.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.Optional;
import org.nmoregister.flags.MarkerDirectory;
import org.nmoregister.flags.MarkerKind;
import org.nmoregister.places.AddressKeys;
import org.nmoregister.places.PlaceChoices;
import org.nmoregister.places.PlaceLocation;
import org.nmoregister.flags.MarkerView;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderSnapshot;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaMarkerDirectory implements MarkerDirectory {

    private final MarkerRepository markers;
    private final PlaceChoices places;

    JpaMarkerDirectory(MarkerRepository markers, PlaceChoices places) {
        this.markers = markers;
        this.places = places;
    }

    @Override
    public List<MarkerView> allActive() {
        return markers.allActive().stream().map(MarkerEntity::view).toList();
    }

    @Override
    public List<Change> changedSince(Instant since) {
        // a marker raised because another force told this one of its order is not this force's order: the lookup
        // finds that order by the notice, as a card, and must not index it as the told force's own
        return markers.changedSince(since).stream().filter(m -> !m.heldElsewhere()).map(m -> new Change(m.view(), m.changedAt)).toList();
    }

    @Override
    public Set<UUID> ordersEverMarked() {
        return new HashSet<>(markers.ordersEverMarked());
    }

    @Override
    public List<MarkerView> planned(OrderSnapshot version) {
        OrderDetails details = version.details();
        Instant end = MarkerService.end(details);
        return MarkerPlan.of(details, version.clauses().clauses())
                .stream()
                .map(m -> {
                    MarkerEntity marker = new MarkerEntity(version.forceId(), version.orderId(), version.version(),
                            m, version.recordedAt(), end);
                    marker.id = UUID.nameUUIDFromBytes((version.orderId() + "|" + m.key())
                            .getBytes(StandardCharsets.UTF_8));
                    if (m.kind() == MarkerKind.PROTECTED_PLACE) {
                        marker.locate(places.locate(version.orderId(), m.address()).orElse(null));
                    }
                    return marker.view();
                })
                .toList();
    }

    @Override
    public Optional<PlaceLocation> placeLocation(UUID orderId, String address, Instant at) {
        String key = placeKey(address);
        List<MarkerEntity> ofPlace = markers.findByOrderIdAndKindOrderByRaisedAtDesc(orderId,
                MarkerKind.PROTECTED_PLACE).stream().filter(m -> placeKey(m.address).equals(key)).toList();
        return ofPlace.stream().map(MarkerEntity::view).filter(m -> m.activeAt(at)).findFirst()
                .or(() -> ofPlace.stream().map(MarkerEntity::view).findFirst())
                .flatMap(MarkerView::location);
    }

    /** An address as the markers and the terms may write it differently (case, spacing, punctuation). */
    private static String placeKey(String address) {
        return AddressKeys.line1Key(address);
    }
}
