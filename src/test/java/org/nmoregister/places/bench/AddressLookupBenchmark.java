package org.nmoregister.places.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;
import org.nmoregister.places.AddressQuery;

/**
 * The control room's address lookup: typed addresses (abbreviated, lower case, some with a typing error, some without
 * the house number) scored against the recorded addresses of a force's protected places with that house number (all
 * of them when none is typed), as {@code LookupService.placesAtAddress} does, reporting latency percentiles and how
 * often the right place is among the twenty shown.
 * Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.nmoregister.places.bench.AddressLookupBenchmark
 * -Dbench.size=50000 -Dbench.queries=2000}.
 */
public final class AddressLookupBenchmark {

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Faker faker = new Faker(new Locale("en", "GB"), new Random(20261122));
        List<String> addresses = new ArrayList<>(size);
        List<AddressQuery.Recorded> recorded = new ArrayList<>(size);
        // as the lookup keeps them: by house number, since most typed addresses start with one
        Map<String, List<Integer>> byHouseNumber = new HashMap<>();
        List<Integer> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String address = faker.address().buildingNumber() + " " + faker.address().streetName() + ", "
                    + faker.address().city();
            addresses.add(address);
            AddressQuery.Recorded r = AddressQuery.Recorded.of(address, null);
            recorded.add(r);
            all.add(i);
            if (r.houseNumber() != null) {
                byHouseNumber.computeIfAbsent(r.houseNumber(), k -> new ArrayList<>()).add(i);
            }
        }
        Random random = new Random(7);
        for (int round = 0; round < 2; round++) {
            long[] nanos = new long[queries];
            List<Long> streetOnly = new ArrayList<>();
            List<Integer> streetMatches = new ArrayList<>();
            int found = 0;
            int numbered = 0;
            for (int q = 0; q < queries; q++) {
                int target = random.nextInt(size);
                String typed = garble(addresses.get(target), random);
                long t0 = System.nanoTime();
                AddressQuery query = AddressQuery.parse(typed).orElseThrow();
                List<Integer> candidates = query.houseNumber().map(n -> byHouseNumber.getOrDefault(n, List.of()))
                        .orElse(all);
                double right = 0;
                List<Double> scores = new ArrayList<>();
                for (int i : candidates) {
                    double s = query.score(recorded.get(i));
                    if (s > 0) {
                        scores.add(s);
                    }
                    if (i == target) {
                        right = s;
                    }
                }
                nanos[q] = System.nanoTime() - t0;
                if (query.houseNumber().isEmpty()) {
                    // the street alone: every house in it is shown, up to twenty
                    streetOnly.add(nanos[q]);
                    streetMatches.add(scores.size());
                    continue;
                }
                numbered++;
                // shown: the lookup lists the twenty best, so the right one must score above all but nineteen others
                int better = 0;
                for (double s : scores) {
                    better += s >= right ? 1 : 0;
                }
                if (right > 0 && better <= 20) {
                    found++;
                }
            }
            Arrays.sort(nanos);
            streetOnly.sort(null);
            streetMatches.sort(null);
            System.out.printf("%s: %,d recorded addresses, %,d typed; with a house number (%d): right address in the"
                            + " twenty shown %.1f%% (ties counted against it); all queries p50 %.3f ms, p99 %.2f ms,"
                            + " max %.2f ms; the street alone (%d): p50 %.2f ms, max %.2f ms, median %d houses"
                            + " matched%n", round == 0 ? "warm-up" : "measured", size, queries, numbered,
                    100.0 * found / numbered, nanos[queries / 2] / 1e6, nanos[(int) (queries * 0.99)] / 1e6,
                    nanos[queries - 1] / 1e6, streetOnly.size(), streetOnly.get(streetOnly.size() / 2) / 1e6,
                    streetOnly.get(streetOnly.size() - 1) / 1e6, streetMatches.get(streetMatches.size() / 2));
        }
    }

    /**
     * Lower case, street types abbreviated, now and then a typing error in the street's name, and one time in ten
     * without the house number (the street alone).
     */
    private static String garble(String address, Random random) {
        String typed = address.toLowerCase(Locale.ROOT).replace(",", "")
                .replace(" road", " rd").replace(" street", " st").replace(" avenue", " ave");
        if (random.nextInt(10) == 0) {
            typed = typed.substring(typed.indexOf(' ') + 1);
        }
        if (random.nextInt(4) == 0) {
            String[] words = typed.split(" ");
            int w = 1 + random.nextInt(Math.max(1, words.length - 1));
            if (words[w].length() >= 6) {
                words[w] = words[w].substring(0, 2) + words[w].substring(3);
            }
            typed = String.join(" ", words);
        }
        return typed;
    }
}
