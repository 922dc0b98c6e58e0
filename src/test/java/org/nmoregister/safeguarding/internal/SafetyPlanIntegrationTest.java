package org.nmoregister.safeguarding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.nmoregister.flags.internal.ExportDispatcher;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
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
 * A safety plan is kept in versions, each with who and when; its measures are checked field by field; a Location of
 * Interest measure raises a marker that flags exports like any other, survives the order's next assured version, and
 * is withdrawn (and the withdrawal exported) when the measure is removed; the plan shows on the order page.
 */
@IntegrationTest
class SafetyPlanIntegrationTest {

    static final Path DROP = tempDirectory();

    @DynamicPropertySource
    static void targets(DynamicPropertyRegistry properties) {
        properties.add("nmo.flags.export.targets[0].name", () -> "RMS");
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
    @Autowired
    ExportDispatcher dispatcher;

    final Instant made = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    final LocalDate review = LocalDate.now().plusMonths(1);

    @Test
    void measuresAreSavedAsVersionsAndALocationOfInterestIsRaisedExportedAndWithdrawn() throws Exception {
        UUID id = createAndAssure();
        await().atMost(Duration.ofSeconds(15)).until(() -> markers(id, "SUBJECT").size() == 1);
        String api = "/api/v1/safeguarding/plans/" + id;

        mvc.perform(get(api).with(httpBasic("safeguarding.northshire", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.people[0]").value("Jane Smith"))
                .andExpect(jsonPath("$.people[1]").value("The children"));
        add(id, """
                {"person": "Jane Smith", "kind": "ALARM", "details": "TecSOS phone issued", "owner": "PC 1234 Ellis",
                 "reviewOn": "%s"}""".formatted(review)).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.recordedBy").value("safeguarding.northshire"));
        add(id, """
                {"person": "Jane Smith", "kind": "LOCATION_OF_INTEREST", "owner": "Force control room",
                 "reviewOn": "%s"}""".formatted(review)).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.measures[1].markerId").isNotEmpty());

        List<UUID> loi = markers(id, "LOCATION_OF_INTEREST");
        assertThat(loi).hasSize(1);
        assertThat(jdbc.queryForList("select change from marker_export where marker_id = ? and target = 'RMS'",
                String.class, loi.get(0))).containsExactly("RAISED");
        dispatcher.dispatch();
        String exported = Files.readString(DROP.resolve(jdbc.queryForObject(
                "select id::text from marker_export where marker_id = ?", String.class, loi.get(0)) + ".json"));
        assertThat(exported).contains("LOCATION_OF_INTEREST").contains(id.toString());

        // The order's next assured version redraws its own markers and leaves the Location of Interest alone.
        OrderDetails current = as("poc.northshire", () -> orders.current(id).details());
        as("poc.northshire", () -> orders.addVersion(id, ChangeKind.VARIATION, made.plus(1, ChronoUnit.HOURS),
                current, "FL404B varied"));
        assure(id);
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from marker where order_id = ? and order_version = 2", Integer.class, id) > 0);
        assertThat(jdbc.queryForObject("select withdrawn_at is null from marker where id = ?", Boolean.class,
                loi.get(0))).isTrue();

        // A measure for the bail conditions needs its end; bad fields are named; nothing is saved.
        add(id, """
                {"person": "Nobody", "kind": "BAIL_CONDITIONS", "owner": "", "reviewOn": "2001-01-01"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "person", "owner", "reviewOn", "endsOn")));
        add(id, """
                {"person": "Jane Smith", "kind": "ALARM", "owner": "x", "reviewOn": "%s", "colour": "red"}"""
                .formatted(review)).andExpect(status().isBadRequest());
        add(id, """
                {"person": "Jane Smith", "kind": "ALARM", "owner": "%s", "reviewOn": "%s"}"""
                .formatted("x".repeat(201), review)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("owner"));
        mvc.perform(get(api).with(httpBasic("officer.northshire", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get(api).with(httpBasic("safeguarding.southvale", "demo"))).andExpect(status().isNotFound());

        String loiMeasure = com.jayway.jsonpath.JsonPath.read(mvc.perform(get(api)
                        .with(httpBasic("safeguarding.northshire", "demo"))).andReturn().getResponse()
                .getContentAsString(), "$.measures[1].id");
        mvc.perform(delete(api + "/measures/" + loiMeasure).with(httpBasic("safeguarding.northshire", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.measures.length()").value(1));
        assertThat(jdbc.queryForObject("select withdrawal from marker where id = ?", String.class, loi.get(0)))
                .isEqualTo("NO_LONGER_NEEDED");
        assertThat(jdbc.queryForList("select change from marker_export where marker_id = ? and target = 'RMS'",
                String.class, loi.get(0))).containsExactlyInAnyOrder("RAISED", "WITHDRAWN");

        mvc.perform(get(api + "/versions").with(httpBasic("supervisor.northshire", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].change").value(org.hamcrest.Matchers.startsWith("Removed: Location")))
                .andExpect(jsonPath("$[2].change").value("Added: Alarm for Jane Smith"));
    }

    @Test
    void theMeasureFormKeepsWhatWasTypedWithItsErrorsAndTheOrderPageShowsThePlan() throws Exception {
        UUID id = createAndAssure();
        var sg = user(users.loadUserByUsername("safeguarding.northshire"));
        String form = mvc.perform(post("/safeguarding/plans/" + id + "/measures").with(sg).with(csrf())
                        .param("person", "Jane Smith").param("kind", "DVPO").param("owner", "PC 1234 Ellis")
                        .param("reviewOn-day", "31").param("reviewOn-month", "2").param("reviewOn-year", "2027"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("<title>Error: Add a measure").contains("Review date must be a real date")
                .contains("href=\"#reviewOn-day\"").contains("value=\"PC 1234 Ellis\"")
                .contains("Back to the safety plan");

        mvc.perform(post("/safeguarding/plans/" + id + "/measures").with(sg).with(csrf())
                        .param("person", "The children").param("kind", "SCHOOL_INFORMED")
                        .param("details", "Head teacher told").param("owner", "Schools liaison officer")
                        .param("reviewOn-day", String.valueOf(review.getDayOfMonth()))
                        .param("reviewOn-month", String.valueOf(review.getMonthValue()))
                        .param("reviewOn-year", String.valueOf(review.getYear())))
                .andExpect(status().is3xxRedirection());
        String plan = mvc.perform(get("/safeguarding/plans/" + id).with(sg)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(plan).contains("School informed").contains("Head teacher told").contains("Version 1");
        String order = mvc.perform(get("/orders/" + id).param("reason", "INC-20261204-0101 safety plan").with(sg)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(order).contains("id=\"order-safety-plan\"").contains("Head teacher told")
                .contains("/safeguarding/plans/" + id);
        String officers = mvc.perform(get("/orders/" + id).param("reason", "INC-20261204-0102 attending")
                        .with(user(users.loadUserByUsername("officer.northshire")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(officers).contains(details(id)).doesNotContain("order-safety-plan");
    }

    private String details(UUID id) {
        return jdbc.queryForObject("select case_number from protective_order where id = ?", String.class, id);
    }

    private org.springframework.test.web.servlet.ResultActions add(UUID id, String body) throws Exception {
        return mvc.perform(post("/api/v1/safeguarding/plans/" + id + "/measures")
                .with(httpBasic("safeguarding.northshire", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private UUID createAndAssure() throws Exception {
        OrderDetails details = OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), made)
                .withEnd(DurationKind.UNTIL_FURTHER_ORDER, null);
        UUID id = as("poc.northshire", () -> orders.create(details, null));
        assure(id);
        return id;
    }

    private void assure(UUID id) throws Exception {
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk());
    }

    private List<UUID> markers(UUID orderId, String kind) {
        return jdbc.queryForList("select id from marker where order_id = ? and kind = ?", UUID.class, orderId, kind);
    }

    private <T> T as(String username, Supplier<T> work) {
        return SignedIn.as(users, username, work);
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("nmo-loi-drop");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
