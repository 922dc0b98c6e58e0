package org.nmoregister.people.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.nmoregister.people.PersonIndex;
import org.nmoregister.people.PersonMatch;
import org.nmoregister.people.PersonQuery;
import org.nmoregister.people.PersonRecord;

/**
 * The national existence check, in process: N synthetic people spread at random over 43 forces (one person index
 * each, as the lookup keeps them), and every query answered as the control room's lookup does it with every force
 * sharing (the worst case): the user's force searched, then each of the other 42 (the control room's
 * {@code searchDisplayable} on each). Reports build time, heap, the latency percentiles of the whole check and how
 * often the person asked for was found in their force. Run with
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.nmoregister.people.bench.CrossForceLookupBenchmark
 * -Dbench.size=1000000 -Dbench.queries=20000} (see docs/benchmarks.md, "National existence check").
 */
public final class CrossForceLookupBenchmark {

    static final int FORCES = 43;

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        long registerSeed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        long querySeed = args.length > 3 ? Long.parseLong(args[3]) : 2;
        System.out.printf("people: %,d over %d forces; queries: %,d; processors: %d; max heap: %d MB%n", size, FORCES,
                queries, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        List<PersonRecord<String>> register = new SyntheticPeople(registerSeed).people(size);
        // each person's force, drawn at random (seeded), so forces differ in size as real ones do a little
        Random assign = new Random(registerSeed * 17 + 3);
        int[] forceOf = new int[size];
        List<List<PersonRecord<String>>> byForce = new ArrayList<>();
        for (int f = 0; f < FORCES; f++) {
            byForce.add(new ArrayList<>());
        }
        for (int i = 0; i < size; i++) {
            forceOf[i] = assign.nextInt(FORCES);
            byForce.get(forceOf[i]).add(register.get(i));
        }
        gc();
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long t0 = System.nanoTime();
        List<PersonIndex<String>> indexes = new ArrayList<>();
        for (List<PersonRecord<String>> people : byForce) {
            indexes.add(PersonIndex.of(people));
        }
        double build = (System.nanoTime() - t0) / 1e9;
        gc();
        long after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("43 indexes built in %.1f s (smallest %,d people, largest %,d); heap %d MB, of which the"
                        + " indexes %d MB%n", build, byForce.stream().mapToInt(List::size).min().orElse(0),
                byForce.stream().mapToInt(List::size).max().orElse(0), after >> 20, (after - before) >> 20);

        run(indexes, register, forceOf, 99, Math.min(queries, 5_000), false);
        run(indexes, register, forceOf, querySeed, queries, true);
    }

    private static void run(List<PersonIndex<String>> indexes, List<PersonRecord<String>> register, int[] forceOf,
                            long seed, int queries, boolean report) {
        SyntheticPeople noise = new SyntheticPeople(seed);
        Random pick = new Random(seed * 31 + 7);
        long[] nanos = new long[queries];
        long[] ownNanos = new long[queries];
        int foundInOwnForce = 0;
        int foundElsewhere = 0;
        int askedElsewhere = 0;
        Set<String> names = new HashSet<>();
        if (report) {
            register.forEach(p -> names.add(SyntheticPeople.nameKey(p.name())));
        }
        int absent = report ? queries / 5 : 0;
        for (int i = 0; i < queries; i++) {
            int who = pick.nextInt(register.size());
            // the user's force: the person's own for four queries in five, another for the fifth (the cross-force case)
            int userForce = i % 5 == 4 ? (forceOf[who] + 1 + pick.nextInt(FORCES - 1)) % FORCES : forceOf[who];
            PersonQuery q;
            String expected;
            if (i < absent) {
                q = noise.absentQuery(names);
                expected = null;
            } else {
                SyntheticPeople.NoisyQuery noisy = noise.anyQuery(register.get(who), i);
                q = noisy.query();
                expected = noisy.expectedId();
            }
            long start = System.nanoTime();
            List<PersonMatch<String>> own = indexes.get(userForce).searchDisplayable(q);
            ownNanos[i] = System.nanoTime() - start;
            List<PersonMatch<String>> elsewhere = new ArrayList<>();
            for (int f = 0; f < FORCES; f++) {
                if (f != userForce) {
                    elsewhere.addAll(indexes.get(f).searchDisplayable(q));
                }
            }
            nanos[i] = System.nanoTime() - start;
            if (expected != null) {
                boolean inOwn = userForce == forceOf[who];
                if (inOwn) {
                    if (own.stream().anyMatch(m -> m.person().id().equals(expected))) {
                        foundInOwnForce++;
                    }
                } else {
                    askedElsewhere++;
                    if (elsewhere.stream().anyMatch(m -> m.person().id().equals(expected))) {
                        foundElsewhere++;
                    }
                }
            }
        }
        if (!report) {
            return;
        }
        Arrays.sort(nanos);
        Arrays.sort(ownNanos);
        int present = queries - absent;
        System.out.printf("queries %,d (%,d of people not registered); the person asked for found by the national"
                        + " check: %.1f %% when in the user's force, %.1f %% when in another force (%,d queries)%n",
                queries, absent, 100.0 * foundInOwnForce / Math.max(1, present - askedElsewhere),
                100.0 * foundElsewhere / Math.max(1, askedElsewhere), askedElsewhere);
        System.out.printf("national check (own force + 42 others): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms,"
                        + " p99.9 %.2f ms, max %.2f ms%n", ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99),
                ms(nanos, 0.999), nanos[nanos.length - 1] / 1e6);
        System.out.printf("the user's own force alone (~%,d people): p50 %.3f ms, p99 %.3f ms%n",
                register.size() / FORCES, ms(ownNanos, 0.50), ms(ownNanos, 0.99));
    }

    private static double ms(long[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }
}
