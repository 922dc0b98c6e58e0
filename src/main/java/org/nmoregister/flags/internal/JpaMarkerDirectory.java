package org.nmoregister.flags.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.nmoregister.flags.MarkerDirectory;
import org.nmoregister.flags.MarkerView;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderSnapshot;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaMarkerDirectory implements MarkerDirectory {

    private final MarkerRepository markers;

    JpaMarkerDirectory(MarkerRepository markers) {
        this.markers = markers;
    }

    @Override
    public List<MarkerView> allActive() {
        return markers.allActive().stream().map(MarkerEntity::view).toList();
    }

    @Override
    public List<Change> changedSince(Instant since) {
        return markers.changedSince(since).stream().map(m -> new Change(m.view(), m.changedAt)).toList();
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
                .map(m -> new MarkerView(UUID.nameUUIDFromBytes((version.orderId() + "|" + m.key())
                        .getBytes(StandardCharsets.UTF_8)), version.forceId(), version.orderId(), version.version(),
                        m.kind(), m.personName(), m.dateOfBirth(), m.aliases(), m.partyRole(), m.placeKind(),
                        m.address(), m.postcode(), m.radiusMetres(), m.confidential(), version.recordedAt(), end,
                        null, null))
                .toList();
    }
}
