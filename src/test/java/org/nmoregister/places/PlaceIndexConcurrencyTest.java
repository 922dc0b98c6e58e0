package org.nmoregister.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.nmoregister.places.PlaceIndex.Hit;
import org.nmoregister.places.PlaceIndex.Place;

/**
 * The place index read by the control room while markers change: a reader never fails and never misses a place that
 * is not moving. Kept apart from {@link PlaceIndexTest} because it runs threads for seconds: the mutation profile
 * leaves the {@code *ConcurrencyTest} classes out (a planted fault would be judged by thread timing, not by a rule).
 */
class PlaceIndexConcurrencyTest {

    private static final double METRES_PER_DEGREE = Math.PI * Coordinates.EARTH_RADIUS_METRES / 180;

    private final PlaceIndex index = new PlaceIndex();

    @Test
    void readersNeverFailOrMissAStillPlaceWhileWritersMoveOthers() throws Exception {
        Coordinates still = new Coordinates(52.2, -1.2);
        index.put(new Place("still", still, 200, "still"));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            Random random = new Random(7);
            int i = 0;
            while (!stop.get()) {
                String id = "m" + (i++ % 200);
                index.put(new Place(id, north(still, random.nextDouble() * 3_000), random.nextDouble() * 2_000, id));
                if (i % 5 == 0) {
                    index.remove("m" + random.nextInt(200));
                }
            }
        });
        writer.start();
        try {
            for (int q = 0; q < 20_000; q++) {
                List<Hit> hits = index.near(still, 0);
                assertThat(hits).anyMatch(h -> h.place().id().equals("still"));
                assertThat(hits.stream().map(h -> h.place().id()).distinct().count()).isEqualTo(hits.size());
            }
        } catch (Throwable t) {
            failure.set(t);
        } finally {
            stop.set(true);
            writer.join();
        }
        assertThat(failure.get()).isNull();
    }

    private static Coordinates north(Coordinates from, double metres) {
        return new Coordinates(from.latitude() + metres / METRES_PER_DEGREE, from.longitude());
    }
}
