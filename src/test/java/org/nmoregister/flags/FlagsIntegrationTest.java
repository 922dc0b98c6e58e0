package org.nmoregister.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.nmoregister.flags.internal.ExportDispatcher;
import org.nmoregister.flags.internal.MarkerService;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.Term;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Markers follow an order through quality assurance, variation, discharge and expiry, and every change reaches the
 * receiving systems through the outbox: a real HTTP server that fails before it accepts, and a file drop.
 */
@IntegrationTest
class FlagsIntegrationTest {

    /** What the fake PNC accepted. Demo orders' and other tests' markers reach it too, so tests count their own. */
    static final Queue<String> RECEIVED = new ConcurrentLinkedQueue<>();
    /** The order whose first delivery the fake PNC refuses: the test's own, whatever else is waiting to be sent. */
    static final AtomicReference<String> REFUSE_FIRST_FOR = new AtomicReference<>();
    static final HttpServer PNC = startPnc();
    static final Path DROP = tempDirectory();

    @DynamicPropertySource
    static void targets(DynamicPropertyRegistry properties) {
        properties.add("nmo.flags.export.targets[0].name", () -> "PNC");
        properties.add("nmo.flags.export.targets[0].type", () -> "HTTP");
        properties.add("nmo.flags.export.targets[0].url",
                () -> "http://127.0.0.1:" + PNC.getAddress().getPort() + "/markers");
        properties.add("nmo.flags.export.targets[1].name", () -> "RMS");
        properties.add("nmo.flags.export.targets[1].type", () -> "FILE_DROP");
        properties.add("nmo.flags.export.targets[1].directory", DROP::toString);
        // The jobs are run by the test, at the moments it chooses.
        properties.add("nmo.flags.withdrawal-interval", () -> "PT1H");
        properties.add("nmo.flags.export.interval", () -> "PT1H");
    }

    @AfterAll
    static void stopPnc() {
        PNC.stop(0);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    MarkerService markers;
    @Autowired
    ExportDispatcher dispatcher;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.nmoregister.places.internal.GazetteerImporter importer;

    final Instant made = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void markersFollowTheOrderThroughAssuranceVariationAndDischargeAndReachEveryTarget() throws Exception {
        OrderDetails original = OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), made)
                .withEnd(DurationKind.UNTIL_FURTHER_ORDER, null);
        UUID id = as("poc.northshire", () -> orders.create(original, null));
        assertThat(active(id)).as("no marker before quality assurance").isEmpty();
        REFUSE_FIRST_FOR.set(id.toString());

        assure(id);
        await().atMost(Duration.ofSeconds(10)).until(() -> active(id).size() == 4);
        assertThat(active(id)).extracting(MarkerView::kind).containsExactlyInAnyOrder(MarkerKind.SUBJECT,
                MarkerKind.PROTECTED_PERSON, MarkerKind.PROTECTED_PERSON, MarkerKind.PROTECTED_PLACE);

        // The HTTP target fails once, then accepts; the file drop is acknowledged by its consumer's .ack file.
        dispatchUntilSent(id);
        assertThat(REFUSE_FIRST_FOR.get()).as("the fake PNC refused one of this order's markers").isNull();
        assertThat(exportStatus(id, "PNC")).as("the one refused is kept for a retry").contains("PENDING");
        assertThat(jdbc.queryForList("select last_error from marker_export e join marker m on m.id = e.marker_id "
                + "where m.order_id = ? and target = 'PNC' and last_error is not null", String.class, id))
                .anySatisfy(error -> assertThat(error).contains("HTTP 503"));
        assertThat(exportStatus(id, "RMS")).containsOnly("SENT");
        jdbc.update("update marker_export set next_attempt_at = now() where marker_id in "
                + "(select id from marker where order_id = ?)", id);
        for (String exportId : jdbc.queryForList("select e.id::text from marker_export e join marker m on "
                + "m.id = e.marker_id where m.order_id = ? and target = 'RMS'", String.class, id)) {
            assertThat(DROP.resolve(exportId + ".json")).exists();
            Files.writeString(DROP.resolve(exportId + ".ack"), "RMS-" + exportId.substring(0, 8));
        }
        dispatchUntilSent(id);
        assertThat(exportStatus(id, "PNC")).containsOnly("ACKNOWLEDGED");
        assertThat(exportStatus(id, "RMS")).containsOnly("ACKNOWLEDGED");

        // A variation widening the exclusion zone replaces the place marker and keeps the people's.
        var v1 = active(id);
        OrderDetails varied = withTerms(original, original.terms().get(0).text(),
                "The respondent must not go within 200 metres of 14 Acacia Avenue, Leeds LS6 2AB.");
        as("poc.northshire", () -> orders.addVersion(id, ChangeKind.VARIATION, made.plus(2, ChronoUnit.HOURS),
                varied, "FL404B"));
        assure(id);
        await().atMost(Duration.ofSeconds(10)).until(() -> active(id).stream()
                .anyMatch(m -> Integer.valueOf(200).equals(m.radiusMetres())));
        var v2 = active(id);
        assertThat(v2).hasSize(4);
        assertThat(v2.stream().filter(m -> m.kind() != MarkerKind.PROTECTED_PLACE).map(MarkerView::id))
                .containsExactlyInAnyOrderElementsOf(v1.stream().filter(m -> m.kind() != MarkerKind.PROTECTED_PLACE)
                        .map(MarkerView::id).toList());
        assertThat(all(id)).filteredOn(m -> m.withdrawal() == Withdrawal.VARIED).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MarkerKind.PROTECTED_PLACE);
            assertThat(m.radiusMetres()).as("the original term barred entry, with no radius").isNull();
        });

        // A discharge takes effect at once, without waiting for quality assurance of the new version.
        Instant discharged = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        as("poc.northshire", () -> orders.addVersion(id, ChangeKind.DISCHARGE, discharged,
                orders.current(id).details(), "Discharged on the respondent's application"));
        await().atMost(Duration.ofSeconds(10)).until(() -> active(id).stream()
                .allMatch(m -> discharged.equals(m.expiresAt())));
        assertThat(markers.withdrawEnded()).isGreaterThanOrEqualTo(4);
        assertThat(all(id)).filteredOn(m -> m.withdrawal() != Withdrawal.VARIED).allSatisfy(m -> {
            assertThat(m.withdrawal()).isEqualTo(Withdrawal.DISCHARGED);
            assertThat(m.withdrawnAt()).as("withdrawn at the exact moment of discharge").isEqualTo(discharged);
        });
        long before = receivedFor(id);
        dispatchUntilSent(id);
        assertThat(receivedFor(id) - before).as("each withdrawal sent to PNC").isGreaterThanOrEqualTo(5);

        mvc.perform(get("/api/v1/flags/reconciliation").with(httpBasic("supervisor.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].target").value("PNC"));
    }

    @Test
    void theReconciliationPageShowsOneSystemsMarkersOutOfStepAPageAtATime() throws Exception {
        var supervisor = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername("supervisor.northshire"));
        String all = mvc.perform(get("/flags/reconciliation").with(supervisor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(all).contains("Receiving systems").contains(">PNC<").contains(">RMS<")
                .contains("PNC: markers out of step").contains("data-list-total=");
        String rms = mvc.perform(get("/flags/reconciliation").param("system", "RMS").param("show", "failing")
                        .with(supervisor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(rms).contains("RMS: markers out of step")
                .contains("href=\"/flags/reconciliation?system=RMS\"");
        String nowhere = mvc.perform(get("/flags/reconciliation").param("system", "NOWHERE").with(supervisor))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(nowhere).contains("This list has no view called \u201cNOWHERE\u201d")
                .contains("\u201cPNC\u201d, \u201cRMS\u201d");
    }

    @Test
    void markersAreWithdrawnAtTheExactMomentTheOrderExpires() throws Exception {
        Instant end = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        OrderDetails shortOrder = OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), made)
                .withEnd(DurationKind.UNTIL_DATE, end);
        UUID id = as("poc.northshire", () -> orders.create(shortOrder, null));
        assure(id);
        await().atMost(Duration.ofSeconds(10)).until(() -> active(id).size() == 4);
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(end));
        assertThat(active(id)).as("an ended order's markers never read as active").isEmpty();
        markers.withdrawEnded();
        assertThat(all(id)).allSatisfy(m -> {
            assertThat(m.withdrawal()).isEqualTo(Withdrawal.EXPIRED);
            assertThat(m.withdrawnAt()).isEqualTo(end);
        });
        mvc.perform(get("/api/v1/orders/{id}/markers", id).with(httpBasic("poc.southvale", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/orders/{id}", id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(jsonPath("$.markers.length()").value(4));
    }

    @Test
    void aPlaceMovedByThePointOfContactIsExportedAsTheOldMarkerWithdrawnAndItsNextVersionRaisedWithThePoint()
            throws Exception {
        importer.importNow(org.nmoregister.places.internal.GazetteerImport.Kind.POSTCODE_DIRECTORY, "test",
                "wq8.csv", new java.io.ByteArrayInputStream("""
                        pcds,lat,long,pfa,oslaua,dointr,doterm
                        WQ8 1AA,53.600000,-1.700000,E23000991,E08000901,198001,
                        """.getBytes(StandardCharsets.UTF_8)), null);
        importer.importNow(org.nmoregister.places.internal.GazetteerImport.Kind.ADDRESSBASE, "test", "wq8-ab.csv",
                new java.io.ByteArrayInputStream("""
                        UPRN,BUILDING_NUMBER,THOROUGHFARE,POST_TOWN,POSTCODE_LOCATOR,LATITUDE,LONGITUDE
                        9200000001,12,HERON WAY,YEWDALE,WQ8 1AA,53.601000,-1.700000
                        """.getBytes(StandardCharsets.UTF_8)), null);
        String address = "12 Heron Way, Yewdale WQ8 1AA";
        OrderDetails order = withTerms(OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), made)
                        .withEnd(DurationKind.UNTIL_FURTHER_ORDER, null),
                "The respondent must not go within 100 metres of " + address + ", and must not instruct, encourage "
                        + "or in any way suggest that any other person should do so.");
        UUID id = as("poc.northshire", () -> orders.create(order, null));
        assure(id);
        await().atMost(Duration.ofSeconds(10)).until(() -> active(id).stream()
                .anyMatch(m -> address.equals(m.address())));
        MarkerView before = active(id).stream().filter(m -> address.equals(m.address())).findFirst().orElseThrow();
        assertThat(before.uprn()).isEqualTo(9200000001L);
        assertThat(jdbc.queryForObject("select payload->'marker'->>'latitude' from marker_export where marker_id = ? "
                + "and target = 'RMS' and change = 'RAISED'", String.class, before.id())).isEqualTo("53.601");

        mvc.perform(post("/orders/{id}/quality/places", id)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(users.loadUserByUsername("poc.northshire")))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf())
                        .param("place", address).param("property", "POSTCODE_CENTRE"))
                .andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(10)).until(() -> active(id).stream()
                .anyMatch(m -> address.equals(m.address()) && !m.id().equals(before.id())));
        MarkerView after = active(id).stream().filter(m -> address.equals(m.address())).findFirst().orElseThrow();
        for (String target : List.of("PNC", "RMS")) {
            assertThat(jdbc.queryForList("select change || ' ' || coalesce(payload->'marker'->>'withdrawal', '-') "
                    + "from marker_export where marker_id = ? and target = ? order by created_at", String.class,
                    before.id(), target)).containsExactly("RAISED -", "WITHDRAWN RELOCATED");
            assertThat(jdbc.queryForList("select change || ' ' || (payload->'marker'->>'precision') || ' ' "
                    + "|| (payload->'marker'->>'latitude') || ' ' || (payload->'order'->>'caseNumber') "
                    + "from marker_export where marker_id = ? and target = ?", String.class, after.id(), target))
                    .containsExactly("RAISED POSTCODE_CENTRE 53.6 " + order.caseNumber());
        }
    }

    /**
     * Dispatches until every export of this order that is due now has been tried once. One pass takes at most 200,
     * oldest first, and the demo orders' (and, on a shared database, other tests') markers may be queued before these.
     */
    private void dispatchUntilSent(UUID id) {
        Instant asOf = Instant.now();
        for (int pass = 0; pass < 50 && dueExports(id, asOf) > 0; pass++) {
            dispatcher.dispatch();
        }
        assertThat(dueExports(id, asOf)).as("this order's exports were all tried").isZero();
    }

    private int dueExports(UUID id, Instant asOf) {
        return jdbc.queryForObject("select count(*) from marker_export e join marker m on m.id = e.marker_id "
                + "where m.order_id = ? and e.status in ('PENDING', 'SENT') and e.next_attempt_at <= ?",
                Integer.class, id, asOf.atOffset(java.time.ZoneOffset.UTC));
    }

    private static long receivedFor(UUID id) {
        return RECEIVED.stream().filter(body -> body.contains(id.toString())).count();
    }

    private void assure(UUID id) throws Exception {
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk());
    }

    private List<MarkerView> all(UUID id) {
        return as("poc.northshire", () -> markers.forOrder(id));
    }

    private List<MarkerView> active(UUID id) {
        Instant now = Instant.now();
        return all(id).stream().filter(m -> m.activeAt(now)).toList();
    }

    private List<String> exportStatus(UUID id, String target) {
        return jdbc.queryForList("select distinct e.status from marker_export e join marker m on m.id = e.marker_id "
                + "where m.order_id = ? and e.target = ?", String.class, id, target);
    }

    private static OrderDetails withTerms(OrderDetails o, String... texts) {
        List<Term> terms = new java.util.ArrayList<>();
        for (String t : texts) {
            terms.add(new Term(terms.size() + 1, t));
        }
        return new OrderDetails(o.court(), o.caseNumber(), o.orderType(), o.madeAt(), o.withoutNotice(),
                o.returnHearing(), o.duration(), o.endsAt(), o.penalNotice(), o.applicant(),
                o.otherProtectedPersons(), o.children(), o.respondent(), o.relationship(), terms, o.service(),
                o.dischargedAt(), o.notes());
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return org.nmoregister.support.SignedIn.as(users, username, work);
    }

    private static HttpServer startPnc() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/markers", exchange -> {
                String received = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String refused = REFUSE_FIRST_FOR.get();
                boolean fail = refused != null && received.contains(refused)
                        && REFUSE_FIRST_FOR.compareAndSet(refused, null);
                if (!fail) {
                    RECEIVED.add(received);
                }
                byte[] body = (fail ? "{\"error\":\"unavailable\"}" : "{\"reference\":\"PNC-" + RECEIVED.size() + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(fail ? 503 : 201, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("nmo-rms-drop-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
