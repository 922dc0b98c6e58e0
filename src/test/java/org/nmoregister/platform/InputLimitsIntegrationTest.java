package org.nmoregister.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 10, section 3 and the unknown-field bullet of section 2: no input breaks a record or a request. Each case
 * answered 500, 201 or 200 before; each must be a 4xx problem+json naming what is at fault, with nothing stored.
 */
@IntegrationTest
class InputLimitsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister register;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.nmoregister.retention.internal.RetentionSweep retentionSweep;

    final Instant made = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    UUID orderId;
    String caseNumber;

    @BeforeEach
    void anOrderInNorthshire() {
        caseNumber = OrderFixtures.uniqueCaseNumber();
        orderId = SignedIn.as(users, "poc.northshire",
                () -> register.create(OrderFixtures.withoutNoticeNmo(caseNumber, made), "test"));
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static void refusedNaming(ResultActions result, String field) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    private int versions() {
        return jdbc.queryForObject("select count(*) from order_version where order_id = ?", Integer.class, orderId);
    }

    private void orderStillReadable() throws Exception {
        mvc.perform(get("/api/v1/orders/{id}", orderId).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void aMisspeltFieldIsRefusedNamingItNotIgnored() throws Exception {
        refusedNaming(send(post("/api/v1/orders/{id}/service", orderId), "poc.northshire",
                "{\"servedat\": \"" + made.plus(1, ChronoUnit.DAYS) + "\", \"method\": \"PERSONAL\"}"), "servedat");
        refusedNaming(send(post("/api/v1/orders/{id}/versions", orderId), "poc.northshire",
                "{\"kind\": \"EXTENSION\", \"effectiveFrom\": \"" + made + "\", \"endDate\": \"" + made + "\"}"),
                "endDate");
        refusedNaming(send(post("/api/v1/notifications"), "court-feed.northshire",
                "{\"source\": \"COURT_FEED\", \"externalReference\": \"FL-" + caseNumber + "\", "
                        + "\"caseNumber\": \"" + caseNumber + "\", \"penalnotice\": true}"), "penalnotice");
        refusedNaming(send(post("/api/v1/breaches/check"), "officer.northshire",
                "{\"orderId\": \"" + orderId + "\", \"occuredAt\": \"" + made + "\", \"conduct\": \"CONTACT\"}"),
                "occuredAt");
        assertThat(versions()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notification where external_reference = ?",
                Integer.class, "FL-" + caseNumber)).isZero();
    }

    @Test
    void anEndDateBeyondAnyCalendarIsRefusedAndTheOrderStaysReadable() throws Exception {
        refusedNaming(send(post("/api/v1/orders/{id}/versions", orderId), "poc.northshire",
                "{\"kind\": \"EXTENSION\", \"effectiveFrom\": \"" + made + "\", "
                        + "\"endsAt\": \"+300000-01-01T00:00:00Z\"}"), "endsAt");
        refusedNaming(send(post("/api/v1/orders/{id}/versions", orderId), "poc.northshire",
                "{\"kind\": \"EXTENSION\", \"effectiveFrom\": \"" + made + "\", \"endsAt\": \"2400-01-01T00:00:00Z\"}"),
                "endsAt");
        refusedNaming(send(post("/api/v1/orders/{id}/versions", orderId), "poc.northshire",
                "{\"kind\": \"VARIATION\", \"effectiveFrom\": \"" + made + "\", "
                        + "\"returnHearing\": {\"at\": \"+99999-01-01T00:00:00Z\"}}"), "returnHearing.at");
        refusedNaming(send(post("/api/v1/orders/{id}/versions", orderId), "poc.northshire",
                "{\"kind\": \"VARIATION\", \"effectiveFrom\": \"" + made + "\", "
                        + "\"applicant\": {\"name\": \"Jane Smith\", \"dateOfBirth\": \"2999-01-01\"}}"),
                "applicant.dateOfBirth");
        refusedNaming(send(post("/api/v1/orders/{id}/service", orderId), "poc.northshire",
                "{\"servedAt\": \"1066-10-14T09:00:00Z\", \"method\": \"PERSONAL\"}"), "servedAt");
        assertThat(versions()).isEqualTo(1);
        orderStillReadable();
    }

    @Test
    void aStoredEndDateBeyondWhatTheDatabaseHoldsDoesNotMakeTheOrderUnreadable() throws Exception {
        // A row written before dates were checked at the edge: versions are immutable, so a test can only add one.
        String details = jdbc.queryForObject("select details::text from order_version where order_id = ? and version = 1",
                String.class, orderId);
        String extreme = details.replaceFirst("\"endsAt\": ?\"[^\"]+\"", "\"endsAt\":\"+300000-01-01T00:00:00Z\"");
        assertThat(extreme).contains("+300000");
        jdbc.update("insert into order_version (order_id, version, change_kind, effective_from, recorded_at, "
                + "recorded_by, note, details) select order_id, 2, 'EXTENSION', effective_from, recorded_at, "
                + "recorded_by, 'written before dates were checked', cast(? as jsonb) from order_version "
                + "where order_id = ? and version = 1", extreme, orderId);
        jdbc.update("update protective_order set latest_version = 2 where id = ?", orderId);
        orderStillReadable();
        mvc.perform(get("/api/v1/orders/{id}", orderId).param("reason", "INC 1")
                        .with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/orders/{id}/quality-assurance", orderId).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/orders/{id}", orderId).with(user(users.loadUserByUsername("poc.northshire"))))
                .andExpect(status().isOk());
        // every reader outside the orders module copes too: the register list, its CSV, the retention sweep over the
        // whole register, and a subject access request for the applicant (its JSON and PDF)
        mvc.perform(get("/api/v1/orders").param("status", "IN_FORCE").with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/register/orders.csv").with(user(users.loadUserByUsername("poc.northshire"))))
                .andExpect(status().isOk());
        retentionSweep.sweep();
        String applicant = jdbc.queryForObject("select details->'applicant'->>'name' from order_version "
                + "where order_id = ? and version = 2", String.class, orderId);
        String requestId = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/subject-access")
                        .with(httpBasic("supervisor.northshire", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reference\": \"SAR-" + caseNumber + "\", \"name\": \"" + applicant + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.requestId");
        mvc.perform(get("/api/v1/subject-access/{id}/pdf", requestId).with(httpBasic("supervisor.northshire", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void aNulCharacterIsRefusedNamingTheFieldOrParameter() throws Exception {
        refusedNaming(send(post("/api/v1/orders/{id}/versions", orderId), "poc.northshire",
                "{\"kind\": \"CORRECTION\", \"effectiveFrom\": \"" + made + "\", \"note\": \"typo\\u0000\"}"), "note");
        refusedNaming(send(post("/api/v1/orders/{id}/service", orderId), "poc.northshire",
                "{\"servedAt\": \"" + made.plus(1, ChronoUnit.DAYS) + "\", \"method\": \"PERSONAL\", "
                        + "\"servedBy\": \"PC\\u0000 1\"}"), "servedBy");
        refusedNaming(mvc.perform(get("/api/v1/orders").param("caseNumber", "LS\u0000")
                .with(httpBasic("poc.northshire", "demo"))), "caseNumber");
        refusedNaming(mvc.perform(get("/api/v1/orders").param("name", "Smith\u0000")
                .with(httpBasic("poc.northshire", "demo"))), "name");
        assertThat(versions()).isEqualTo(1);
    }

    @Test
    void aNulCharacterInAPageFormIsAReadablePageNotAnError() throws Exception {
        mvc.perform(post("/orders/{id}/service", orderId).with(user(users.loadUserByUsername("poc.northshire")))
                        .with(csrf()).param("servedAt", made.plus(1, ChronoUnit.DAYS).toString())
                        .param("method", "PERSONAL").param("servedBy", "PC\u0000 4417"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("servedBy")));
        assertThat(versions()).isEqualTo(1);
    }

    @Test
    void aStringLongerThanItsLimitIsRefusedNamingTheField() throws Exception {
        String court = "C".repeat(201);
        refusedNaming(send(post("/api/v1/orders/{id}/versions", orderId), "poc.northshire",
                "{\"kind\": \"CORRECTION\", \"effectiveFrom\": \"" + made + "\", \"court\": \"" + court + "\"}"),
                "court");
        refusedNaming(send(post("/api/v1/orders/{id}/versions", orderId), "poc.northshire",
                "{\"kind\": \"CORRECTION\", \"effectiveFrom\": \"" + made + "\", \"note\": \"" + "n".repeat(2001)
                        + "\"}"), "note");
        refusedNaming(send(post("/api/v1/orders/{id}/service", orderId), "poc.northshire",
                "{\"servedAt\": \"" + made.plus(1, ChronoUnit.DAYS) + "\", \"method\": \"PERSONAL\", "
                        + "\"servedBy\": \"" + "P".repeat(5000) + "\"}"), "servedBy");
        refusedNaming(send(post("/api/v1/orders/{id}/versions", orderId), "poc.northshire",
                "{\"kind\": \"CORRECTION\", \"effectiveFrom\": \"" + made + "\", \"terms\": [\"" + "t".repeat(100_000)
                        + "\"]}"), "terms[0]");
        assertThat(versions()).isEqualTo(1);
    }

    @Test
    void aBodyOfManyMegabytesIs413ProblemJson() throws Exception {
        send(post("/api/v1/orders/{id}/versions", orderId), "poc.northshire",
                "{\"kind\": \"CORRECTION\", \"effectiveFrom\": \"" + made + "\", \"notes\": \""
                        + "x".repeat(5 * 1024 * 1024) + "\"}")
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(versions()).isEqualTo(1);
    }

    @Test
    void aBreachCheckAgainstAnUnknownOrderIsRefusedNamingTheOrder() throws Exception {
        refusedNaming(send(post("/api/v1/breaches/check"), "officer.northshire",
                "{\"orderId\": \"" + UUID.randomUUID() + "\", \"occurredAt\": \"" + made + "\", \"conduct\": \"CONTACT\"}"),
                "orderId");
        // another force's order is, to this user, no order at all
        refusedNaming(send(post("/api/v1/breaches/check"), "officer.southvale",
                "{\"orderId\": \"" + orderId + "\", \"occurredAt\": \"" + made + "\", \"conduct\": \"CONTACT\"}"),
                "orderId");
    }
}
