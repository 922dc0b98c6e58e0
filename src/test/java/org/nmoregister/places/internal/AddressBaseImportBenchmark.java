package org.nmoregister.places.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How fast, and in how much memory, a national-size AddressBase file is imported: generates a CSV of N made-up
 * properties (default 1,000,000, about 90 MB), imports it into a fresh embedded PostgreSQL through the real importer,
 * then imports it again (nothing changes), and prints rows per second and the heap's peak. Run as
 * docs/benchmarks.md says: {@code ./mvnw -Pbench test-compile exec:exec
 * -Dbench.main=org.nmoregister.places.internal.AddressBaseImportBenchmark -Dbench.size=1000000}.
 */
public final class AddressBaseImportBenchmark {

    private static final String[] STREET_TYPES = {"ROAD", "STREET", "AVENUE", "LANE", "CLOSE", "WAY", "COURT",
        "CRESCENT", "GROVE", "MEWS", "RISE", "HEOL", "FOLD", "WYND"};

    private AddressBaseImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("addressbase-bench");
        Path file = dir.resolve("addressbase.csv");
        generate(file, size, new Random(42));
        System.out.printf(Locale.ROOT, "generated %,d properties, %,d bytes%n", size, Files.size(file));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg"))
                .setCleanDataDirectory(true).start()) {
            DataSource data = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(data);
            var importer = new GazetteerImporter(jdbc, new TransactionTemplate(new DataSourceTransactionManager(data)),
                    new JdbcGazetteer(jdbc, Clock.systemUTC()), Clock.systemUTC(), dir);
            for (String run : new String[] {"first import", "same file again"}) {
                HeapPeak peak = new HeapPeak();
                long start = System.nanoTime();
                GazetteerImport job;
                try (InputStream in = Files.newInputStream(file)) {
                    job = importer.importNow(GazetteerImport.Kind.ADDRESSBASE, "bench", file.toString(), in,
                            Files.size(file));
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "%s: %s, %,d rows read, %,d loaded, %,d changed, %,d refused in %.1f s"
                                + " = %,.0f rows/s; heap peak %,d MB (max %,d MB)%n", run, job.status(), job.rowsRead(),
                        job.rowsLoaded(), job.rowsChanged(), job.rowsRejected(), seconds, job.rowsRead() / seconds,
                        peak.peakBytes() / (1 << 20), Runtime.getRuntime().maxMemory() / (1 << 20));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void generate(Path file, int size, Random random) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("UPRN,SUB_BUILDING_NAME,BUILDING_NAME,BUILDING_NUMBER,THOROUGHFARE,DEPENDENT_LOCALITY,POST_TOWN,"
                    + "POSTCODE_LOCATOR,LATITUDE,LONGITUDE\n");
            for (int i = 0; i < size; i++) {
                int street = i / 40;
                String postcode = "B" + (1 + street % 99) + " " + (street / 99 % 10) + (char) ('A' + street / 990 % 26)
                        + (char) ('A' + street / 25740 % 26);
                String flat = random.nextInt(10) == 0 ? "FLAT " + (1 + random.nextInt(9)) : "";
                String name = random.nextInt(20) == 0 ? "ROSE COTTAGE" : "";
                out.write(String.format(Locale.ROOT, "%d,%s,%s,%d,STREET%d %s,,TOWN%d,%s,%.6f,%.6f%n",
                        100_000_000L + i, flat, name, 1 + i % 40, street, STREET_TYPES[street % STREET_TYPES.length],
                        street % 500, postcode, 50 + random.nextDouble() * 5, -4 + random.nextDouble() * 4));
            }
        }
    }

    /** The heap's peak use while a run lasts, from the collector's own counters. */
    private static final class HeapPeak {
        HeapPeak() {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        long peakBytes() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        }
    }
}
