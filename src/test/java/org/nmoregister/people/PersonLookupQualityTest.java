package org.nmoregister.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nmoregister.people.bench.Evaluation;
import org.nmoregister.people.bench.SyntheticPeople;

/**
 * The quality targets at small scale, so that a change that loses people or shows strangers fails the build. The
 * register and the queries come from different seeds, and neither seed was used to tune the matching.
 */
class PersonLookupQualityTest {

    @Test
    void findsTheRightPersonAndShowsNoStrangers() {
        List<PersonRecord<String>> register = new SyntheticPeople(7001).people(20_000);
        PersonIndex<String> index = PersonIndex.of(register);

        Evaluation.Result result = Evaluation.run(index, register, 7002, 3_000, 1_000);

        System.out.println(result.summary());
        result.misses().forEach(System.out::println);
        assertThat(result.recall()).as("right person in the top 5").isGreaterThanOrEqualTo(0.99);
        assertThat(result.absentClean()).as("absent names with nothing shown").isGreaterThanOrEqualTo(0.99);
    }
}
