package org.nmoregister.transfers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderMovedToForce;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.Respondent;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A case transferred northshire → southvale, end to end on the real database: pending (southvale sees only the
 * summary, nothing else by any way in), accepted (the whole case moves, the markers are withdrawn and raised through
 * the outbox, the lookup finds it as southvale's, both access logs show the disclosure), declined (everything stays
 * with the sender), escalated once when left pending, and all or nothing when a module fails half-way.
 */
@IntegrationTest
class TransferIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    /** The order whose move the failing listener below refuses; null for every other. */
    static final AtomicReference<UUID> FAIL_FOR = new AtomicReference<>();
    static final Path DROP = tempDirectory();
    static final int WORKING_DAYS = 7;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> "3025");
        properties.add("nmo.flags.export.targets[0].name", () -> "PNC");
        properties.add("nmo.flags.export.targets[0].type", () -> "FILE_DROP");
        properties.add("nmo.flags.export.targets[0].directory", DROP::toString);
        properties.add("nmo.flags.export.interval", () -> "PT1H");
        properties.add("nmo.transfers.escalation-interval", () -> "PT1H");
        // not the default (5): the tests below show the configured number is the one used
        properties.add("nmo.transfers.escalate-after-working-days", () -> String.valueOf(WORKING_DAYS));
    }

    /** A module that fails when told an order moved: the last listener, so the others have re-homed by then. */
    @TestConfiguration
    static class HalfWayFailure {
        @Bean
        FailingListener failingListener() {
            return new FailingListener();
        }
    }

    static class FailingListener {
        @EventListener
        @Order(Ordered.LOWEST_PRECEDENCE)
        void on(OrderMovedToForce moved) {
            if (moved.orderId().equals(FAIL_FOR.get())) {
                throw new IllegalStateException("a module failed half-way through the transfer");
            }
        }
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
    org.nmoregister.transfers.internal.TransferEscalation escalation;

    final Instant made = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    String caseNumber;
    String respondent;
    UUID orderId;
    UUID breachId;

    @BeforeEach
    void aNorthshireCaseWithMarkersABreachAndARiskAssessment() throws Exception {
        caseNumber = OrderFixtures.uniqueCaseNumber();
        respondent = "Tobias " + uniqueSurname();
        OrderDetails fixture = OrderFixtures.withoutNoticeNmo(caseNumber, made);
        Respondent r = fixture.respondent();
        OrderDetails details = new OrderDetails(fixture.court(), fixture.caseNumber(), fixture.orderType(),
                fixture.madeAt(), fixture.withoutNotice(), fixture.returnHearing(), fixture.duration(),
                fixture.endsAt(), fixture.penalNotice(), fixture.applicant(), fixture.otherProtectedPersons(),
                fixture.children(), new Respondent(respondent, r.dateOfBirth(), List.of(), r.addresses(),
                r.contacts(), r.description(), r.vehicles(), r.officerSafety()), fixture.relationship(),
                fixture.terms(), List.of(new org.nmoregister.orders.ServiceRecord(made.plusSeconds(3600),
                        org.nmoregister.orders.ServiceMethod.PERSONAL, "PC 1", null, null)), null, null);
        orderId = SignedIn.as(users, "poc.northshire", () -> orders.create(details, "transfer test"));
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", orderId).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(15)).until(() -> activeMarkers("northshire") >= 3);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String report = mvc.perform(post("/api/v1/breaches").with(httpBasic("officer.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"orderId": "%s", "reportedAt": "%s", "reporterKind": "VICTIM",
                                 "reporterName": "Jane Smith", "incidents": [{"occurredAt": "%s",
                                 "conduct": "CONTACT", "channel": "TEXT", "description": "Texts overnight"}]}"""
                                .formatted(orderId, now, now.minus(1, ChronoUnit.HOURS))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        breachId = UUID.fromString(report.replaceAll("(?s).*?\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1"));
        await().atMost(Duration.ofSeconds(15)).until(() -> count("risk_assessment", "northshire") == 1);
    }

    @Test
    void whilePendingTheReceiverSeesOnlyTheSummaryAndTheSenderKeepsEverything() throws Exception {
        String id = requestTransfer("southvale", "VICTIM_MOVED", "Victim now lives in Southvale")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andReturn().getResponse().getContentAsString().replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        // one pending transfer per order
        requestTransfer("southvale", "VICTIM_MOVED", null).andExpect(status().isConflict());

        // southvale cannot read the order by id, by the API or the page, as before
        for (String reader : new String[] {"poc.southvale", "officer.southvale", "supervisor.southvale"}) {
            mvc.perform(get("/api/v1/orders/{id}", orderId).param("reason", "INC-1").with(httpBasic(reader, "demo")))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/orders/{id}", orderId).param("reason", "INC-1")
                            .with(user(users.loadUserByUsername(reader))))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/breaches/{id}", breachId).with(httpBasic("officer.southvale", "demo")))
                .andExpect(status().isNotFound());

        // the receiving force's queue and the summary: no address, no C8 detail, no other party's details
        mvc.perform(get("/api/v1/transfers").param("status", "PENDING").param("direction", "incoming")
                        .with(httpBasic("poc.southvale", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(id)));
        String summary = mvc.perform(get("/api/v1/transfers/{id}", id).with(httpBasic("poc.southvale", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.owningForce").value("northshire"))
                .andExpect(jsonPath("$.summary.status").value("IN_FORCE"))
                .andExpect(jsonPath("$.summary.served").value(true))
                .andExpect(jsonPath("$.summary.restrictions", hasItem("No violence or threats of violence")))
                .andExpect(jsonPath("$.summary.restrictions", hasItem("Not to go to or enter a place named in the order")))
                .andReturn().getResponse().getContentAsString();
        String page = mvc.perform(get("/transfers/{id}", id).with(user(users.loadUserByUsername("poc.southvale"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (String shown : List.of(summary, page)) {
            assertThat(shown).contains(caseNumber).doesNotContain("Acacia").doesNotContain("LS6 2AB")
                    .doesNotContain("07700").doesNotContain("Mill Lane").doesNotContain("Jane Smith")
                    .doesNotContain(respondent).doesNotContain("Blue Ford");
        }
        // others in southvale see nothing of transfers; the sender still owns everything
        mvc.perform(get("/api/v1/transfers/{id}", id).with(httpBasic("officer.southvale", "demo")))
                .andExpect(status().isForbidden());
        assertThat(owner()).isEqualTo("northshire");
        assertThat(activeMarkers("southvale")).isZero();
        // the owner's log shows who in southvale read its order's summary
        assertThat(log("northshire", "DISCLOSE")).anySatisfy(d -> assertThat(d).contains("poc.southvale"));
    }

    @Test
    void acceptedTheWholeCaseMovesAndBothForcesLogIt() throws Exception {
        int northMarkers = activeMarkers("northshire");
        String id = idOf(requestTransfer("southvale", "INVESTIGATION_THERE", null).andExpect(status().isCreated()));
        // the sender cannot accept its own request
        mvc.perform(post("/api/v1/transfers/{id}/accept", id).with(httpBasic("poc.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/transfers/{id}/accept", id).with(httpBasic("poc.southvale", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(post("/api/v1/transfers/{id}/accept", id).with(httpBasic("poc.southvale", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict());

        // southvale reads the order and its history; northshire no longer can, except its read-only view
        mvc.perform(get("/api/v1/orders/{id}", orderId).with(httpBasic("poc.southvale", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].version").value(1));
        mvc.perform(get("/api/v1/breaches/{id}", breachId).with(httpBasic("officer.southvale", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/orders/{id}", orderId).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isNotFound());
        // a link to the order it handed over (its access log, a bookmark) leads northshire to its read-only view
        mvc.perform(get("/orders/{id}", orderId).with(user(users.loadUserByUsername("poc.northshire"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl("/transfers/" + id + "/held"));
        mvc.perform(get("/api/v1/transfers/{id}/held", id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.order.details.caseNumber").value(caseNumber))
                .andExpect(jsonPath("$.history[0].version").value(1));
        mvc.perform(get("/api/v1/transfers/{id}/held", id).with(httpBasic("supervisor.northshire", "demo")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/transfers/{id}/held", id).with(httpBasic("poc.southvale", "demo")))
                .andExpect(status().isNotFound());
        assertThat(log("northshire", "VIEW")).anySatisfy(d -> assertThat(d).startsWith("Read-only view of"));
        // every read of the read-only view is logged: the API twice, the page, a supervisor with a reason
        long readsBefore = readOnlyReads();
        mvc.perform(get("/api/v1/transfers/{id}/held", id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/transfers/{id}/held", id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/transfers/{id}/held", id).with(user(users.loadUserByUsername("poc.northshire"))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/transfers/{id}/held", id).param("reason", "Supervision: review of the case handed over")
                .with(httpBasic("supervisor.northshire", "demo"))).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(10)).until(() -> readOnlyReads() == readsBefore + 4);
        assertThat(jdbc.queryForList("select username from access_log where subject_id = ? and action = 'VIEW' and "
                        + "force_code = 'northshire' and detail like 'Read-only view of%' order by at desc limit 4",
                String.class, orderId.toString()))
                .containsExactlyInAnyOrder("poc.northshire", "poc.northshire", "poc.northshire",
                        "supervisor.northshire");

        // every force-scoped record of the case moved
        assertThat(owner()).isEqualTo("southvale");
        for (String table : List.of("breach_report", "risk_assessment", "quality_review")) {
            assertThat(count(table, "northshire")).as(table).isZero();
            assertThat(count(table, "southvale")).as(table).isPositive();
        }
        assertThat(jdbc.queryForObject("select count(*) from safeguarding_task where order_id = ? and force_id = "
                + "(select id from force where code = 'northshire')", Integer.class, orderId)).isZero();

        // northshire's markers withdrawn and southvale's raised, both in the outbox
        assertThat(activeMarkers("northshire")).isZero();
        assertThat(activeMarkers("southvale")).isEqualTo(northMarkers);
        assertThat(exports("northshire", "WITHDRAWN")).isEqualTo(northMarkers);
        assertThat(exports("southvale", "RAISED")).isEqualTo(northMarkers);

        // southvale's lookup finds it as its own; northshire's no longer does: it sees at most southvale's card,
        // as for any order another force holds and shares (the national existence check)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/api/v1/lookup/people").param("name", respondent).param("reason", "INC-7")
                                .with(httpBasic("control.southvale", "demo")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$[*].orders[*].id", hasItem(orderId.toString())))
                        .andExpect(jsonPath("$[*].otherForceOrders[*].id", not(hasItem(orderId.toString())))));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/api/v1/lookup/people").param("name", respondent).param("reason", "INC-7")
                                .with(httpBasic("control.northshire", "demo")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$[*].orders[*].id", not(hasItem(orderId.toString()))))
                        .andExpect(jsonPath("$[*].otherForceOrders[?(@.id == '" + orderId + "')].force",
                                everyItem(is("southvale")))));

        // the disclosure is in both forces' logs
        assertThat(log("southvale", "COLLECT")).anySatisfy(d -> assertThat(d).contains("accepted by transfer"));
        assertThat(log("northshire", "DISCLOSE")).anySatisfy(d -> assertThat(d).contains("disclosed to"));
    }

    @Test
    void aDeclinedTransferLeavesEverythingWithTheSender() throws Exception {
        String first = idOf(requestTransfer("southvale", "RESPONDENT_MOVED", null).andExpect(status().isCreated()));
        mvc.perform(post("/api/v1/transfers/{id}/decline", first).with(httpBasic("poc.southvale", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/transfers/{id}/decline", first).with(httpBasic("poc.southvale", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Not our case yet\"}"))
                .andExpect(status().isOk());
        // withdrawn by the sender
        String second = idOf(requestTransfer("southvale", "VICTIM_MOVED", null).andExpect(status().isCreated()));
        mvc.perform(post("/api/v1/transfers/{id}/withdraw", second).with(httpBasic("poc.southvale", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/transfers/{id}/withdraw", second).with(httpBasic("poc.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk());
        // a second request, declined too
        String third = idOf(requestTransfer("southvale", "VICTIM_MOVED", null).andExpect(status().isCreated()));
        mvc.perform(post("/transfers/{id}/decline", third).param("declineReason", "Victim has not moved after all")
                        .with(user(users.loadUserByUsername("poc.southvale")))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/transfers").param("direction", "outgoing").param("status", "DECLINED")
                        .with(httpBasic("poc.northshire", "demo")))
                .andExpect(jsonPath("$.items[?(@.id == '" + third + "')].decisionReason")
                        .value("Victim has not moved after all"));
        assertThat(owner()).isEqualTo("northshire");
        assertThat(activeMarkers("southvale")).isZero();
        assertThat(activeMarkers("northshire")).isPositive();
        assertThat(count("breach_report", "northshire")).isEqualTo(1);
        mvc.perform(get("/api/v1/orders/{id}", orderId).param("reason", "INC-1")
                        .with(httpBasic("officer.southvale", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/transfers/{id}", third).with(httpBasic("poc.southvale", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary").doesNotExist());
    }

    @Test
    void aRequestLeftPendingEscalatesToBothForcesSupervisorsOnce() throws Exception {
        String id = idOf(requestTransfer("southvale", "VICTIM_MOVED", null).andExpect(status().isCreated()));
        assertThat(escalation.escalateOverdue()).as("not yet due").isGreaterThanOrEqualTo(0);
        assertThat(mailsAbout()).isEmpty();
        jdbc.update("update order_transfer set requested_at = requested_at - interval '20 days' where id = ?::uuid",
                id);
        escalation.escalateOverdue();
        List<MimeMessage> sent = await().atMost(Duration.ofSeconds(10)).until(this::mailsAbout, m -> m.size() == 2);
        assertThat(sent.stream().map(m -> recipient(m)).toList())
                .containsExactlyInAnyOrder("supervisors@northshire.police.example",
                        "supervisors@southvale.police.example");
        for (MimeMessage mail : sent) {
            assertThat(GreenMailUtil.getBody(mail)).contains("/transfers/" + id).doesNotContain("Acacia")
                    .doesNotContain("Jane").doesNotContain(respondent);
        }
        escalation.escalateOverdue();
        assertThat(mailsAbout()).as("escalated once").hasSize(2);
        mvc.perform(get("/api/v1/transfers/{id}", id).with(httpBasic("poc.southvale", "demo")))
                .andExpect(jsonPath("$.escalatedAt").isNotEmpty());
    }

    /**
     * The number of working days is configuration: with 7 configured, a request that has waited more than 5 working
     * days (the default) but fewer than 7 is not escalated, however many calendar days that is; once it has waited 7
     * it is, and the e-mail says 7.
     */
    @Test
    void theConfiguredNumberOfWorkingDaysDecidesWhenARequestEscalates() throws Exception {
        Instant now = Instant.now();
        Instant between = null;
        for (int days = WORKING_DAYS - 2; days <= WORKING_DAYS + 10 && between == null; days++) {
            Instant t = now.minus(days, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS);
            if (org.nmoregister.transfers.internal.TransferRules.escalationDue(
                    org.nmoregister.transfers.internal.TransferStatus.PENDING, t, null, now, 5)
                    && !org.nmoregister.transfers.internal.TransferRules.escalationDue(
                    org.nmoregister.transfers.internal.TransferStatus.PENDING, t, null, now, WORKING_DAYS)) {
                between = t;
            }
        }
        assertThat(between).as("a time more than 5 but fewer than 7 working days ago").isNotNull();
        String id = idOf(requestTransfer("southvale", "VICTIM_MOVED", null).andExpect(status().isCreated()));
        jdbc.update("update order_transfer set requested_at = ? where id = ?::uuid", java.sql.Timestamp.from(between),
                id);
        escalation.escalateOverdue();
        assertThat(jdbc.queryForObject("select escalated_at is null from order_transfer where id = ?::uuid",
                Boolean.class, id)).as("past the default, not the configured number").isTrue();
        assertThat(mailsAbout()).isEmpty();

        jdbc.update("update order_transfer set requested_at = requested_at - interval '14 days' where id = ?::uuid",
                id);
        escalation.escalateOverdue();
        List<MimeMessage> sent = await().atMost(Duration.ofSeconds(10)).until(this::mailsAbout, m -> m.size() == 2);
        assertThat(sent).allSatisfy(m -> assertThat(m.getSubject()).contains(WORKING_DAYS + " working days"));
    }

    @Test
    void aFailureHalfWayLeavesTheCaseWhollyWithTheSender() throws Exception {
        int northMarkers = activeMarkers("northshire");
        String id = idOf(requestTransfer("southvale", "VICTIM_MOVED", null).andExpect(status().isCreated()));
        FAIL_FOR.set(orderId);
        try {
            // MockMvc passes on what no handler turned into an answer; a server answers it with 500
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> mvc.perform(
                            post("/api/v1/transfers/{id}/accept", id).with(httpBasic("poc.southvale", "demo"))
                                    .contentType(MediaType.APPLICATION_JSON).content("{}")))
                    .hasRootCauseMessage("a module failed half-way through the transfer");
        } finally {
            FAIL_FOR.set(null);
        }
        assertThat(owner()).isEqualTo("northshire");
        assertThat(activeMarkers("northshire")).isEqualTo(northMarkers);
        assertThat(activeMarkers("southvale")).isZero();
        assertThat(exports("northshire", "WITHDRAWN") + exports("southvale", "RAISED")).isZero();
        for (String table : List.of("breach_report", "risk_assessment", "quality_review")) {
            assertThat(count(table, "southvale")).as(table).isZero();
            assertThat(count(table, "northshire")).as(table).isPositive();
        }
        assertThat(jdbc.queryForObject("select status from order_transfer where id = ?::uuid", String.class, id))
                .isEqualTo("PENDING");
        assertThat(log("southvale", "COLLECT")).isEmpty();
        mvc.perform(get("/api/v1/orders/{id}", orderId).with(httpBasic("poc.southvale", "demo")))
                .andExpect(status().isNotFound());
        // and once nothing fails, the same request is accepted
        mvc.perform(post("/api/v1/transfers/{id}/accept", id).with(httpBasic("poc.southvale", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk());
        assertThat(owner()).isEqualTo("southvale");
    }

    private ResultActions requestTransfer(String toForce, String reason, String note) throws Exception {
        return mvc.perform(post("/api/v1/transfers").with(httpBasic("poc.northshire", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"orderId\": \"" + orderId + "\", \"toForce\": \"" + toForce + "\", \"reason\": \""
                        + reason + "\"" + (note == null ? "" : ", \"note\": \"" + note + "\"") + "}"));
    }

    private static String idOf(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString()
                .replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private String owner() {
        return jdbc.queryForObject("select f.code from protective_order o join force f on f.id = o.force_id "
                + "where o.id = ?", String.class, orderId);
    }

    private int count(String table, String force) {
        return jdbc.queryForObject("select count(*) from " + table + " where order_id = ? and force_id = "
                + "(select id from force where code = ?)", Integer.class, orderId, force);
    }

    private int activeMarkers(String force) {
        return jdbc.queryForObject("select count(*) from marker where order_id = ? and withdrawn_at is null and "
                + "force_id = (select id from force where code = ?)", Integer.class, orderId, force);
    }

    private int exports(String force, String change) {
        return jdbc.queryForObject("select count(*) from marker_export e join marker m on m.id = e.marker_id "
                + "where m.order_id = ? and e.change = ? and m.force_id = (select id from force where code = ?)",
                Integer.class, orderId, change, force);
    }

    private List<String> log(String force, String action) {
        return jdbc.queryForList("select detail from access_log where subject_id = ? and action = ? and force_code = ?",
                String.class, orderId.toString(), action, force);
    }

    private long readOnlyReads() {
        return jdbc.queryForObject("select count(*) from access_log where subject_id = ? and action = 'VIEW' and "
                + "force_code = 'northshire' and detail like 'Read-only view of%'", Long.class, orderId.toString());
    }

    private List<MimeMessage> mailsAbout() {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(caseNumber);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String uniqueSurname() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        StringBuilder name = new StringBuilder("Quenby");
        for (char c : letters.substring(0, Math.min(5, letters.length())).toCharArray()) {
            name.append((char) ('k' + (c - 'a')));
        }
        return name.substring(0, 1).toUpperCase(Locale.UK) + name.substring(1);
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("nmo-transfer-export");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
