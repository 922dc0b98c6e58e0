package org.nmoregister.monitoring.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nmoregister.monitoring.zones.Containment;

/**
 * The de-duplication rule for zone alerts, plain Java: one alert per entry, updated while the device stays inside,
 * a new one after it has left and come back.
 *
 * <p>An <em>episode</em> is a device's stay in one zone. It opens with the first point inside or possibly inside
 * (raising {@link AlertKind#ZONE_ENTRY} or {@link AlertKind#POSSIBLE_ZONE_ENTRY}); every later point inside or
 * possibly inside updates it (a possible entry becomes an entry when a point is surely inside; an entry never goes
 * back to possible); the first point wholly outside after its latest point ends it. A point older than the episode's
 * latest (a provider re-sending an old batch) never ends it: only a later point says the device left. Because
 * "possibly inside" keeps an episode open, a device standing on the boundary with a wobbling fix does not raise an
 * alert at every wobble.
 */
public final class EpisodePlanner {

    /** An episode already open (stored), as the planner needs it. */
    public record Open(String episodeKey, AlertKind kind, Instant lastAt) {
    }

    /** One point of a device against one zone. */
    public record Observation(String episodeKey, Instant at, Containment containment, double distanceMetres,
                              int index) {
    }

    /**
     * What to do with one episode after the batch.
     *
     * @param existing  true: update the stored open episode; false: raise a new alert
     * @param first     the point that opened it (for a new one) or the first point of this batch in it
     * @param last      the latest point in it
     * @param points    how many points of this batch fell in it
     * @param closest   the nearest distance to the place among them
     * @param ended     the device has left: the episode is over (its end is the leaving point's time)
     * @param endedAt   when the device was first seen wholly outside again
     */
    public record Change(String episodeKey, boolean existing, AlertKind kind, Observation first, Observation last,
                         int points, double closest, boolean ended, Instant endedAt) {
    }

    private EpisodePlanner() {
    }

    /**
     * The changes one batch of observations makes to the episodes, given those open before it. Observations may come
     * in any order; they are taken in time order.
     */
    public static List<Change> plan(Map<String, Open> open, List<Observation> observations) {
        List<Observation> ordered = new ArrayList<>(observations);
        ordered.sort(Comparator.comparing(Observation::at).thenComparingInt(Observation::index));
        Map<String, Working> current = new HashMap<>();
        java.util.Set<String> storedTaken = new java.util.HashSet<>();
        List<Change> changes = new ArrayList<>();
        for (Observation o : ordered) {
            Working w = current.get(o.episodeKey());
            if (w == null && storedTaken.add(o.episodeKey())) {
                Open stored = open.get(o.episodeKey());
                if (stored != null) {
                    w = new Working(o.episodeKey(), true, stored.kind(), stored.lastAt());
                    current.put(o.episodeKey(), w);
                }
            }
            boolean in = o.containment() != Containment.OUTSIDE;
            if (!in) {
                if (w != null && o.at().isAfter(w.lastAt)) {
                    w.ended = true;
                    w.endedAt = o.at();
                    changes.add(w.change());
                    current.remove(o.episodeKey());
                }
                continue;
            }
            AlertKind kind = o.containment() == Containment.INSIDE ? AlertKind.ZONE_ENTRY
                    : AlertKind.POSSIBLE_ZONE_ENTRY;
            if (w == null) {
                w = new Working(o.episodeKey(), false, kind, o.at());
                current.put(o.episodeKey(), w);
            } else if (kind == AlertKind.ZONE_ENTRY) {
                w.kind = AlertKind.ZONE_ENTRY;
            }
            w.add(o);
        }
        current.values().stream().filter(w -> w.points > 0)
                .sorted(Comparator.comparingInt(w -> w.first.index())).forEach(w -> changes.add(w.change()));
        return changes;
    }

    private static final class Working {
        final String key;
        final boolean existing;
        AlertKind kind;
        Instant lastAt;
        Observation first;
        Observation last;
        int points;
        double closest = Double.MAX_VALUE;
        boolean ended;
        Instant endedAt;

        Working(String key, boolean existing, AlertKind kind, Instant lastAt) {
            this.key = key;
            this.existing = existing;
            this.kind = kind;
            this.lastAt = lastAt;
        }

        void add(Observation o) {
            if (first == null) {
                first = o;
            }
            if (last == null || !o.at().isBefore(last.at())) {
                last = o;
            }
            if (o.at().isAfter(lastAt)) {
                lastAt = o.at();
            }
            points++;
            closest = Math.min(closest, o.distanceMetres());
        }

        Change change() {
            return new Change(key, existing, kind, first, last, points, points == 0 ? Double.NaN : closest, ended,
                    endedAt);
        }
    }
}
