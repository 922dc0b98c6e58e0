package org.nmoregister.people.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.nmoregister.people.PersonIndex;
import org.nmoregister.people.PersonMatch;
import org.nmoregister.people.PersonQuery;
import org.nmoregister.people.PersonRecord;
import org.nmoregister.people.bench.SyntheticPeople.Kind;
import org.nmoregister.people.bench.SyntheticPeople.NoisyQuery;

/**
 * Runs noisy queries for registered people and queries for absent people against an index and measures how often
 * the right person is in the top five, how often an absent name shows a match at or above the display threshold,
 * and the latency of each search.
 */
public final class Evaluation {

    public record Result(int queries, int found, int ambiguous, Map<Kind, int[]> byKind, Map<Kind, Double> kindP99, int absentQueries, int absentShown,
                         int absentNoDobQueries, int absentNoDobShown, long[] nanos, long[] displayNanos,
                         List<String> misses) {

        public double recall() {
            return (double) found / queries;
        }

        public double absentClean() {
            return 1 - (double) absentShown / absentQueries;
        }

        public double absentNoDobClean() {
            return 1 - (double) absentNoDobShown / absentNoDobQueries;
        }

        public double percentileMillis(double p) {
            return percentile(nanos, p);
        }

        /** The control room's search, which returns only the matches at or above the display threshold. */
        public double displayPercentileMillis(double p) {
            return percentile(displayNanos, p);
        }

        private static double percentile(long[] nanos, double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }

        public String summary() {
            StringBuilder b = new StringBuilder();
            b.append(String.format("noisy queries: %d, right person in top 5: %.2f%%; of the misses, %d are ties: five or "
                    + "more people with the same name score as high as the right one and the query has nothing to tell "
                    + "them apart (no date of birth, or the same one)%n", queries, 100 * recall(), ambiguous));
            byKind.forEach((k, v) -> b.append(String.format("  %-22s %5d  %7.2f%%  p99 %.3f ms%n", k, v[1], 100.0 * v[0] / v[1],
                    kindP99.get(k))));
            b.append(String.format("absent names with DOB: %d, none shown: %.2f%%%n", absentQueries,
                    100 * absentClean()));
            b.append(String.format("absent names without DOB: %d, none shown: %.2f%%%n", absentNoDobQueries,
                    100 * absentNoDobClean()));
            b.append(String.format("latency over %d searches: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, "
                            + "max %.3f ms%n", nanos.length, percentileMillis(0.5), percentileMillis(0.9),
                    percentileMillis(0.99), percentileMillis(0.999), percentileMillis(1.0)));
            b.append(String.format("the control room's search (displayable matches only) over the same %d: p50 %.3f ms, "
                            + "p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms%n", displayNanos.length,
                    displayPercentileMillis(0.5), displayPercentileMillis(0.9), displayPercentileMillis(0.99),
                    displayPercentileMillis(0.999), displayPercentileMillis(1.0)));
            return b.toString();
        }
    }

    private Evaluation() {
    }

    /** Whether the right person scores as high as the fifth match, which has the same name: no engine could do better. */
    private static boolean tiedWithNamesakes(PersonIndex<String> index, NoisyQuery q, List<PersonMatch<String>> top) {
        if (top.size() < 5) {
            return false;
        }
        PersonMatch<String> fifth = top.get(4);
        return index.search(new PersonQuery(q.query().name(), q.query().dateOfBirth(), 200)).stream()
                .filter(m -> m.person().id().equals(q.expectedId()))
                .anyMatch(m -> m.score() >= fifth.score() - 1e-9
                        && SyntheticPeople.nameKey(fifth.matchedName()).equals(SyntheticPeople.nameKey(m.matchedName())));
    }

    /**
     * @param register the indexed people
     * @param querySeed seed for choosing people and garbling their queries; use one nothing was tuned on
     */
    public static Result run(PersonIndex<String> index, List<PersonRecord<String>> register, long querySeed,
                             int queries, int absent) {
        SyntheticPeople noise = new SyntheticPeople(querySeed);
        Random pickPerson = new Random(querySeed * 31 + 7);
        Map<Kind, int[]> byKind = new EnumMap<>(Kind.class);
        List<Long> nanos = new ArrayList<>();
        List<Long> displayNanos = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        Map<Kind, List<Long>> kindNanos = new EnumMap<>(Kind.class);
        int found = 0;
        int ambiguous = 0;
        for (int i = 0; i < queries; i++) {
            PersonRecord<String> p = register.get(pickPerson.nextInt(register.size()));
            NoisyQuery q = noise.anyQuery(p, i);
            long t0 = System.nanoTime();
            List<PersonMatch<String>> top = index.search(q.query());
            nanos.add(System.nanoTime() - t0);
            displayNanos.add(timeDisplayable(index, q.query()));
            boolean hit = top.stream().limit(5).anyMatch(m -> m.person().id().equals(q.expectedId()));
            kindNanos.computeIfAbsent(q.kind(), x -> new ArrayList<>()).add(nanos.get(nanos.size() - 1));
            int[] k = byKind.computeIfAbsent(q.kind(), x -> new int[2]);
            k[1]++;
            if (hit) {
                found++;
                k[0]++;
            } else if (tiedWithNamesakes(index, q, top)) {
                ambiguous++;
            }
            if (!hit && misses.size() < 40) {
                misses.add(q.kind() + " " + q.query() + " for " + p.name() + " " + p.aliases() + " "
                        + p.dateOfBirth() + " got " + top.stream().limit(3)
                        .map(m -> m.matchedName() + " " + m.person().dateOfBirth() + String.format(" %.2f", m.score()))
                        .toList());
            }
        }
        Set<String> names = new HashSet<>();
        for (PersonRecord<String> p : register) {
            names.add(SyntheticPeople.nameKey(p.name()));
            p.aliases().forEach(a -> names.add(SyntheticPeople.nameKey(a)));
        }
        int shown = 0;
        int shownNoDob = 0;
        for (int i = 0; i < absent; i++) {
            PersonQuery q = noise.absentQuery(names);
            long t0 = System.nanoTime();
            List<PersonMatch<String>> withDob = index.search(q);
            nanos.add(System.nanoTime() - t0);
            displayNanos.add(timeDisplayable(index, q));
            if (withDob.stream().anyMatch(PersonMatch::displayable)) {
                shown++;
                if (misses.size() < 60) {
                    misses.add("ABSENT " + q + " shown " + withDob.get(0).matchedName() + " "
                            + withDob.get(0).person().dateOfBirth() + " " + withDob.get(0).reasons());
                }
            }
            if (index.search(new PersonQuery(q.name(), null, 5)).stream().anyMatch(PersonMatch::displayable)) {
                shownNoDob++;
            }
        }
        Map<Kind, Double> kindP99 = new EnumMap<>(Kind.class);
        kindNanos.forEach((k, v) -> {
            long[] sorted = v.stream().mapToLong(Long::longValue).sorted().toArray();
            kindP99.put(k, sorted[Math.max(0, (int) Math.ceil(0.99 * sorted.length) - 1)] / 1e6);
        });
        return new Result(queries, found, ambiguous, byKind, kindP99, absent, shown, absent, shownNoDob,
                nanos.stream().mapToLong(Long::longValue).toArray(),
                displayNanos.stream().mapToLong(Long::longValue).toArray(), misses);
    }

    private static long timeDisplayable(PersonIndex<String> index, PersonQuery q) {
        long t0 = System.nanoTime();
        index.searchDisplayable(q);
        return System.nanoTime() - t0;
    }
}
