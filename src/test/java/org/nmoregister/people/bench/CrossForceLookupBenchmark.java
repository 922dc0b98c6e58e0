package org.nmoregister.people.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.nmoregister.lookup.CrossForceRules;
import org.nmoregister.orders.OrderStatus;
import org.nmoregister.orders.OrderStatusRule;
import org.nmoregister.people.PersonIndex;
import org.nmoregister.people.PersonMatch;
import org.nmoregister.people.PersonQuery;
import org.nmoregister.people.PersonRecord;

/**
 * The national existence check, in process, as the lookup does it (docs/cross-force.md, "How it scales"): N
 * synthetic people spread at random over 43 forces in one national person index ({@link PersonIndex#byForce}) whose
 * entries carry their force and order; each query answered with every force sharing (the worst case) by one pass of
 * that index ({@link PersonIndex#searchDisplayable(PersonQuery, int, PersonIndex.ForceFilter, int)}): the user's own
 * force (its force number) and the other forces (a bit set of the sharing forces' numbers, as the lookup's
 * {@code CrossForceSearch.othersFilter} makes it from {@link CrossForceRules.Reach}); of the others' best
 * {@value #MAX_MATCHES} + {@value #LIVENESS_HEADROOM}, the first {@value #MAX_MATCHES} whose order is in force or
 * awaiting service (read from a map of the orders' timelines as the lookup reads its cards). Reports build time,
 * heap, how often the person asked for was found, the latency percentiles of the whole check and of the own force's
 * part, and the CPU time of the whole check (the measuring thread's, so less disturbed by a loaded machine).
 *
 * <p>With a fifth argument {@code two-pass}, the check is made as before: two searches, each with a filter on the
 * payload ({@link PersonIndex#searchDisplayable(PersonQuery, Predicate)}, the sharing rules'
 * {@link CrossForceRules.Reach#admits} for the others). With {@code per-force}, the own force is searched in an index
 * of its own (43 more indexes, as the lookup kept them before) and the others as in {@code two-pass}: the comparison
 * that decided the national index. In the default one-pass run "own force alone" is the own force's part of the one
 * pass (its answer is ready only with the others'), so it is the whole check.
 *
 * <p>Run (docs/benchmarks.md, "National existence check"): {@code java -Xmx1536m -XX:+UseG1GC -cp
 * target/classes:target/test-classes:$(cat target/test-classpath.txt)
 * org.nmoregister.people.bench.CrossForceLookupBenchmark 1000000 20000}.
 */
public final class CrossForceLookupBenchmark {

    static final int FORCES = 43;
    /** Other forces' matches shown for one search at most (the lookup's {@code CrossForceSearch.MAX_MATCHES}). */
    static final int MAX_MATCHES = 20;

    /** What the lookup's national index carries for each entry: the force holding it and the order. */
    record Entry(UUID force, UUID order) {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        long registerSeed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        long querySeed = args.length > 3 ? Long.parseLong(args[3]) : 2;
        String mode = args.length > 4 ? args[4] : "one-pass";
        if (!List.of("one-pass", "two-pass", "per-force").contains(mode)) {
            throw new IllegalArgumentException("mode: one-pass (default), two-pass or per-force");
        }
        boolean perForce = mode.equals("per-force");
        System.out.printf("people: %,d over %d forces; queries: %,d; processors: %d; max heap: %d MB; own force"
                        + " searched in %s; %s%n", size, FORCES, queries, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, perForce ? "an index of its own" : "the national index", mode);

        List<PersonRecord<String>> register = new SyntheticPeople(registerSeed).people(size);
        // each person's force, drawn at random (seeded), so forces differ in size as real ones do a little
        Random assign = new Random(registerSeed * 17 + 3);
        UUID[] forceIds = new UUID[FORCES];
        for (int f = 0; f < FORCES; f++) {
            forceIds[f] = new UUID(0x4e4d4fL, f);
        }
        int[] forceOf = new int[size];
        List<PersonRecord<Entry>> national = new ArrayList<>(size);
        List<List<PersonRecord<Entry>>> byForce = new ArrayList<>();
        for (int f = 0; f < FORCES; f++) {
            byForce.add(new ArrayList<>());
        }
        // every order in force: the filter reads each candidate's timeline as the lookup reads its card's
        Instant made = Instant.parse("2026-01-05T10:00:00Z");
        Map<UUID, OrderStatusRule.Timeline> timelines = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            forceOf[i] = assign.nextInt(FORCES);
            PersonRecord<String> p = register.get(i);
            UUID order = new UUID(assign.nextLong(), i);
            timelines.put(order, new OrderStatusRule.Timeline(made, made.plus(365, ChronoUnit.DAYS), null,
                    made.plus(2, ChronoUnit.HOURS)));
            PersonRecord<Entry> entry = new PersonRecord<>(p.id(), new Entry(forceIds[forceOf[i]], order), p.name(),
                    p.aliases(), p.dateOfBirth());
            national.add(entry);
            byForce.get(forceOf[i]).add(entry);
        }
        gc();
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long t0 = System.nanoTime();
        PersonIndex<Entry> index = PersonIndex.byForce(Entry::force);
        index.addAll(national);
        double build = (System.nanoTime() - t0) / 1e9;
        gc();
        long after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("national index built in %.1f s (forces of %,d to %,d people); heap %d MB, of which the"
                        + " index %d MB%n", build, byForce.stream().mapToInt(List::size).min().orElse(0),
                byForce.stream().mapToInt(List::size).max().orElse(0), after >> 20, (after - before) >> 20);
        List<PersonIndex<Entry>> own = null;
        if (perForce) {
            t0 = System.nanoTime();
            own = new ArrayList<>();
            for (List<PersonRecord<Entry>> people : byForce) {
                own.add(PersonIndex.of(people));
            }
            build = (System.nanoTime() - t0) / 1e9;
            gc();
            long more = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf("43 own-force indexes built in %.1f s; heap %d MB, of which those %d MB%n", build,
                    more >> 20, (more - after) >> 20);
        }
        // every force shares with every other (the worst case: all 42 searched)
        CrossForceRules.Reach reach = new CrossForceRules.Reach(Set.of(forceIds), Map.of());
        Instant now = made.plus(30, ChronoUnit.DAYS);
        Check check = new Check(index, own, mode.equals("one-pass"), reach, timelines, now);
        run(check, register, forceOf, forceIds, 99, Math.min(queries, 5_000), false);
        run(check, register, forceOf, forceIds, querySeed, queries, true);
    }

    /** As {@code CrossForceSearch.LIVENESS_HEADROOM}. */
    static final int LIVENESS_HEADROOM = 5;

    /** What one check found: the own force's matches and the others' shown. */
    record Found(List<PersonMatch<Entry>> own, List<PersonMatch<Entry>> elsewhere) {
    }

    /** One national check, as the lookup's {@code LookupService.people} and {@code CrossForceSearch.people} do it. */
    record Check(PersonIndex<Entry> national, List<PersonIndex<Entry>> ownIndexes, boolean onePass,
                 CrossForceRules.Reach reach, Map<UUID, OrderStatusRule.Timeline> timelines, Instant now) {

        /** The whole check; {@code ownDone[0]} gets the time the own force's answer was ready. */
        Found check(PersonQuery q, int userForce, UUID user, long[] ownDone) {
            if (onePass) {
                // as CrossForceSearch.othersFilter: the sharing forces' numbers, never the user's own
                int own = national.forceNumber(user);
                BitSet whole = national.forceNumbers(reach.sharing());
                BitSet part = national.forceNumbers(reach.notified().keySet());
                if (own >= 0) {
                    whole.clear(own);
                    part.clear(own);
                }
                PersonIndex.OwnAndOthers<Entry> found = national.searchDisplayable(q, own,
                        new PersonIndex.ForceFilter<>(whole, part, e -> reach.admits(user, e.force(), e.order())),
                        MAX_MATCHES + LIVENESS_HEADROOM);
                ownDone[0] = System.nanoTime();
                return new Found(found.own(), live(found.others()));
            }
            List<PersonMatch<Entry>> own = own(q, userForce, user);
            ownDone[0] = System.nanoTime();
            return new Found(own, elsewhere(q, user));
        }

        private List<PersonMatch<Entry>> live(List<PersonMatch<Entry>> matches) {
            List<PersonMatch<Entry>> found = new ArrayList<>();
            for (PersonMatch<Entry> m : matches) {
                if (found.size() < MAX_MATCHES && live(m.person().payload().order())) {
                    found.add(m);
                }
            }
            return found;
        }

        boolean live(UUID order) {
            OrderStatusRule.Timeline timeline = timelines.get(order);
            OrderStatus status = timeline == null ? null : timeline.statusAt(now).orElse(null);
            return status == OrderStatus.IN_FORCE || status == OrderStatus.PENDING_SERVICE;
        }

        List<PersonMatch<Entry>> own(PersonQuery q, int userForce, UUID user) {
            return ownIndexes != null ? ownIndexes.get(userForce).searchDisplayable(q)
                    : national.searchDisplayable(q, e -> e.force().equals(user));
        }

        List<PersonMatch<Entry>> elsewhere(PersonQuery q, UUID user) {
            return live(national.searchDisplayable(new PersonQuery(q.name(), q.dateOfBirth(),
                    MAX_MATCHES + LIVENESS_HEADROOM), e -> reach.admits(user, e.force(), e.order())));
        }
    }

    private static void run(Check check, List<PersonRecord<String>> register, int[] forceOf, UUID[] forceIds,
                            long seed, int queries, boolean report) {
        SyntheticPeople noise = new SyntheticPeople(seed);
        Random pick = new Random(seed * 31 + 7);
        long[] nanos = new long[queries];
        long[] ownNanos = new long[queries];
        long[] cpuNanos = new long[queries];
        long[] ownDone = new long[1];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
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
            UUID user = forceIds[userForce];
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Found found = check.check(q, userForce, user, ownDone);
            nanos[i] = System.nanoTime() - start;
            cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpu;
            ownNanos[i] = ownDone[0] - start;
            List<PersonMatch<Entry>> own = found.own();
            List<PersonMatch<Entry>> elsewhere = found.elsewhere();
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
        double cpuMean = Arrays.stream(cpuNanos).average().orElse(0) / 1e6;
        Arrays.sort(cpuNanos);
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
        System.out.printf("CPU time of the whole check (this thread's): mean %.3f ms, p50 %.3f ms, p99 %.3f ms;"
                        + " so about %,.0f checks/s a core%n", cpuMean, ms(cpuNanos, 0.50), ms(cpuNanos, 0.99),
                1000.0 / Math.max(1e-9, cpuMean));
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
