package org.nmoregister.monitoring.bench;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.CookieManager;
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
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nmoregister.NmoRegisterApplication;
import org.nmoregister.monitoring.zones.MonitoredZones;
import org.nmoregister.monitoring.zones.Zone;
import org.nmoregister.places.Coordinates;
import org.nmoregister.security.ForceDirectory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The electronic-monitoring feed over HTTP: the application on its embedded PostgreSQL (durable: fsync and
 * synchronous commit on), N zones held for monitoring (synthetic orders, one to three zones each, 50 to 500 m, spread
 * over England), D devices each linked to one of those orders, and concurrent clients posting batches of points as
 * the feed would (JWT bearer token with role MONITORING_FEED: HTTP Basic would measure the password hash). Most
 * points are outside every zone; one in {@code ENTRY_EVERY} walks a device into one of its zones (and the next one
 * out again), so entries keep being raised. A control-room client signed in through the sign-in page listens to the
 * force's live alert stream and times each entry from the moment its batch was sent to the moment its alert arrived:
 * receipt-to-visible, including the HTTP request itself.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.nmoregister.monitoring.bench.MonitoringFeedBenchmark
 * -Dbench.size=500000 -Dbench.queries=20} (zones, seconds per measured run). {@code -Dbench.jvm=-Dbench.batches=100,1000}
 * sets the batch sizes, {@code -Dbench.zoneSteps=0,100000,500000} the zone counts, {@code -Dbench.clients=4}.
 */
public final class MonitoringFeedBenchmark {

    static final int DEVICES = 2_000;
    static final int ENTRY_EVERY = 2_000;

    public static void main(String[] args) throws Exception {
        int zones = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        int seconds = args.length > 1 ? Math.min(Integer.parseInt(args[1]), 600) : 20;
        int clients = Integer.getInteger("bench.clients", 4);
        int[] batches = Arrays.stream(System.getProperty("bench.batches", "1000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int[] zoneSteps = Arrays.stream(System.getProperty("bench.zoneSteps", String.valueOf(zones)).split(","))
                .mapToInt(Integer::parseInt).sorted().toArray();

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
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey,
                "--logging.level.root=WARN", "--spring.datasource.hikari.maximum-pool-size=20",
                "--nmo.monitoring.signal-check-interval=PT1H");
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            UUID force = app.getBean(ForceDirectory.class).byCode("northshire").orElseThrow().id();
            MonitoredZones monitored = app.getBean(MonitoredZones.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            String token = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))).encode(JwtEncoderParameters.from(
                    JwsHeader.with(SignatureAlgorithm.RS256).keyId("bench").build(),
                    JwtClaimsSet.builder().subject("bench.feed").issuedAt(Instant.now())
                            .expiresAt(Instant.now().plusSeconds(7200)).claim("force", "northshire")
                            .claim("roles", List.of("MONITORING_FEED")).build())).getTokenValue();

            // The devices' orders come first, so every zone count holds them; the rest are other orders' zones.
            Random random = new Random(1);
            List<Device> devices = new ArrayList<>();
            List<Zone> own = new ArrayList<>();
            Instant from = Instant.now().minusSeconds(86_400);
            for (int d = 0; d < DEVICES; d++) {
                UUID order = UUID.randomUUID();
                Zone home = zone(random, force, order, from);
                own.add(home);
                devices.add(new Device("BENCH-" + d, order, home));
            }
            monitored.putAll(own);
            jdbc.batchUpdate("insert into monitoring_device (id, force_id, device_id, order_id, linked_at, linked_by) "
                    + "values (?, ?, ?, ?, ?, 'bench')", devices.stream().map(d -> new Object[] {UUID.randomUUID(),
                    force, d.id, d.order, Timestamp.from(from)}).toList());
            int held = own.size();

            AlertListener listener = new AlertListener(port);
            listener.start();
            System.out.printf("devices: %,d; clients: %d; %d s a run; machine: %d cores (shared with other builds)%n",
                    DEVICES, clients, seconds, Runtime.getRuntime().availableProcessors());
            System.out.println("| zones held | batch | points/s | batches/s | batch p50 | batch p99 | entries | "
                    + "receipt-to-alert p50 | p99 | max |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|");
            for (int step : zoneSteps) {
                List<Zone> more = new ArrayList<>();
                while (held + more.size() < step) {
                    UUID order = UUID.randomUUID();
                    int n = 1 + random.nextInt(3);
                    for (int i = 0; i < n && held + more.size() < step; i++) {
                        more.add(zone(random, force, order, from));
                    }
                }
                monitored.putAll(more);
                held += more.size();
                for (int batch : batches) {
                    run(port, token, devices, clients, batch, 5, listener, held, false);
                    run(port, token, devices, clients, batch, seconds, listener, held, true);
                }
            }
            listener.stop();
        } finally {
            app.close();
        }
    }

    record Device(String id, UUID order, Zone home) {
    }

    private static Zone zone(Random random, UUID force, UUID order, Instant from) {
        double lat = 50.8 + random.nextDouble() * 3.6;
        double lon = -3.2 + random.nextDouble() * 3.4;
        return new Zone(UUID.randomUUID(), force, order, new Coordinates(lat, lon), 50 + random.nextInt(451),
                random.nextInt(10) == 0 ? 150 : 0, "the protected person's home", "NX1", "1 Bench Street", true, from,
                null);
    }

    private static final AtomicLong CLOCK = new AtomicLong(Instant.now().minusSeconds(3_000).toEpochMilli());

    private static void run(int port, String token, List<Device> devices, int clients, int batch, int seconds,
                            AlertListener listener, int zones, boolean report) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong points = new AtomicLong();
        List<Long> batchMillis = java.util.Collections.synchronizedList(new ArrayList<>());
        listener.reset();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                Random random = new Random(client * 7919L + batch);
                StringBuilder body = new StringBuilder(batch * 130);
                long sequence = 0;
                while (!stop.get()) {
                    body.setLength(0);
                    body.append('[');
                    List<String> entries = new ArrayList<>();
                    for (int i = 0; i < batch; i++) {
                        Device d = devices.get(random.nextInt(devices.size()));
                        // device time: unique and increasing across the whole run (idempotency is per device and time)
                        Instant at = Instant.ofEpochMilli(CLOCK.incrementAndGet());
                        double lat;
                        double lon;
                        boolean entry = (++sequence % ENTRY_EVERY) == 0;
                        if (entry) {
                            lat = d.home.centre().latitude() + random.nextGaussian() * 0.0001;
                            lon = d.home.centre().longitude();
                            entries.add(d.id + "|" + at);
                        } else {
                            // out and about, a kilometre or more from home (which also ends an entry)
                            lat = d.home.centre().latitude() + 0.01 + random.nextDouble() * 0.05;
                            lon = d.home.centre().longitude() + (random.nextDouble() - 0.5) * 0.1;
                        }
                        if (i > 0) {
                            body.append(',');
                        }
                        body.append("{\"deviceId\":\"").append(d.id).append("\",\"at\":\"").append(at)
                                .append("\",\"latitude\":").append(lat).append(",\"longitude\":").append(lon)
                                .append(",\"accuracyMetres\":").append(entry ? 5 : 5 + random.nextInt(30)).append('}');
                    }
                    body.append(']');
                    long sent = System.nanoTime();
                    entries.forEach(e -> listener.expect(e, sent));
                    var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                    + "/api/v1/monitoring/locations")).header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(response.statusCode() + " " + response.body());
                    }
                    batchMillis.add((System.nanoTime() - sent) / 1_000_000);
                    points.addAndGet(batch);
                }
                return null;
            }));
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - started) / 1e9;
        Thread.sleep(1500); // the last alerts arrive
        if (!report) {
            return;
        }
        long[] b = batchMillis.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] l = listener.latencies();
        System.out.printf("| %,d | %,d | **%,.0f** | %.1f | %d ms | %d ms | %d (%d seen) | %s | %s | %s |%n", zones,
                batch, points.get() / elapsed, b.length / elapsed, pct(b, 50), pct(b, 99), listener.expected(),
                l.length, l.length == 0 ? "-" : pct(l, 50) + " ms", l.length == 0 ? "-" : pct(l, 99) + " ms",
                l.length == 0 ? "-" : l[l.length - 1] + " ms");
    }

    static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** The control room's page, as a client: signs in through the sign-in page and reads the live alert stream. */
    static final class AlertListener {
        private static final Pattern DEVICE_AT = Pattern.compile("\"at\":\"([^\"]+)\".*\"raised\":true");
        private final int port;
        private final Map<String, Long> expected = new ConcurrentHashMap<>();
        private final List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        private final Map<String, String> alertDevice = new ConcurrentHashMap<>();
        private volatile Thread thread;
        private volatile int expectedCount;

        AlertListener(int port) {
            this.port = port;
        }

        void expect(String deviceAt, long sentNanos) {
            expected.put(deviceAt.substring(deviceAt.indexOf('|') + 1), sentNanos);
            expectedCount++;
        }

        void reset() {
            expected.clear();
            latencies.clear();
            expectedCount = 0;
        }

        int expected() {
            return expectedCount;
        }

        long[] latencies() {
            return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        }

        void start() throws Exception {
            CookieManager cookies = new CookieManager();
            HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                    .version(HttpClient.Version.HTTP_1_1).build();
            String base = "http://127.0.0.1:" + port;
            String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the sign-in page");
            }
            String form = "username=control.northshire&password=demo&_csrf="
                    + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            var stream = http.send(HttpRequest.newBuilder(URI.create(base + "/monitoring/alerts/stream"))
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
            if (stream.statusCode() != 200) {
                throw new IllegalStateException("the alert stream answered " + stream.statusCode());
            }
            thread = new Thread(() -> {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        if (!line.startsWith("data:")) {
                            continue;
                        }
                        long now = System.nanoTime();
                        Matcher m = DEVICE_AT.matcher(line);
                        if (m.find()) {
                            Long sent = expected.remove(m.group(1));
                            if (sent != null) {
                                latencies.add((now - sent) / 1_000_000);
                            }
                        }
                    }
                } catch (Exception e) {
                    // the application closed
                }
            }, "alert-listener");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            if (thread != null) {
                thread.interrupt();
            }
        }
    }
}
