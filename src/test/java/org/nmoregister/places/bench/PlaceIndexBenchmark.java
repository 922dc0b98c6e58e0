package org.nmoregister.places.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.nmoregister.places.Coordinates;
import org.nmoregister.places.PlaceIndex;
import org.nmoregister.places.PlaceIndex.Place;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Place lookup in the in-memory {@link PlaceIndex} at the size: 500,000 protected places and exclusion zones,
 * seeded, spread over England and Wales as people are (most around towns, some anywhere), radii 50 m to 2 km (most
 * 100-200 m, as courts write them). Queries are half near a known place, half anywhere people live, asking for zones
 * the point is in ({@code withinMetres=0}) or within 250 m of. Run as docs/benchmarks.md says; not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1536m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
public class PlaceIndexBenchmark {

    /** England and Wales, roughly: Land's End to Berwick, St David's to Lowestoft. */
    static final double SOUTH = 49.95;
    static final double NORTH = 55.80;
    static final double WEST = -5.70;
    static final double EAST = 1.75;
    static final long SEED = 20_261_122L;

    @Param("500000")
    public int places;

    @Param({"0", "250"})
    public double withinMetres;

    PlaceIndex index;
    Coordinates[] queries;

    /** Each benchmark thread walks the queries on its own, so the threads share nothing they write. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void build() {
        Random random = new Random(SEED);
        List<Place> generated = generate(random, places);
        long before = usedHeap();
        long start = System.nanoTime();
        index = new PlaceIndex();
        index.replaceAll(generated);
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        long heapMb = (usedHeap() - before) / (1024 * 1024);
        System.out.printf("%n[place index] %,d places built in %,d ms; about %,d MB of heap for the index%n",
                index.size(), buildMillis, heapMb);
        queries = new Coordinates[1 << 16];
        for (int i = 0; i < queries.length; i++) {
            if (i % 2 == 0) {
                Place near = generated.get(random.nextInt(generated.size()));
                queries[i] = offset(near.centre(), random.nextGaussian() * (near.radiusMetres() + 100),
                        random.nextGaussian() * (near.radiusMetres() + 100));
            } else {
                queries[i] = somewhereLived(random);
            }
        }
    }

    @Benchmark
    public int lookup(Cursor cursor) {
        Coordinates point = queries[cursor.next++ & (queries.length - 1)];
        return index.near(point, withinMetres).size();
    }

    /**
     * Runs this benchmark through JMH, so that a launcher passing (size, threads) works: {@code args[0]} the number
     * of places (default 500,000), {@code args[1]} the querying threads (default 2).
     */
    public static void main(String[] args) throws org.openjdk.jmh.runner.RunnerException {
        String size = args.length > 0 ? args[0] : "500000";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        new org.openjdk.jmh.runner.Runner(new org.openjdk.jmh.runner.options.OptionsBuilder()
                .include(PlaceIndexBenchmark.class.getName() + ".lookup")
                .param("places", size)
                .threads(threads)
                .resultFormat(org.openjdk.jmh.results.format.ResultFormatType.JSON)
                .result("target/jmh-places.json")
                .build()).run();
    }

    static List<Place> generate(Random random, int count) {
        List<Place> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // Log-uniform 50 m .. 2 km puts most radii in the low hundreds of metres.
            double radius = random.nextDouble() < 0.85
                    ? 50 + random.nextDouble() * 150
                    : Math.exp(Math.log(200) + random.nextDouble() * (Math.log(2_000) - Math.log(200)));
            list.add(new Place("p" + i, somewhereLived(random), Math.round(radius), "order-" + (i / 3)));
        }
        return list;
    }

    /** 40 made-up towns, each a Gaussian of people some kilometres across, plus 20% anywhere in the box. */
    private static final double[][] TOWNS = new double[40][3];

    static {
        Random towns = new Random(SEED ^ 0x5EED);
        for (double[] town : TOWNS) {
            town[0] = SOUTH + 0.5 + towns.nextDouble() * (NORTH - SOUTH - 1);
            town[1] = WEST + 1.5 + towns.nextDouble() * (EAST - WEST - 2);
            town[2] = 2_000 + towns.nextDouble() * 12_000;
        }
    }

    static Coordinates somewhereLived(Random random) {
        if (random.nextDouble() < 0.2) {
            return new Coordinates(SOUTH + random.nextDouble() * (NORTH - SOUTH),
                    WEST + random.nextDouble() * (EAST - WEST));
        }
        double[] town = TOWNS[random.nextInt(TOWNS.length)];
        return offset(new Coordinates(town[0], town[1]), random.nextGaussian() * town[2],
                random.nextGaussian() * town[2]);
    }

    static Coordinates offset(Coordinates from, double northMetres, double eastMetres) {
        double perDegree = Math.PI * Coordinates.EARTH_RADIUS_METRES / 180;
        double lat = Math.max(-89, Math.min(89, from.latitude() + northMetres / perDegree));
        double lon = from.longitude() + eastMetres / (perDegree * Math.cos(Math.toRadians(lat)));
        return new Coordinates(lat, Math.max(-180, Math.min(180, lon)));
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
