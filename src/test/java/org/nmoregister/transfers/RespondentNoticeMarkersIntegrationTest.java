package org.nmoregister.transfers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nmoregister.flags.internal.ExportDispatcher;
import org.nmoregister.flags.internal.MarkerService;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.ContactDetail;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Respondent;
import org.nmoregister.orders.Term;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13, part 4, on the real database: the force where a northshire order's respondent lives (southvale) keeps a
 * marker on him, raised once the order is assured, exported through the outbox labelled as northshire's order with
 * its 24/7 telephone, carrying nothing beyond the existence card's fields; southvale cannot withdraw it; its lookup
 * still shows the order once, as a card; it is withdrawn and the withdrawal exported when he moves away, when the
 * order is discharged, and when the case is transferred to southvale (whose own markers then take over).
 */
@IntegrationTest
class RespondentNoticeMarkersIntegrationTest {

    static final Path DROP = tempDirectory();

    /** Nothing of the victim, the other parties, the aliases, the terms, the court or any address. */
    static final List<String> NEVER = List.of("Acacia", "LS6 2AB", "07700 900123", "Margaret", "Amy ", "Billy",
            "Quarry", "SV3 9QH", "Mill Lane", "Keeps two dogs", "Tall, beard", "must not", "Leeds Family Court",
            "latitude\":5", "uprn\":1");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) {
        // a target of its own: other test classes on the same database configure "PNC" as another kind
        properties.add("nmo.flags.export.targets[0].name", () -> "NOTICE-DROP");
        properties.add("nmo.flags.export.targets[0].type", () -> "FILE_DROP");
        properties.add("nmo.flags.export.targets[0].directory", DROP::toString);
        properties.add("nmo.flags.export.interval", () -> "PT1H");
        properties.add("nmo.flags.withdrawal-interval", () -> "PT1H");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ExportDispatcher dispatcher;
    @Autowired
    MarkerService markers;

    final Instant made = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    String surname;
    String caseNumber;
    UUID orderId;

    @BeforeEach
    void northshireAnswersOnItsOwnTelephone() throws Exception {
        sharing("0300 555 0177");
        surname = "Notice" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
        caseNumber = OrderFixtures.uniqueCaseNumber();
    }

    @AfterEach
    void sharingAsBefore() throws Exception {
        sharing("0300 555 0101");
    }

    @Test
    void raisedOnceAssuredExportedLabelledReadOnlyAndWithdrawnWhenHeMovesAwayOrTheOrderIsDischarged()
            throws Exception {
        orderId = create("21 Quarry Hill", "SV3 9QH");
        await().atMost(Duration.ofSeconds(10)).until(() -> standingNotice("southvale"));
        assertThat(noticeMarkers()).as("no marker before the owning force has assured the order").isEmpty();

        assure();
        await().atMost(Duration.ofSeconds(10)).until(() -> active(noticeMarkers()).size() == 1);
        Map<String, Object> marker = active(noticeMarkers()).get(0);
        assertThat(marker).containsEntry("kind", "SUBJECT").containsEntry("person_name", "William " + surname)
                .containsEntry("party_role", "RESPONDENT").containsEntry("held_by_contact", "0300 555 0177")
                .containsEntry("held_by_reference", caseNumber).containsEntry("area", "SV3");
        assertThat(marker.get("date_of_birth").toString()).isEqualTo("1984-02-09");
        assertThat(marker.get("held_by_force_id")).isEqualTo(forceId("northshire"));
        for (String never : List.of("aliases", "address", "postcode", "place_kind", "radius_metres", "latitude",
                "longitude", "uprn")) {
            assertThat(marker.get(never)).as(never).isNull();
        }
        assertThat(marker.get("expires_at")).as("ends with the order's own subject marker")
                .isEqualTo(ownSubject().get("expires_at"));

        // exported in southvale's name through the outbox, labelled as northshire's order with its telephone
        String raised = exportedPayload(marker.get("id"), "RAISED");
        assertThat(raised).contains("\"heldByAnotherForce\":true", "\"force\":\"northshire\"",
                "\"contactTelephone\":\"0300 555 0177\"", "\"reference\":\"" + caseNumber + "\"",
                "\"respondentArea\":\"SV3\"", "Order held by Northshire Police", "William " + surname,
                forceId("southvale").toString()).doesNotContain(NEVER);
        dispatchAll();
        String dropped = Files.readString(DROP.resolve(exportId(marker.get("id"), "RAISED") + ".json"));
        assertThat(dropped).contains("Order held by Northshire Police").doesNotContain(NEVER);

        // read-only for southvale: the one withdrawal it may make by hand (a Location of Interest) leaves it alone,
        // and the order's own markers and pages still refuse it
        SignedIn.as(users, "poc.southvale", () -> {
            markers.withdraw(forceId("southvale"), orderId, (UUID) marker.get("id"));
            return null;
        });
        assertThat(active(noticeMarkers())).hasSize(1);
        mvc.perform(get("/api/v1/orders/{id}/markers", orderId).with(httpBasic("poc.southvale", "demo")))
                .andExpect(status().isNotFound());
        // southvale's reconciliation counts it (its systems hold it), named as another force's order
        String reconciliation = mvc.perform(get("/api/v1/flags/reconciliation")
                        .with(httpBasic("supervisor.southvale", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String row = reconciliation.replaceAll("(?s).*(\\{\"markerId\":\"" + marker.get("id") + "\"[^}]*}).*", "$1");
        assertThat(row).startsWith("{\"markerId\"").contains("William " + surname + " (another force's order: "
                + caseNumber + ")").doesNotContain(NEVER);

        // southvale's lookup shows the order once, as northshire's card, never as its own
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(lookup()).contains(orderId.toString()));
        String lookup = lookup();
        assertThat(occurrences(lookup, "\"id\":\"" + orderId + "\"")).as("one card for the order").isEqualTo(1);
        assertThat(lookup).contains("\"heldByAnotherForce\":true").doesNotContain(NEVER);

        // he moves to northshire's own area: the notice and its marker are withdrawn, and the withdrawal exported
        OrderDetails moved = withRespondentAt(orders("poc.northshire"), "8 Mill Lane", "NX1 4AB");
        SignedIn.as(users, "poc.northshire", () -> {
            orders.addVersion(orderId, ChangeKind.CORRECTION, Instant.now(), moved, "Respondent moved");
            return null;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> active(noticeMarkers()).isEmpty());
        assertThat(noticeMarkers()).singleElement().satisfies(m ->
                assertThat(m).containsEntry("withdrawal", "NOTICE_WITHDRAWN"));
        assertThat(exportedPayload(marker.get("id"), "WITHDRAWN")).contains("\"change\":\"WITHDRAWN\"",
                "Order held by Northshire Police").doesNotContain(NEVER);

        // and back: a fresh marker, which the discharge withdraws at its exact moment, exported like any other
        OrderDetails back = withRespondentAt(orders("poc.northshire"), "21 Quarry Hill", "SV3 9QH");
        SignedIn.as(users, "poc.northshire", () -> {
            orders.addVersion(orderId, ChangeKind.CORRECTION, Instant.now(), back, "Respondent moved back");
            return null;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> active(noticeMarkers()).size() == 1);
        Instant discharged = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        SignedIn.as(users, "poc.northshire", () -> {
            orders.addVersion(orderId, ChangeKind.DISCHARGE, discharged, orders.current(orderId).details(),
                    "Discharged");
            return null;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> active(noticeMarkers()).stream()
                .allMatch(m -> discharged.equals(((java.sql.Timestamp) m.get("expires_at")).toInstant())));
        markers.withdrawEnded();
        assertThat(active(noticeMarkers())).isEmpty();
        assertThat(noticeMarkers()).filteredOn(m -> "DISCHARGED".equals(m.get("withdrawal"))).singleElement()
                .satisfies(m -> assertThat(((java.sql.Timestamp) m.get("withdrawn_at")).toInstant())
                        .isEqualTo(discharged));
        assertThat(jdbc.queryForObject("select count(*) from marker_export e join marker m on m.id = e.marker_id"
                + " where m.order_id = ? and m.held_by_force_id is not null and e.change = 'WITHDRAWN'", Integer.class,
                orderId)).isEqualTo(2);
    }

    @Test
    void aCaseTransferredToTheToldForceHasItsOwnMarkersInsteadOfTheNotices() throws Exception {
        orderId = create("21 Quarry Hill", "SV3 9QH");
        assure();
        await().atMost(Duration.ofSeconds(10)).until(() -> active(noticeMarkers()).size() == 1);
        UUID noticeMarker = (UUID) active(noticeMarkers()).get(0).get("id");

        String transfer = mvc.perform(post("/api/v1/transfers").with(httpBasic("poc.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"orderId\": \"" + orderId
                                + "\", \"toForce\": \"southvale\", \"reason\": \"RESPONDENT_MOVED\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()
                .replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        mvc.perform(post("/api/v1/transfers/{id}/accept", transfer).with(httpBasic("poc.southvale", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk());

        assertThat(active(noticeMarkers())).as("southvale holds the case: no notice marker").isEmpty();
        assertThat(noticeMarkers()).singleElement().satisfies(m -> {
            assertThat(m).containsEntry("id", noticeMarker).containsEntry("withdrawal", "TRANSFERRED");
        });
        assertThat(exportedPayload(noticeMarker, "WITHDRAWN")).contains("\"change\":\"WITHDRAWN\"");
        assertThat(jdbc.queryForObject("select count(*) from marker where order_id = ? and withdrawn_at is null"
                + " and kind = 'SUBJECT' and held_by_force_id is null and force_id = ?", Integer.class, orderId,
                forceId("southvale"))).as("southvale's own subject marker").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from existence_notice where order_id = ?"
                + " and withdrawn_at is null", Integer.class, orderId)).isZero();
    }

    // ---- helpers ----

    private UUID create(String street, String postcode) {
        OrderDetails base = OrderFixtures.withoutNoticeNmo(caseNumber, made);
        var respondent = new Respondent("William " + surname, LocalDate.of(1984, 2, 9), List.of("Billy " + surname),
                List.of(new Address(street, null, "Northtown", postcode, false)), List.of(), "Tall, beard",
                List.of(), base.respondent().officerSafety());
        var applicant = new ProtectedPerson("Margaret " + surname, LocalDate.of(1987, 6, 1), List.of(),
                List.of(new Address("14 Acacia Avenue", null, "Leeds", "LS6 2AB", true)),
                List.of(new ContactDetail(ContactDetail.Kind.PHONE, "07700 900123", true)));
        OrderDetails details = new OrderDetails(base.court(), caseNumber, base.orderType(), made, true,
                base.returnHearing(), DurationKind.UNTIL_FURTHER_ORDER, null, true, applicant, List.of(),
                List.of(ProtectedPerson.named("Amy " + surname, LocalDate.of(2015, 3, 3))), respondent,
                base.relationship(),
                List.of(new Term(1, "The respondent must not go within 100 metres of 14 Acacia Avenue, Leeds LS6 2AB.")),
                List.of(), null, null);
        return SignedIn.as(users, "poc.northshire", () -> orders.create(details, null));
    }

    private OrderDetails orders(String account) {
        return SignedIn.as(users, account, () -> orders.current(orderId).details());
    }

    private static OrderDetails withRespondentAt(OrderDetails o, String street, String postcode) {
        Respondent r = o.respondent();
        Respondent moved = new Respondent(r.name(), r.dateOfBirth(), r.aliases(),
                List.of(new Address(street, null, "Northtown", postcode, false)), r.contacts(), r.description(),
                r.vehicles(), r.officerSafety());
        return new OrderDetails(o.court(), o.caseNumber(), o.orderType(), o.madeAt(), o.withoutNotice(),
                o.returnHearing(), o.duration(), o.endsAt(), o.penalNotice(), o.applicant(),
                o.otherProtectedPersons(), o.children(), moved, o.relationship(), o.terms(), o.service(),
                o.dischargedAt(), o.notes());
    }

    private void assure() throws Exception {
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", orderId).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk());
    }

    private void sharing(String telephone) throws Exception {
        mvc.perform(put("/api/v1/cross-force/sharing").with(httpBasic("admin.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sharesByDefault\": true, \"controlRoomTelephone\": \"" + telephone + "\"}"))
                .andExpect(status().isOk());
    }

    private String lookup() throws Exception {
        return mvc.perform(get("/api/v1/lookup/people").param("name", "William " + surname)
                        .param("reason", "INC-20261205-0101").with(httpBasic("control.southvale", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private boolean standingNotice(String force) {
        return jdbc.queryForObject("select count(*) from existence_notice where order_id = ? and withdrawn_at is null"
                + " and notified_force_id = ?", Integer.class, orderId, forceId(force)) > 0;
    }

    private List<Map<String, Object>> noticeMarkers() {
        return jdbc.queryForList("select * from marker where order_id = ? and held_by_force_id is not null"
                + " order by raised_at", orderId);
    }

    private Map<String, Object> ownSubject() {
        return jdbc.queryForMap("select * from marker where order_id = ? and held_by_force_id is null"
                + " and kind = 'SUBJECT' and withdrawn_at is null", orderId);
    }

    private static List<Map<String, Object>> active(List<Map<String, Object>> rows) {
        return rows.stream().filter(m -> m.get("withdrawn_at") == null).toList();
    }

    private String exportedPayload(Object markerId, String change) {
        return jdbc.queryForObject("select payload::text from marker_export where marker_id = ? and change = ?",
                String.class, markerId, change).replace(": ", ":").replace(", ", ",");
    }

    private String exportId(Object markerId, String change) {
        return jdbc.queryForObject("select id::text from marker_export where marker_id = ? and change = ?",
                String.class, markerId, change);
    }

    private void dispatchAll() {
        for (int pass = 0; pass < 50 && jdbc.queryForObject("select count(*) from marker_export e join marker m"
                + " on m.id = e.marker_id where m.order_id = ? and e.status = 'PENDING'", Integer.class, orderId) > 0;
             pass++) {
            dispatcher.dispatch();
        }
    }

    private UUID forceId(String code) {
        return jdbc.queryForObject("select id from force where code = ?", UUID.class, code);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("nmo-notice-export");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
