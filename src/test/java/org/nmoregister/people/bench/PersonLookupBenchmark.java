package org.nmoregister.people.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;

import org.nmoregister.people.PersonIndex;
import org.nmoregister.people.PersonRecord;

/**
 * The person-lookup benchmark: builds an index of N synthetic people and reports build time, heap after build,
 * latency percentiles and quality on held-out queries. Run with
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench.size=1000000 -Dbench.queries=20000} (see docs/benchmarks.md);
 * {@link PersonSearchJmh} measures the same search under JMH.
 *
 * <p>Seeds (arguments 3 and 4, {@code -Dbench.registerSeed}, {@code -Dbench.querySeed}): by default the register is
 * seed 1 and the queries seed 2; the warm-up uses seed 99.
 */
public final class PersonLookupBenchmark {

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        long registerSeed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        long querySeed = args.length > 3 ? Long.parseLong(args[3]) : 2;
        System.out.printf("people: %,d; queries: %,d; processors: %d; max heap: %d MB%n", size, queries,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("name pools: " + SyntheticPeople.describePools());
        System.out.printf("seeds: register %d, queries %d%n", registerSeed, querySeed);

        long g0 = System.nanoTime();
        List<PersonRecord<String>> register = new SyntheticPeople(registerSeed).people(size);
        System.out.printf("generated in %.1f s%n", (System.nanoTime() - g0) / 1e9);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long t0 = System.nanoTime();
        PersonIndex<String> index = PersonIndex.of(register);
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        System.out.printf("index built in %.1f s; vocabulary %,d words%n", buildSeconds, index.vocabularySize());
        System.out.printf("heap after build (after GC): %d MB in all, of which the records %d MB and the index %d MB%n",
                after >> 20, before >> 20, (after - before) >> 20);

        // Warm-up on its own seed so the measured run is compiled code, then the held-out run.
        Evaluation.run(index, register, 99, Math.min(queries, 5_000), 500);
        Evaluation.Result result = Evaluation.run(index, register, querySeed, queries, queries / 4);
        System.out.print(result.summary());
        System.out.println("first misses:");
        result.misses().stream().limit(25).forEach(m -> System.out.println("  " + m));
        gc();
        System.out.printf("heap at end (after GC): %d MB%n", memory.getHeapMemoryUsage().getUsed() >> 20);
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }
}
