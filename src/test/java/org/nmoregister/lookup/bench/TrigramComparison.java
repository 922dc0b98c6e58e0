package org.nmoregister.lookup.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nmoregister.people.PersonIndex;
import org.nmoregister.people.PersonMatch;
import org.nmoregister.people.PersonQuery;
import org.nmoregister.people.PersonRecord;
import org.nmoregister.people.bench.SyntheticPeople;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * The query a force would otherwise write, side by side with the register's index, on the same synthetic people and
 * the same held-out noisy queries: PostgreSQL {@code pg_trgm} similarity over the names (GIN trigram index, a date of
 * birth match breaking ties), against {@link PersonIndex}. Reports recall (the right person in the top 5), how often
 * a name not in the register is shown, and latency.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.nmoregister.lookup.bench.TrigramComparison
 * -Dbench.size=1000000 -Dbench.queries=2000}. It uses the PostgreSQL server in {@code NMO_BENCH_DATABASE_URL} (a
 * JDBC URL with user) when set, else an embedded PostgreSQL.
 */
public final class TrigramComparison {

    /** pg_trgm's default similarity threshold for the {@code %} operator, and the score shown to a call-handler. */
    static final double TRIGRAM_THRESHOLD = 0.3;
    static final double TRIGRAM_DISPLAY = 0.5;

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int queries = args.length > 1 ? Math.min(Integer.parseInt(args[1]), 5_000) : 2_000;
        System.out.printf("people: %,d; queries: %,d%n", size, queries);
        List<PersonRecord<String>> register = new SyntheticPeople(1).people(size);
        SyntheticPeople queryMaker = new SyntheticPeople(2);
        List<SyntheticPeople.NoisyQuery> noisy = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            noisy.add(queryMaker.anyQuery(register.get((int) ((i * 7_919L) % register.size())), i));
        }
        Set<String> names = new HashSet<>();
        register.forEach(p -> names.add(SyntheticPeople.nameKey(p.name())));
        List<PersonQuery> absent = new ArrayList<>();
        for (int i = 0; i < queries / 4; i++) {
            absent.add(queryMaker.absentQuery(names));
        }

        PersonIndex<String> index = PersonIndex.of(register);
        measureIndex(index, noisy, absent);

        String url = System.getenv("NMO_BENCH_DATABASE_URL");
        EmbeddedPostgres embedded = url == null ? EmbeddedPostgres.builder().setServerConfig("shared_buffers", "512MB")
                .setServerConfig("work_mem", "64MB").start() : null;
        try (Connection db = url == null ? embedded.getPostgresDatabase().getConnection()
                : DriverManager.getConnection(url)) {
            load(db, register);
            measureTrigram(db, noisy, absent);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static void measureIndex(PersonIndex<String> index, List<SyntheticPeople.NoisyQuery> noisy,
                                     List<PersonQuery> absent) {
        for (int i = 0; i < Math.min(2_000, noisy.size()); i++) {
            index.search(noisy.get(i).query());
        }
        long[] took = new long[noisy.size()];
        int found = 0;
        for (int i = 0; i < noisy.size(); i++) {
            long t0 = System.nanoTime();
            List<PersonMatch<String>> matches = index.search(noisy.get(i).query());
            took[i] = System.nanoTime() - t0;
            String expected = noisy.get(i).expectedId();
            if (matches.stream().limit(5).anyMatch(m -> m.person().id().equals(expected))) {
                found++;
            }
        }
        int shown = 0;
        for (PersonQuery q : absent) {
            if (!index.searchDisplayable(q).isEmpty()) {
                shown++;
            }
        }
        report("register index", found, noisy.size(), shown, absent.size(), took);
    }

    private static void load(Connection db, List<PersonRecord<String>> register) throws Exception {
        long t0 = System.nanoTime();
        try (Statement s = db.createStatement()) {
            s.execute("create extension if not exists pg_trgm");
            s.execute("drop table if exists bench_person");
            s.execute("create unlogged table bench_person (id text primary key, name text not null, dob date)");
        }
        StringBuilder csv = new StringBuilder();
        CopyManager copy = new CopyManager(db.unwrap(BaseConnection.class));
        for (int i = 0; i < register.size(); i++) {
            PersonRecord<String> p = register.get(i);
            csv.append(p.id()).append('\t').append(p.name().replace('\t', ' ')).append('\t')
                    .append(p.dateOfBirth() == null ? "\\N" : p.dateOfBirth().toString()).append('\n');
            if (csv.length() > 4_000_000 || i == register.size() - 1) {
                copy.copyIn("copy bench_person from stdin", new StringReader(csv.toString()));
                csv.setLength(0);
            }
        }
        try (Statement s = db.createStatement()) {
            s.execute("create index bench_person_name_trgm on bench_person using gin (name gin_trgm_ops)");
            s.execute("analyze bench_person");
        }
        System.out.printf("PostgreSQL loaded and trigram-indexed in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static void measureTrigram(Connection db, List<SyntheticPeople.NoisyQuery> noisy, List<PersonQuery> absent)
            throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("set pg_trgm.similarity_threshold = " + TRIGRAM_THRESHOLD);
        }
        String sql = """
                select id, similarity(name, ?) as score from bench_person where name % ?
                order by similarity(name, ?) + case when dob = ? then 0.2 else 0 end desc limit 5""";
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < Math.min(200, noisy.size()); i++) {
                run(query, noisy.get(i).query());
            }
            long[] took = new long[noisy.size()];
            int found = 0;
            for (int i = 0; i < noisy.size(); i++) {
                long t0 = System.nanoTime();
                List<String[]> rows = run(query, noisy.get(i).query());
                took[i] = System.nanoTime() - t0;
                String expected = noisy.get(i).expectedId();
                if (rows.stream().anyMatch(r -> r[0].equals(expected))) {
                    found++;
                }
            }
            int shown = 0;
            for (PersonQuery q : absent) {
                if (run(query, q).stream().anyMatch(r -> Double.parseDouble(r[1]) >= TRIGRAM_DISPLAY)) {
                    shown++;
                }
            }
            report("pg_trgm similarity", found, noisy.size(), shown, absent.size(), took);
        }
    }

    private static List<String[]> run(PreparedStatement query, PersonQuery q) throws Exception {
        query.setString(1, q.name());
        query.setString(2, q.name());
        query.setString(3, q.name());
        query.setObject(4, q.dateOfBirth());
        List<String[]> rows = new ArrayList<>();
        try (ResultSet result = query.executeQuery()) {
            while (result.next()) {
                rows.add(new String[] {result.getString(1), result.getString(2)});
            }
        }
        return rows;
    }

    private static void report(String what, int found, int queries, int shown, int absent, long[] took) {
        long[] sorted = took.clone();
        Arrays.sort(sorted);
        System.out.printf("%-20s right person in top 5: %.2f%% (%d/%d); absent names shown: %.2f%% (%d/%d); "
                        + "latency p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", what, 100.0 * found / queries, found,
                queries, 100.0 * shown / Math.max(1, absent), shown, absent, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}
