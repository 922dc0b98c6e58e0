package org.nmoregister.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Relationship;
import org.nmoregister.orders.Respondent;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Disposal reaches the exports' outbox (issue 15): with an export target configured, a flagged case's markers are
 * written to {@code marker_export} for it, and disposing of the case removes those messages with their names, and the
 * case from the register list, its page, its CSV and subject access.
 */
@IntegrationTest
class DisposalOutboxIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path DROP = tempDirectory();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) {
        properties.add("nmo.flags.export.targets[0].name", () -> "PNC");
        properties.add("nmo.flags.export.targets[0].type", () -> "FILE_DROP");
        properties.add("nmo.flags.export.targets[0].directory", DROP::toString);
        properties.add("nmo.flags.export.interval", () -> "PT1H");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    final Instant made = Instant.now().minus(9 * 365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    /**
     * A case that was flagged (its markers raised and sent through the export outbox) and listed, then discharged long
     * ago: once disposed of, its names are in no export message, and the register list, its page and its CSV, and a
     * subject access search no longer find it; before, they did (so the checks are not passing by seeing nothing).
     */
    @Test
    void aDisposedCaseLeavesTheExportOutboxTheRegisterListItsCsvAndSubjectAccess() throws Exception {
        String surname = RetentionIntegrationTest.surname();
        String applicant = "Iris " + surname;
        String respondent = "Gavin " + surname;
        String court = "Ravensholt Family Court " + surname;
        mvc.perform(post("/api/v1/courts").with(httpBasic("admin.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + court
                                + "\",\"email\":\"family@ravensholt.court.example\",\"reason\":\"Listed by HMCTS\"}"))
                .andExpect(status().is2xxSuccessful());
        String caseNumber = OrderFixtures.uniqueCaseNumber();
        OrderDetails live = new OrderDetails(court, caseNumber, OrderType.NMO, made, false, null,
                DurationKind.UNTIL_FURTHER_ORDER, null, true,
                new ProtectedPerson(applicant, LocalDate.of(1990, 5, 1), List.of(),
                        List.of(new Address("14 Acacia Avenue", null, "Leeds", "LS6 2AB", false)), List.of()),
                List.of(), List.of(), new Respondent(respondent, LocalDate.of(1988, 4, 12), List.of(), List.of(),
                        List.of(), null, List.of(), null),
                Relationship.FORMER_SPOUSE,
                List.of(new Term(1, "The respondent must not use or threaten violence against the applicant.")),
                List.of(new ServiceRecord(made.plus(1, ChronoUnit.DAYS), ServiceMethod.PERSONAL, "PC 4417", null,
                        null)), null, null);
        UUID orderId = SignedIn.as(users, "poc.northshire", () -> orders.create(live, "retention outbox test"));
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", orderId)
                        .with(httpBasic("supervisor.northshire", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"overrideReason\": \"Court confirmed the order by telephone\"}"))
                .andExpect(status().isOk());
        waitFor("the markers were exported", "select count(*) from marker_export e join marker m on m.id = "
                + "e.marker_id where m.order_id = ?", orderId);
        assertThat(rows("select count(*) from marker_export where payload::text like ?", "%" + surname + "%"))
                .as("the outbox names them before").isPositive();
        assertThat(rows("select count(*) from order_version_flagged where order_id = ?", orderId))
                .as("when its version was first flagged, kept for reporting").isPositive();
        Instant discharged = made.plus(180, ChronoUnit.DAYS);
        OrderDetails ended = new OrderDetails(court, caseNumber, OrderType.NMO, made, false, null,
                DurationKind.UNTIL_FURTHER_ORDER, null, true, live.applicant(), List.of(), List.of(),
                live.respondent(), Relationship.FORMER_SPOUSE, live.terms(), live.service(), discharged, null);
        SignedIn.as(users, "poc.northshire", () -> orders.addVersion(orderId, org.nmoregister.orders.ChangeKind
                .DISCHARGE, discharged, ended, "Discharged on the applicant's application"));
        // MockMvc takes the URL as a template and encodes it: a value with spaces is passed as it is
        String courtParam = court;
        var poc = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername("poc.northshire"));
        for (String url : List.of("/register/orders.csv?court=" + courtParam, "/register?court=" + courtParam,
                "/api/v1/orders?court=" + courtParam)) {
            assertThat(mvc.perform(get(url).with(poc)).andReturn().getResponse().getContentAsString())
                    .as("before disposal: " + url).contains(caseNumber);
        }

        // what the case's own modules opened today (the safeguarding tasks) is dated as it would have been then
        java.sql.Timestamp then = java.sql.Timestamp.from(discharged.plus(1, ChronoUnit.DAYS));
        jdbc.update("update safeguarding_task set created_at = ?, due_at = ? where order_id = ?", then, then, orderId);
        mvc.perform(post("/api/v1/retention/sweep").with(httpBasic("admin.northshire", "demo")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/retention/cases/{id}/dispose", orderId)
                        .with(httpBasic("supervisor.northshire", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Reviewed: discharged long ago, no risk remains\"}"))
                .andExpect(status().isOk());

        assertThat(rows("select count(*) from marker_export where payload::text like ?", "%" + surname + "%"))
                .as("export messages naming them").isZero();
        assertThat(rows("select count(*) from order_version_flagged where order_id = ?", orderId))
                .as("when its versions were flagged, gone with the order").isZero();
        assertThat(rows("select count(*) from event_publication where serialized_event like ?", "%" + surname + "%"))
                .as("events between modules naming them").isZero();
        for (String url : List.of("/register/orders.csv?court=" + courtParam, "/register?court=" + courtParam,
                "/api/v1/orders?court=" + courtParam, "/api/v1/orders?caseNumber=" + caseNumber,
                "/api/v1/orders?name=" + applicant)) {
            String body = mvc.perform(get(url).with(poc)).andReturn().getResponse().getContentAsString();
            // the court typed as a filter is echoed on the page: the names and the case number are what must go
            assertThat(body).as(url).doesNotContain(caseNumber).doesNotContain(applicant).doesNotContain(respondent);
        }
        String search = mvc.perform(post("/api/v1/subject-access").with(httpBasic("supervisor.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"reference": "SAR-2026-%s", "name": "%s"}""".formatted(surname, applicant)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JSON.readTree(search).path("records").size()).as(search).isZero();
    }

    int rows(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    void waitFor(String what, String sql, Object... args) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (rows(sql, args) == 0) {
            assertThat(Instant.now()).as(what).isBefore(until);
            Thread.sleep(100);
        }
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("nmo-disposal-export");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
