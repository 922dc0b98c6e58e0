package org.nmoregister.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.nmoregister.people.bench.SyntheticPeople;

/** Searches running while one writer adds, replaces and removes people always see the people who never change. */
class PersonIndexConcurrencyTest {

    private static final int ROUNDS = 6;

    @Test
    void searchesStayCorrectWhileTheIndexIsUpdated() throws Exception {
        List<PersonRecord<String>> stable = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            stable.add(PersonRecord.of("stable-" + i, "stable", "Quentin Zabriskie-" + (char) ('a' + i % 26)
                    + "bbott" + i, LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28)));
        }
        List<PersonRecord<String>> churn = new SyntheticPeople(4242).people(5_000);
        PersonIndex<String> index = PersonIndex.of(stable);
        index.addAll(churn.subList(0, 2_500));

        ExecutorService pool = Executors.newFixedThreadPool(3);
        Future<Integer> writer = pool.submit(() -> {
            int updates = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (int i = 0; i < churn.size(); i++) {
                    PersonRecord<String> p = churn.get(i);
                    if ((i + round) % 3 == 0) {
                        index.remove(p.id());
                    } else {
                        index.add(new PersonRecord<>(p.id(), p.payload(), p.name(), p.aliases(),
                                p.dateOfBirth() == null ? null : p.dateOfBirth().plusDays(round)));
                    }
                    updates++;
                }
            }
            return updates;
        });
        List<Future<Integer>> readers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            int offset = r;
            readers.add(pool.submit(() -> {
                int searches = 0;
                while (!writer.isDone()) {
                    PersonRecord<String> p = stable.get((searches * 7 + offset) % stable.size());
                    List<PersonMatch<String>> matches = index.search(new PersonQuery(p.name(), p.dateOfBirth()));
                    assertThat(matches).isNotEmpty();
                    assertThat(matches.get(0).person().id()).isEqualTo(p.id());
                    index.search(PersonQuery.name(churn.get(searches % churn.size()).name()));
                    searches++;
                }
                return searches;
            }));
        }
        int updates = writer.get(60, TimeUnit.SECONDS);
        int searches = 0;
        for (Future<Integer> reader : readers) {
            searches += reader.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(updates).isEqualTo(ROUNDS * churn.size());
        assertThat(searches).isPositive();
        // the last round decided who is present; each present person is found once, with the last date of birth
        int present = 0;
        for (int i = 0; i < churn.size(); i++) {
            PersonRecord<String> p = churn.get(i);
            boolean expected = (i + ROUNDS - 1) % 3 != 0;
            LocalDate dob = p.dateOfBirth() == null ? null : p.dateOfBirth().plusDays(ROUNDS - 1);
            long hits = index.search(new PersonQuery(p.name(), dob, 50)).stream()
                    .filter(m -> m.person().id().equals(p.id())).count();
            assertThat(hits).as(p.name()).isEqualTo(expected ? 1 : 0);
            present += expected ? 1 : 0;
        }
        assertThat(index.size()).isEqualTo(stable.size() + present);
    }
}
