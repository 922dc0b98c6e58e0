package org.nmoregister.monitoring.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nmoregister.monitoring.zones.Containment.INSIDE;
import static org.nmoregister.monitoring.zones.Containment.OUTSIDE;
import static org.nmoregister.monitoring.zones.Containment.POSSIBLY_INSIDE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nmoregister.monitoring.zones.Containment;

class EpisodePlannerTest {

    static final Instant T = Instant.parse("2026-12-04T21:00:00Z");
    static final String HOME = "zone:home";
    static final String SCHOOL = "zone:school";

    private final List<EpisodePlanner.Observation> points = new ArrayList<>();

    private void point(String key, int second, Containment c, double distance) {
        points.add(new EpisodePlanner.Observation(key, T.plusSeconds(second), c, distance, points.size()));
    }

    @Test
    void aFirstPointInsideRaisesOneEntryAndFurtherPointsInsideAddToIt() {
        point(HOME, 0, INSIDE, 40);
        point(HOME, 10, INSIDE, 20);
        point(HOME, 20, INSIDE, 30);
        List<EpisodePlanner.Change> changes = EpisodePlanner.plan(Map.of(), points);
        assertThat(changes).hasSize(1);
        EpisodePlanner.Change entry = changes.get(0);
        assertThat(entry.existing()).isFalse();
        assertThat(entry.kind()).isEqualTo(AlertKind.ZONE_ENTRY);
        assertThat(entry.points()).isEqualTo(3);
        assertThat(entry.closest()).isEqualTo(20);
        assertThat(entry.first().at()).isEqualTo(T);
        assertThat(entry.last().at()).isEqualTo(T.plusSeconds(20));
        assertThat(entry.ended()).isFalse();
    }

    @Test
    void pointsInsideAnOpenEpisodeUpdateItAndRaiseNothingNew() {
        point(HOME, 60, INSIDE, 10);
        List<EpisodePlanner.Change> changes = EpisodePlanner.plan(
                Map.of(HOME, new EpisodePlanner.Open(HOME, AlertKind.ZONE_ENTRY, T)), points);
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.existing()).isTrue();
            assertThat(c.points()).isEqualTo(1);
            assertThat(c.kind()).isEqualTo(AlertKind.ZONE_ENTRY);
        });
    }

    @Test
    void aPointWhollyOutsideEndsTheEpisodeAndAReentryIsANewAlert() {
        point(HOME, 10, OUTSIDE, 400);
        point(HOME, 20, INSIDE, 50);
        List<EpisodePlanner.Change> changes = EpisodePlanner.plan(
                Map.of(HOME, new EpisodePlanner.Open(HOME, AlertKind.ZONE_ENTRY, T)), points);
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).existing()).isTrue();
        assertThat(changes.get(0).ended()).isTrue();
        assertThat(changes.get(0).endedAt()).isEqualTo(T.plusSeconds(10));
        assertThat(changes.get(0).points()).isZero();
        assertThat(changes.get(1).existing()).isFalse();
        assertThat(changes.get(1).kind()).isEqualTo(AlertKind.ZONE_ENTRY);
        assertThat(changes.get(1).first().at()).isEqualTo(T.plusSeconds(20));
    }

    @Test
    void inOutInWithinOneBatchIsTwoEntries() {
        point(HOME, 0, INSIDE, 50);
        point(HOME, 10, OUTSIDE, 500);
        point(HOME, 20, INSIDE, 60);
        List<EpisodePlanner.Change> changes = EpisodePlanner.plan(Map.of(), points);
        assertThat(changes).extracting(EpisodePlanner.Change::existing, EpisodePlanner.Change::ended)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(false, true),
                        org.assertj.core.groups.Tuple.tuple(false, false));
    }

    @Test
    void aWobbleOntoPossiblyInsideDoesNotEndTheEpisode() {
        point(HOME, 10, POSSIBLY_INSIDE, 130);
        point(HOME, 20, INSIDE, 90);
        point(HOME, 30, POSSIBLY_INSIDE, 120);
        List<EpisodePlanner.Change> changes = EpisodePlanner.plan(
                Map.of(HOME, new EpisodePlanner.Open(HOME, AlertKind.ZONE_ENTRY, T)), points);
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.existing()).isTrue();
            assertThat(c.ended()).isFalse();
            assertThat(c.points()).isEqualTo(3);
            assertThat(c.kind()).isEqualTo(AlertKind.ZONE_ENTRY);
        });
    }

    @Test
    void aPossibleEntryBecomesAnEntryWhenAPointIsSurelyInsideAndNeverGoesBack() {
        point(HOME, 0, POSSIBLY_INSIDE, 300);
        point(HOME, 10, INSIDE, 50);
        point(HOME, 20, POSSIBLY_INSIDE, 200);
        assertThat(EpisodePlanner.plan(Map.of(), points)).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(AlertKind.ZONE_ENTRY));
        points.clear();
        point(HOME, 0, POSSIBLY_INSIDE, 300);
        assertThat(EpisodePlanner.plan(Map.of(), points)).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(AlertKind.POSSIBLE_ZONE_ENTRY));
    }

    @Test
    void aLatePointOutsideDoesNotEndAnEpisodeThatHasNewerPointsInside() {
        point(HOME, -30, OUTSIDE, 900);
        List<EpisodePlanner.Change> changes = EpisodePlanner.plan(
                Map.of(HOME, new EpisodePlanner.Open(HOME, AlertKind.ZONE_ENTRY, T)), points);
        assertThat(changes).isEmpty();
    }

    @Test
    void pointsOutOfOrderAreTakenInTimeOrder() {
        point(HOME, 20, INSIDE, 50);
        point(HOME, 10, OUTSIDE, 500);
        point(HOME, 0, INSIDE, 60);
        // in time: inside, outside, inside: two entries
        assertThat(EpisodePlanner.plan(Map.of(), points)).hasSize(2);
    }

    @Test
    void eachZoneHasItsOwnEpisodeAndOutsideWithNothingOpenIsNothing() {
        point(HOME, 0, INSIDE, 50);
        point(SCHOOL, 0, OUTSIDE, 900);
        point(SCHOOL, 5, POSSIBLY_INSIDE, 250);
        List<EpisodePlanner.Change> changes = EpisodePlanner.plan(Map.of(), points);
        assertThat(changes).extracting(EpisodePlanner.Change::episodeKey, EpisodePlanner.Change::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(HOME, AlertKind.ZONE_ENTRY),
                        org.assertj.core.groups.Tuple.tuple(SCHOOL, AlertKind.POSSIBLE_ZONE_ENTRY));
    }
}
