package org.nmoregister.monitoring.zones;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.nmoregister.flags.MarkerDirectory;
import org.nmoregister.flags.MarkerKind;
import org.nmoregister.flags.MarkerView;
import org.nmoregister.places.Coordinates;
import org.nmoregister.places.Gazetteer;
import org.nmoregister.places.PlaceLocation;
import org.nmoregister.places.Postcode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every protected place and exclusion zone of every order, grouped by order, in memory: the feed asks "which of this
 * respondent's zones is this point in?", so a point is measured only against the few zones of the orders its device
 * is linked to, however many zones the register holds. Built from the place markers (flags) at start-up and kept
 * current from their changes four times a second on every instance (no scheduler lock: each instance keeps its own
 * copy, as the control-room lookup does). A zone is where its marker put it: at the property, or at its postcode's
 * centre with that postcode's likely error, which the check adds to the device's accuracy circle.
 */
@Component
public class MonitoredZones {

    private static final Logger log = LoggerFactory.getLogger(MonitoredZones.class);
    private static final Duration OVERLAP = Duration.ofSeconds(3);
    /** How far a place put at its postcode's centre (marker raised before places were located) may be out. */
    static final double POSTCODE_CENTRE_ERROR_METRES = 250;

    private final MarkerDirectory markers;
    private final Gazetteer gazetteer;
    private final Clock clock;
    private final double placeWithoutZoneMetres;
    private final Map<UUID, Map<UUID, Zone>> byOrder = new ConcurrentHashMap<>();
    private final Map<UUID, UUID> orderOfZone = new ConcurrentHashMap<>();
    private volatile boolean built;
    private Instant seen;

    MonitoredZones(MarkerDirectory markers, Gazetteer gazetteer, Clock clock,
                   @Value("${nmo.monitoring.place-without-zone-metres:30}") double placeWithoutZoneMetres) {
        this.markers = markers;
        this.gazetteer = gazetteer;
        this.clock = clock;
        this.placeWithoutZoneMetres = placeWithoutZoneMetres;
    }

    @EventListener(ApplicationReadyEvent.class)
    public synchronized void build() {
        Instant start = clock.instant().minus(OVERLAP);
        List<MarkerView> active = markers.allActive();
        active.forEach(this::apply);
        seen = start;
        built = true;
        log.info("Monitoring zones built: {} zones of {} orders", orderOfZone.size(), byOrder.size());
    }

    @Scheduled(fixedDelayString = "${nmo.monitoring.zone-refresh-interval:PT0.25S}")
    public synchronized void refresh() {
        if (!built) {
            return;
        }
        Instant latest = seen;
        for (MarkerDirectory.Change change : markers.changedSince(seen.minus(OVERLAP))) {
            apply(change.marker());
            if (change.changedAt().isAfter(latest)) {
                latest = change.changedAt();
            }
        }
        Instant now = clock.instant().minus(OVERLAP);
        seen = latest.isAfter(now) ? latest : now.isAfter(seen) ? now : seen;
    }

    /** The zones of this order (any binding at any time among those held). */
    public List<Zone> ofOrder(UUID orderId) {
        Map<UUID, Zone> zones = byOrder.get(orderId);
        return zones == null ? List.of() : List.copyOf(zones.values());
    }

    public Optional<Zone> zone(UUID id) {
        UUID order = orderOfZone.get(id);
        return order == null ? Optional.empty() : Optional.ofNullable(byOrder.get(order).get(id));
    }

    public int size() {
        return orderOfZone.size();
    }

    /** Puts zones in directly: for the benchmark's half a million zones, which no test builds order by order. */
    public void putAll(List<Zone> zones) {
        for (Zone zone : zones) {
            put(zone);
        }
    }

    private void apply(MarkerView marker) {
        if (marker.kind() != MarkerKind.PROTECTED_PLACE) {
            return;
        }
        if (marker.withdrawnAt() != null) {
            remove(marker.id());
            return;
        }
        Optional<PlaceLocation> located = marker.location();
        Coordinates centre;
        double error;
        if (located.isPresent()) {
            centre = located.get().coordinates();
            error = located.get().likelyErrorMetres();
        } else {
            Optional<Coordinates> byPostcode = Optional.ofNullable(marker.postcode()).flatMap(Postcode::parse)
                    .flatMap(gazetteer::locate).map(p -> p.coordinates());
            if (byPostcode.isEmpty()) {
                log.debug("Place marker {} has no point; it cannot be monitored", marker.id());
                remove(marker.id());
                return;
            }
            centre = byPostcode.get();
            error = POSTCODE_CENTRE_ERROR_METRES;
        }
        double radius = marker.radiusMetres() == null || marker.radiusMetres() <= 0 ? placeWithoutZoneMetres
                : marker.radiusMetres();
        String area = Optional.ofNullable(marker.postcode()).flatMap(Postcode::parse).map(Postcode::district)
                .orElse(null);
        put(new Zone(marker.id(), marker.forceId(), marker.orderId(), centre, radius, error,
                placeKindWords(marker.placeKind()), area, marker.address(), marker.confidential(),
                null, marker.expiresAt()));
    }

    private void put(Zone zone) {
        UUID before = orderOfZone.put(zone.id(), zone.orderId());
        if (before != null && !before.equals(zone.orderId())) {
            Map<UUID, Zone> old = byOrder.get(before);
            if (old != null) {
                old.remove(zone.id());
            }
        }
        byOrder.computeIfAbsent(zone.orderId(), k -> new ConcurrentHashMap<>()).put(zone.id(), zone);
    }

    private void remove(UUID zoneId) {
        UUID order = orderOfZone.remove(zoneId);
        if (order != null) {
            Map<UUID, Zone> zones = byOrder.get(order);
            if (zones != null) {
                zones.remove(zoneId);
                if (zones.isEmpty()) {
                    byOrder.remove(order, zones);
                }
            }
        }
    }

    /** The kind of place in words anyone may read ("the protected person's home"). */
    public static String placeKindWords(String kind) {
        if (kind == null) {
            return "a protected place";
        }
        return switch (kind) {
            case "HOME" -> "the protected person's home";
            case "WORKPLACE" -> "a workplace";
            case "SCHOOL" -> "a school";
            case "NURSERY" -> "a nursery";
            case "CHILDMINDER" -> "a childminder's";
            case "STREET_OR_AREA" -> "a street or area";
            default -> "a protected place";
        };
    }
}
