package org.nmoregister.people.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.nmoregister.people.PersonIndex;
import org.nmoregister.people.PersonMatch;
import org.nmoregister.people.PersonQuery;
import org.nmoregister.people.PersonRecord;
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
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * JMH sample-time benchmark of one noisy person search (a mix of every kind of noise, held-out seed) against an
 * index of {@code size} synthetic people; reports p50/p99/p99.9. Run with
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.nmoregister.people.bench.PersonSearchJmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx1536m", "-XX:+UseG1GC"})
public class PersonSearchJmh {

    @Param({"1000000"})
    public int size;

    private PersonIndex<String> index;
    private List<PersonQuery> queries;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        List<PersonRecord<String>> register = new SyntheticPeople(1).people(size);
        index = PersonIndex.of(register);
        SyntheticPeople noise = new SyntheticPeople(2);
        Random pick = new Random(3);
        queries = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            queries.add(noise.anyQuery(register.get(pick.nextInt(register.size())), i).query());
        }
    }

    @Benchmark
    public List<PersonMatch<String>> search() {
        PersonQuery q = queries.get(next++ % queries.size());
        return index.search(q);
    }

    public static void main(String[] args) throws RunnerException {
        OptionsBuilder options = new OptionsBuilder();
        options.include(PersonSearchJmh.class.getSimpleName());
        if (args.length > 0) {
            options.param("size", args[0]);
        }
        new Runner(options.build()).run();
    }
}
