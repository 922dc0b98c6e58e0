package org.nmoregister.lookup.internal;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.nmoregister.NmoRegisterApplication;
import org.nmoregister.people.PersonRecord;
import org.nmoregister.people.bench.SyntheticPeople;
import org.nmoregister.security.ForceDirectory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Person lookups over HTTP, as a control room would send them: the application on the embedded PostgreSQL, the
 * lookup's index filled with N synthetic people, and concurrent clients with JWT bearer tokens (as production signs
 * in; HTTP Basic would measure the password hash, not the lookup) asking held-out noisy queries with a reason, each
 * written to the access log. Client and server share the machine's cores, so the figure is a floor.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.nmoregister.lookup.internal.LookupHttpBenchmark
 * -Dbench.size=1000000 -Dbench.queries=30}, the second number being the seconds of load. With
 * {@code NMO_BENCH_FORCES=43} in the environment (or {@code -Dbench.forces=43}) the people are spread over 43 forces and every lookup is the national
 * existence check (docs/benchmarks.md, "National existence check").
 */
public final class LookupHttpBenchmark {

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int seconds = args.length > 1 ? Math.min(Integer.parseInt(args[1]), 1800) : 30;
        int clients = 16;

        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID("bench").build();
        Path publicKey = Files.createTempFile("nmo-bench-", ".pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");

        ConfigurableApplicationContext app = SpringApplication.run(NmoRegisterApplication.class,
                "--server.port=0", "--nmo.demo.enabled=true",
                "--nmo.embedded-database.directory=" + Files.createTempDirectory("nmo-bench-db-"),
                "--nmo.embedded-database.clean=true",
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey,
                "--logging.level.root=WARN", "--spring.datasource.hikari.maximum-pool-size=20");
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            UUID force = app.getBean(ForceDirectory.class).byCode("northshire").orElseThrow().id();
            LookupReadModel model = app.getBean(LookupReadModel.class);

            // Every synthetic person is put under one of the force's demo orders, so that each answer carries its
            // order cards (status, terms, service, officer safety) as a real one does.
            while (!model.built()) {
                Thread.sleep(100);
            }
            List<UUID> orders = app.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForList(
                    "select distinct order_id from marker where force_id = ? and withdrawn_at is null", UUID.class,
                    force).stream().filter(id -> model.card(id).isPresent()).toList();
            if (orders.isEmpty()) {
                throw new IllegalStateException("the demo data has no flagged order in force 'northshire'");
            }
            long t0 = System.nanoTime();
            List<PersonRecord<String>> register = new SyntheticPeople(1).people(size);
            List<PersonRecord<LookupReadModel.PersonRef>> records = new ArrayList<>(size);
            for (PersonRecord<String> p : register) {
                records.add(new PersonRecord<>(p.id(), new LookupReadModel.PersonRef(UUID.randomUUID(), force,
                        orders.get(records.size() % orders.size()), records.size() % 3 == 0 ? "APPLICANT"
                        : "RESPONDENT", p.name(), p.dateOfBirth(), p.aliases()), p.name(), p.aliases(),
                        p.dateOfBirth()));
            }
            register = null;
            String forcesText = System.getenv("NMO_BENCH_FORCES");
            int forces = Integer.getInteger("bench.forces", forcesText == null ? 1 : Integer.parseInt(forcesText));
            if (forces <= 1) {
                model.people().addAll(records);
            } else {
                // The national existence check (docs/cross-force.md): the people spread over this many forces, in
                // the one national index, each entry under its force; the user's force (northshire) holds its share under its own orders, every other force
                // its share under southvale's (another force's) demo orders, so that a match there is a real
                // cross-force card: built, and written to the caller's and the owning force's access logs.
                var directory = app.getBean(ForceDirectory.class);
                var accounts = app.getBean(org.nmoregister.security.Accounts.class);
                List<UUID> forceIds = new ArrayList<>(List.of(force,
                        directory.byCode("southvale").orElseThrow().id()));
                for (int f = forceIds.size(); f < forces; f++) {
                    String code = String.format("bench%02d", f);
                    accounts.ensureForce(code, "Bench force " + f, List.of("Bench district " + f));
                    forceIds.add(directory.byCode(code).orElseThrow().id());
                }
                UUID southvale = forceIds.get(1);
                List<UUID> elsewhere = app.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForList(
                        "select distinct order_id from marker where force_id = ? and withdrawn_at is null", UUID.class,
                        southvale).stream().filter(id -> model.card(id).isPresent()).toList();
                List<List<PersonRecord<LookupReadModel.PersonRef>>> byForce = new ArrayList<>();
                for (int f = 0; f < forces; f++) {
                    byForce.add(new ArrayList<>());
                }
                for (int i = 0; i < records.size(); i++) {
                    var r = records.get(i);
                    int f = i % forces;
                    var ref = f == 0 ? r.payload() : new LookupReadModel.PersonRef(r.payload().markerId(),
                            forceIds.get(f), elsewhere.get(i % elsewhere.size()), r.payload().role(), r.name(),
                            r.dateOfBirth(), r.aliases());
                    byForce.get(f).add(new PersonRecord<>(r.id(), ref, r.name(), r.aliases(), r.dateOfBirth()));
                }
                for (int f = 0; f < forces; f++) {
                    model.people().addAll(byForce.get(f));
                }
                System.out.printf("spread over %d forces (%,d to %,d people each); the user's force is northshire%n",
                        forces, byForce.stream().mapToInt(List::size).min().orElse(0),
                        byForce.stream().mapToInt(List::size).max().orElse(0));
                Thread.sleep(3_000); // the sharing rules re-read the forces every two seconds
            }
            System.out.printf("people: %,d indexed in the running application in %.1f s%n", size,
                    (System.nanoTime() - t0) / 1e9);

            // Enough distinct queries that a measured run never repeats one (the search caches each word's alike
            // words, which a repeated query would find ready), and the warm-up asks others from its own seed.
            List<String> urls = queries(records, 2, Integer.getInteger("bench.paths", 300_000), port, 0);
            List<String> warmUp = queries(records, 99, 50_000, port, 13);
            String token = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))).encode(JwtEncoderParameters.from(
                    JwsHeader.with(SignatureAlgorithm.RS256).keyId("bench").build(),
                    JwtClaimsSet.builder().subject("bench.control").issuedAt(Instant.now())
                            .expiresAt(Instant.now().plusSeconds(3600)).claim("force", "northshire")
                            .claim("roles", List.of("CONTROL_ROOM")).build())).getTokenValue();

            String external = System.getProperty("bench.external");
            if (external != null) {
                // For a load generator outside the JVM (wrk): the paths and the token in files, then hold.
                Files.write(Path.of(external, "paths.txt"), urls.stream()
                        .map(u -> u.substring(u.indexOf("/api/"))).toList());
                Files.write(Path.of(external, "warmup.txt"), warmUp.stream()
                        .map(u -> u.substring(u.indexOf("/api/"))).toList());
                Files.writeString(Path.of(external, "token.txt"), token);
                Files.writeString(Path.of(external, "port.txt"), String.valueOf(port));
                System.out.println("ready for an external load generator on port " + port);
                Thread.sleep(Duration.ofSeconds(seconds).toMillis());
                return;
            }
            run(warmUp, token, clients, 5, false);
            run(urls, token, clients, seconds, true);
        } finally {
            app.close();
        }
    }

    /** Noisy queries for people of the register, as lookup URLs; each query seed garbles names its own way. */
    private static List<String> queries(List<PersonRecord<LookupReadModel.PersonRef>> records, long seed, int count,
                                        int port, int shift) {
        SyntheticPeople queryMaker = new SyntheticPeople(seed);
        List<String> urls = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            PersonRecord<LookupReadModel.PersonRef> target =
                    records.get((int) ((i * 7_919L + shift) % records.size()));
            var q = queryMaker.anyQuery(new PersonRecord<>(target.id(), target.id(), target.name(),
                    target.aliases(), target.dateOfBirth()), i).query();
            urls.add("http://127.0.0.1:" + port + "/api/v1/lookup/people?reason=BENCH-" + seed + "-" + i + "&name="
                    + URLEncoder.encode(q.name(), StandardCharsets.UTF_8)
                    + (q.dateOfBirth() == null ? "" : "&dateOfBirth=" + q.dateOfBirth()));
        }
        return urls;
    }

    private static void run(List<String> urls, String token, int clients, int seconds, boolean report)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                long[] took = new long[200_000];
                int n = 0;
                while (System.nanoTime() < end && n < took.length) {
                    String url = urls.get(next.getAndIncrement() % urls.size());
                    long t0 = System.nanoTime();
                    var response = http.send(HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", "Bearer " + token).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    took[n++] = System.nanoTime() - t0;
                    if (response.statusCode() != 200) {
                        failed.incrementAndGet();
                    }
                }
                return Arrays.copyOf(took, n);
            }));
        }
        List<long[]> perClient = new ArrayList<>();
        for (var f : futures) {
            perClient.add(f.get());
        }
        pool.shutdown();
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (report) {
            System.out.printf("HTTP person lookups: %d clients for %d s: %,d requests, %.0f per second, %d not 200; "
                            + "latency p50 %.1f ms, p99 %.1f ms%n", clients, seconds, all.length,
                    all.length / (double) seconds, failed.get(), all[all.length / 2] / 1e6,
                    all[(int) (all.length * 0.99)] / 1e6);
        }
    }
}
