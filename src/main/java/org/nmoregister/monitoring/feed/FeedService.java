package org.nmoregister.monitoring.feed;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.nmoregister.monitoring.alerts.AlertKind;
import org.nmoregister.monitoring.alerts.AlertRow;
import org.nmoregister.monitoring.alerts.AlertStore;
import org.nmoregister.monitoring.alerts.AlertStream;
import org.nmoregister.monitoring.alerts.EpisodePlanner;
import org.nmoregister.monitoring.zones.Containment;
import org.nmoregister.monitoring.zones.MonitoredZones;
import org.nmoregister.monitoring.zones.Zone;
import org.nmoregister.places.Coordinates;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives the monitoring feed: a batch of location points or device events is validated whole, stored in one
 * transaction (a multi-row insert, idempotent per device and time), checked against every zone of the orders each
 * device is linked to, and the alerts it raises or updates are stored in that same transaction. Only after the
 * commit does the controller answer, and only then are the alerts sent to the control room's pages: nothing
 * acknowledged is lost, and nothing is shown that was not stored.
 */
@Component
public class FeedService {

    /** One location point as the feed sends it. */
    public record LocationPoint(String deviceId, Instant at, Double latitude, Double longitude,
                                Double accuracyMetres) {
    }

    /** One device event as the feed sends it. */
    public record DeviceEvent(String deviceId, Instant at, String kind, String detail) {
    }

    /**
     * What a batch did: how many it carried, how many were new, how many were already held (a resend), and the
     * alerts raised or updated.
     */
    public record Receipt(int received, int stored, int alreadyHeld, int alertsRaised, int alertsUpdated) {
    }

    private final JdbcTemplate jdbc;
    private final DeviceLinks links;
    private final MonitoredZones zones;
    private final AlertStore alerts;
    private final AlertStream stream;
    private final CurrentUsers users;
    private final FeedLimits limits;
    private final Clock clock;

    FeedService(JdbcTemplate jdbc, DeviceLinks links, MonitoredZones zones, AlertStore alerts, AlertStream stream,
                CurrentUsers users, FeedLimits limits, Clock clock) {
        this.jdbc = jdbc;
        this.links = links;
        this.zones = zones;
        this.alerts = alerts;
        this.stream = stream;
        this.users = users;
        this.limits = limits;
        this.clock = clock;
    }

    @Transactional
    public Receipt locations(List<LocationPoint> points) {
        Instant now = clock.instant();
        UUID forceId = users.require().forceId();
        checkBatch(points == null ? 0 : points.size());
        List<InvalidRequestException.FieldError> errors = new ArrayList<>();
        Set<String> devices = new TreeSet<>();
        for (int i = 0; i < points.size(); i++) {
            LocationPoint p = points.get(i);
            String at = "[" + i + "].";
            if (p == null) {
                errors.add(new InvalidRequestException.FieldError("[" + i + "]", "Send a point, not null"));
                continue;
            }
            deviceId(p.deviceId(), at, errors, devices);
            time(p.at(), at, now, errors);
            range(p.latitude(), -90, 90, at + "latitude", "a latitude from -90 to 90 degrees", errors);
            range(p.longitude(), -180, 180, at + "longitude", "a longitude from -180 to 180 degrees", errors);
            range(p.accuracyMetres(), 0, limits.maxAccuracy(), at + "accuracyMetres",
                    "an accuracy from 0 to " + Math.round(limits.maxAccuracy()) + " metres", errors);
            if (errors.size() >= 20) {
                break;
            }
        }
        DeviceLinks.Known known = errors.isEmpty() ? links.known(forceId, devices) : null;
        if (known != null) {
            for (int i = 0; i < points.size() && errors.size() < 20; i++) {
                if (!known.everLinked().contains(points.get(i).deviceId())) {
                    errors.add(new InvalidRequestException.FieldError("[" + i + "].deviceId",
                            "No device " + points.get(i).deviceId() + " has been linked to an order of your force"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        lockDevices(forceId, devices);
        int n = points.size();
        String[] ids = new String[n];
        Timestamp[] ats = new Timestamp[n];
        Double[] lats = new Double[n];
        Double[] lons = new Double[n];
        Double[] accs = new Double[n];
        for (int i = 0; i < n; i++) {
            LocationPoint p = points.get(i);
            ids[i] = p.deviceId();
            ats[i] = Timestamp.from(p.at().truncatedTo(ChronoUnit.MICROS));
            lats[i] = p.latitude();
            lons[i] = p.longitude();
            accs[i] = p.accuracyMetres();
        }
        Set<String> stored = new HashSet<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    insert into monitoring_location (force_id, device_id, at, received_at, latitude, longitude,
                      accuracy_metres)
                    select ?, d, a, ?, la, lo, ac from unnest(?::varchar[], ?::timestamptz[], ?::float8[],
                      ?::float8[], ?::float8[]) as t(d, a, la, lo, ac)
                    on conflict do nothing returning device_id, at""");
            ps.setObject(1, forceId);
            ps.setTimestamp(2, Timestamp.from(now));
            Array a1 = con.createArrayOf("varchar", ids);
            ps.setArray(3, a1);
            ps.setArray(4, con.createArrayOf("timestamptz", ats));
            ps.setArray(5, con.createArrayOf("float8", lats));
            ps.setArray(6, con.createArrayOf("float8", lons));
            ps.setArray(7, con.createArrayOf("float8", accs));
            return ps;
        }, rs -> {
            stored.add(rs.getString(1) + "|" + rs.getTimestamp(2).toInstant());
        });
        // Only points stored now are checked: a resend raises nothing a second time.
        Map<String, List<Integer>> newByDevice = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String key = ids[i] + "|" + ats[i].toInstant();
            if (stored.contains(key) && seen.add(key)) {
                newByDevice.computeIfAbsent(ids[i], k -> new ArrayList<>()).add(i);
            }
        }
        int[] counts = check(forceId, points, ats, newByDevice, known, now);
        return new Receipt(n, seen.size(), n - seen.size(), counts[0], counts[1]);
    }

    /** Checks the new points against the zones of their devices' orders and raises or updates the alerts. */
    private int[] check(UUID forceId, List<LocationPoint> points, Timestamp[] ats,
                        Map<String, List<Integer>> newByDevice, DeviceLinks.Known known, Instant now) {
        if (newByDevice.isEmpty()) {
            return new int[] {0, 0};
        }
        List<AlertRow> raised = new ArrayList<>();
        List<AlertRow> updated = new ArrayList<>();
        // a point after a gap ends the device's SIGNAL_LOST episode
        updated.addAll(alerts.endOpen(forceId, newByDevice.keySet(), AlertKind.SIGNAL_LOST, now));
        Map<String, AlertRow> openByKey = new HashMap<>();
        Set<String> devicesWithZones = new LinkedHashSet<>();
        for (String device : newByDevice.keySet()) {
            for (UUID order : known.liveOrders().getOrDefault(device, List.of())) {
                if (!zones.ofOrder(order).isEmpty()) {
                    devicesWithZones.add(device);
                }
            }
        }
        if (devicesWithZones.isEmpty()) {
            stream.afterCommit(updated, false);
            return new int[] {0, updated.size()};
        }
        for (AlertRow row : alerts.open(forceId, devicesWithZones)) {
            openByKey.put(row.deviceId() + "|" + row.episodeKey(), row);
        }
        for (String device : devicesWithZones) {
            List<Zone> deviceZones = new ArrayList<>();
            for (UUID order : known.liveOrders().getOrDefault(device, List.of())) {
                deviceZones.addAll(zones.ofOrder(order));
            }
            Map<String, EpisodePlanner.Open> open = new HashMap<>();
            Map<String, Zone> zoneByKey = new HashMap<>();
            for (Zone z : deviceZones) {
                String key = "zone:" + z.id();
                zoneByKey.put(key, z);
                AlertRow row = openByKey.get(device + "|" + key);
                if (row != null) {
                    open.put(key, new EpisodePlanner.Open(key, row.kind(), row.lastAt()));
                }
            }
            List<EpisodePlanner.Observation> observations = new ArrayList<>();
            for (int i : newByDevice.get(device)) {
                LocationPoint p = points.get(i);
                Instant at = ats[i].toInstant();
                Coordinates point = new Coordinates(p.latitude(), p.longitude());
                for (Zone z : deviceZones) {
                    if (!z.bindsAt(at)) {
                        continue;
                    }
                    double d = z.distanceMetres(point);
                    Containment c = org.nmoregister.monitoring.zones.ZoneGeometry.classify(d, z.radiusMetres(),
                            p.accuracyMetres(), z.placeErrorMetres());
                    String key = "zone:" + z.id();
                    if (c != Containment.OUTSIDE || open.containsKey(key)) {
                        observations.add(new EpisodePlanner.Observation(key, at, c, d, i));
                    }
                }
            }
            for (EpisodePlanner.Change change : EpisodePlanner.plan(open, observations)) {
                Zone z = zoneByKey.get(change.episodeKey());
                LocationPoint last = change.last() == null ? null : points.get(change.last().index());
                if (change.existing()) {
                    AlertRow row = openByKey.get(device + "|" + change.episodeKey());
                    updated.add(alerts.extend(row.id(), change.kind(), change.points(),
                            change.last() == null ? null : change.last().at(),
                            change.points() == 0 ? null : change.closest(),
                            last == null ? null : last.latitude(), last == null ? null : last.longitude(),
                            last == null ? null : last.accuracyMetres(), change.ended() ? change.endedAt() : null,
                            now));
                } else {
                    LocationPoint first = points.get(change.first().index());
                    AlertRow row = alerts.raise(new AlertRow(UUID.randomUUID(), forceId, z.orderId(), device,
                            change.kind(), change.episodeKey(), z.id(), z.placeKind(), z.area(), z.address(),
                            z.confidential(), z.radiusMetres(), change.first().at(), now, change.last().at(), now,
                            change.points(), change.closest(), last.latitude(), last.longitude(),
                            last.accuracyMetres(), change.ended() ? change.endedAt() : null, "OPEN", null, null, null,
                            null, null, null));
                    (row.points() == change.points() ? raised : updated).add(row);
                }
            }
        }
        stream.afterCommit(raised, true);
        stream.afterCommit(updated, false);
        return new int[] {raised.size(), updated.size()};
    }

    @Transactional
    public Receipt events(List<DeviceEvent> events) {
        Instant now = clock.instant();
        UUID forceId = users.require().forceId();
        checkBatch(events == null ? 0 : events.size());
        List<InvalidRequestException.FieldError> errors = new ArrayList<>();
        Set<String> devices = new TreeSet<>();
        for (int i = 0; i < events.size() && errors.size() < 20; i++) {
            DeviceEvent e = events.get(i);
            String at = "[" + i + "].";
            if (e == null) {
                errors.add(new InvalidRequestException.FieldError("[" + i + "]", "Send an event, not null"));
                continue;
            }
            deviceId(e.deviceId(), at, errors, devices);
            time(e.at(), at, now, errors);
            if (e.kind() == null || e.kind().isBlank()) {
                errors.add(new InvalidRequestException.FieldError(at + "kind",
                        "Send the kind: TAMPER, STRAP, LOW_BATTERY, NO_SIGNAL or CHARGING"));
            } else {
                try {
                    DeviceEventKind.valueOf(e.kind());
                } catch (IllegalArgumentException x) {
                    errors.add(new InvalidRequestException.FieldError(at + "kind",
                            "The kind must be TAMPER, STRAP, LOW_BATTERY, NO_SIGNAL or CHARGING"));
                }
            }
            if (e.detail() != null && (e.detail().length() > 500 || e.detail().indexOf('\0') >= 0)) {
                errors.add(new InvalidRequestException.FieldError(at + "detail",
                        "The detail must be at most 500 characters, without NUL"));
            }
        }
        DeviceLinks.Known known = errors.isEmpty() ? links.known(forceId, devices) : null;
        if (known != null) {
            for (int i = 0; i < events.size() && errors.size() < 20; i++) {
                if (!known.everLinked().contains(events.get(i).deviceId())) {
                    errors.add(new InvalidRequestException.FieldError("[" + i + "].deviceId",
                            "No device " + events.get(i).deviceId() + " has been linked to an order of your force"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        lockDevices(forceId, devices);
        List<AlertRow> raised = new ArrayList<>();
        List<AlertRow> updated = new ArrayList<>();
        int stored = 0;
        List<DeviceEvent> ordered = new ArrayList<>(events);
        ordered.sort(java.util.Comparator.comparing(DeviceEvent::at));
        for (DeviceEvent e : ordered) {
            Instant at = e.at().truncatedTo(ChronoUnit.MICROS);
            int inserted = jdbc.update("""
                    insert into monitoring_device_event (force_id, device_id, at, kind, received_at, detail)
                    values (?, ?, ?, ?, ?, ?) on conflict do nothing""", forceId, e.deviceId(), Timestamp.from(at),
                    e.kind(), Timestamp.from(now), e.detail());
            if (inserted == 0) {
                continue;
            }
            stored++;
            DeviceEventKind kind = DeviceEventKind.valueOf(e.kind());
            AlertKind alertKind = switch (kind) {
                case TAMPER, STRAP -> AlertKind.DEVICE_TAMPER;
                case NO_SIGNAL -> AlertKind.SIGNAL_LOST;
                case LOW_BATTERY -> AlertKind.LOW_BATTERY;
                case CHARGING -> null;
            };
            if (alertKind == null) {
                updated.addAll(alerts.endOpen(forceId, List.of(e.deviceId()), AlertKind.LOW_BATTERY, now));
                continue;
            }
            for (UUID order : known.liveOrders().getOrDefault(e.deviceId(), List.of())) {
                AlertRow row = alerts.raise(new AlertRow(UUID.randomUUID(), forceId, order, e.deviceId(), alertKind,
                        alertKind.name() + ":" + order, null, null, null, null, false, null, at, now, at, now, 1,
                        null, null, null, null, null, "OPEN", null, null, null, null, null, null));
                (row.points() == 1 ? raised : updated).add(row);
            }
        }
        stream.afterCommit(raised, true);
        stream.afterCommit(updated, false);
        return new Receipt(events.size(), stored, events.size() - stored, raised.size(), updated.size());
    }

    /** One batch per device at a time (in a fixed order, so two batches never wait on each other). */
    private void lockDevices(UUID forceId, Set<String> devices) {
        jdbc.query(con -> {
            var ps = con.prepareStatement("select pg_advisory_xact_lock(hashtext(?::text || x)) "
                    + "from unnest(?::varchar[]) x order by x");
            ps.setString(1, forceId.toString());
            ps.setArray(2, con.createArrayOf("varchar", devices.toArray()));
            return ps;
        }, rs -> {
        });
    }

    private void checkBatch(int size) {
        if (size == 0) {
            throw new InvalidRequestException("body", "Send at least one item in the list");
        }
        if (size > limits.maxBatch()) {
            throw new InvalidRequestException("body", "Send at most " + limits.maxBatch() + " items in one request, not "
                    + size);
        }
    }

    private static void deviceId(String deviceId, String at, List<InvalidRequestException.FieldError> errors,
                                 Set<String> devices) {
        if (deviceId == null || deviceId.isBlank()) {
            errors.add(new InvalidRequestException.FieldError(at + "deviceId", "Send the device's identifier"));
        } else if (!DeviceLinks.DEVICE_ID.matcher(deviceId).matches()) {
            errors.add(new InvalidRequestException.FieldError(at + "deviceId",
                    "A device identifier is 1 to 64 letters, digits, dots, dashes or underscores"));
        } else {
            devices.add(deviceId);
        }
    }

    private void time(Instant at, String prefix, Instant now, List<InvalidRequestException.FieldError> errors) {
        if (at == null) {
            errors.add(new InvalidRequestException.FieldError(prefix + "at",
                    "Send the time, like 2026-12-04T21:15:00Z"));
        } else if (at.isAfter(now.plus(limits.maxFuture()))) {
            errors.add(new InvalidRequestException.FieldError(prefix + "at",
                    "The time is more than " + limits.maxFuture().toMinutes() + " minutes ahead of the register's "
                            + "clock"));
        } else if (at.isBefore(now.minus(limits.retention()))) {
            errors.add(new InvalidRequestException.FieldError(prefix + "at",
                    "The time is older than the " + limits.retention().toDays() + " days points are kept"));
        }
    }

    private static void range(Double value, double min, double max, String field, String words,
                              List<InvalidRequestException.FieldError> errors) {
        if (value == null || value.isNaN() || value < min || value > max) {
            errors.add(new InvalidRequestException.FieldError(field, "Send " + words));
        }
    }
}
