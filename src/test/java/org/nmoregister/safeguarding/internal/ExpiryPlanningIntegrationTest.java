package org.nmoregister.safeguarding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.safeguarding.TaskKind;
import org.nmoregister.safeguarding.TaskStatus;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An order ending within 28 days has one expiry-planning task, whatever versions follow and however many sweeps run
 * (at once, too); a moved end moves it, an extension beyond 28 days or a discharge cancels it; the decision is
 * recorded once; an order that lapses with none is listed.
 */
@IntegrationTest
class ExpiryPlanningIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    ExpiryPlanning planning;
    @Autowired
    Tasks tasks;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    final Instant made = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void anOrderEndingWithinTheLeadTimeHasExactlyOneTaskHoweverManyVersionsAndSweeps() throws Exception {
        Instant end = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        UUID id = createAndAssure(end);
        await().atMost(Duration.ofSeconds(15)).until(() -> expiryTasks(id).size() == 1);
        Map<String, Object> task = expiryTasks(id).get(0);
        assertThat(task.get("status")).isEqualTo("OPEN");
        assertThat(((java.sql.Timestamp) task.get("due_at")).toInstant())
                .as("due a week before the end").isEqualTo(end.minus(7, ChronoUnit.DAYS));

        // Versions that keep the end (a service, a variation of the wording) leave the one task as it is.
        as(() -> orders.recordService(id, new ServiceRecord(made.plus(1, ChronoUnit.HOURS), ServiceMethod.PERSONAL,
                "PC 1234 Ellis", null, null)));
        OrderDetails current = as(() -> orders.current(id).details());
        as(() -> orders.addVersion(id, ChangeKind.VARIATION, made.plus(2, ChronoUnit.HOURS), current,
                "FL404B: wording only"));
        awaitVersionApplied(id, 3);
        planning.sweep();
        planning.sweep();
        var racing = List.of(CompletableFuture.supplyAsync(planning::sweep),
                CompletableFuture.supplyAsync(planning::sweep), CompletableFuture.supplyAsync(planning::sweep));
        racing.forEach(CompletableFuture::join);
        assertThat(expiryTasks(id)).hasSize(1).first()
                .satisfies(t -> assertThat(t.get("id")).isEqualTo(task.get("id")));
        assertThat(tasks.historyOf((UUID) task.get("id"))).extracting(h -> h.action)
                .containsExactly(TaskAction.CREATED);
    }

    @Test
    void aChangedEndMovesTheOpenTaskAndAnExtensionBeyondTheLeadTimeCancelsIt() throws Exception {
        Instant end = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        UUID id = createAndAssure(end);
        await().atMost(Duration.ofSeconds(15)).until(() -> expiryTasks(id).size() == 1);
        UUID taskId = (UUID) expiryTasks(id).get(0).get("id");

        Instant sooner = end.plus(5, ChronoUnit.DAYS);
        extend(id, sooner);
        awaitVersionApplied(id, 2);
        await().atMost(Duration.ofSeconds(15)).until(() -> tasks.get(taskId, force()).dueAt
                .equals(sooner.minus(7, ChronoUnit.DAYS)));
        assertThat(expiryTasks(id)).hasSize(1);
        assertThat(tasks.historyOf(taskId)).extracting(h -> h.action)
                .containsExactly(TaskAction.CREATED, TaskAction.MOVED);

        // Extended to six months: the court has decided; the task closes and a new one comes 28 days before the new end.
        extend(id, end.plus(180, ChronoUnit.DAYS));
        awaitVersionApplied(id, 3);
        await().atMost(Duration.ofSeconds(15)).until(() -> tasks.get(taskId, force()).status == TaskStatus.CANCELLED);
        assertThat(tasks.get(taskId, force()).outcome).contains("more than 28 days away");
        planning.sweep();
        assertThat(expiryTasks(id)).hasSize(1);
        assertThat(jdbc.queryForObject("select planned_end is null from safeguarding_order_end where order_id = ?",
                Boolean.class, id)).isTrue();
    }

    @Test
    void aDischargeCancelsTheOpenTask() throws Exception {
        UUID id = createAndAssure(Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        await().atMost(Duration.ofSeconds(15)).until(() -> expiryTasks(id).size() == 1);
        UUID taskId = (UUID) expiryTasks(id).get(0).get("id");
        OrderDetails current = as(() -> orders.current(id).details());
        as(() -> orders.addVersion(id, ChangeKind.DISCHARGE, Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS),
                current, "Discharged on the applicant's application"));
        await().atMost(Duration.ofSeconds(15)).until(() -> tasks.get(taskId, force()).status == TaskStatus.CANCELLED);
        assertThat(tasks.get(taskId, force()).outcome).startsWith("The order was discharged");
    }

    @Test
    void theDecisionIsRecordedOnceAndABadOneWritesNothing() throws Exception {
        UUID id = createAndAssure(Instant.now().plus(15, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        await().atMost(Duration.ofSeconds(15)).until(() -> expiryTasks(id).size() == 1);
        UUID taskId = (UUID) expiryTasks(id).get(0).get("id");
        String url = "/api/v1/safeguarding/expiry/" + taskId + "/decision";

        mvc.perform(post(url).with(httpBasic("safeguarding.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("decision"));
        mvc.perform(post(url).with(httpBasic("safeguarding.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"NO_FURTHER_ACTION\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(post(url).with(httpBasic("safeguarding.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"EXTENSION_APPLIED\", \"colour\": \"red\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(url).with(httpBasic("safeguarding.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"EXTENSION_APPLIED\", \"note\": \"" + "x".repeat(2001) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        assertThat(tasks.get(taskId, force()).status).as("nothing half-written").isEqualTo(TaskStatus.OPEN);
        mvc.perform(post(url).with(httpBasic("officer.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"EXTENSION_APPLIED\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(url).with(httpBasic("safeguarding.southvale", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"EXTENSION_APPLIED\"}"))
                .andExpect(status().isNotFound());

        mvc.perform(post(url).with(httpBasic("safeguarding.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"EXTENSION_APPLIED\", \"note\": \"Applicant applying on FL403\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.decision.decision").value("EXTENSION_APPLIED"))
                .andExpect(jsonPath("$.decision.decidedBy").value("safeguarding.northshire"));
        mvc.perform(post(url).with(httpBasic("safeguarding.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"VICTIM_DECLINES\"}"))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select count(*) from safeguarding_expiry_decision where task_id = ?",
                Integer.class, taskId)).isEqualTo(1);
        planning.sweep();
        assertThat(expiryTasks(id)).as("a decided end gets no second task").hasSize(1);

        String page = mvc.perform(get("/safeguarding/expiry/" + taskId).with(page("safeguarding.northshire")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Extension applied for (FL403)").contains("Applicant applying on FL403")
                .contains("Back to the order").doesNotContain("EXTENSION_APPLIED\"", "name=\"decision\"");
    }

    @Test
    void theFormShowsErrorsKeepingTheInput() throws Exception {
        UUID id = createAndAssure(Instant.now().plus(15, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        await().atMost(Duration.ofSeconds(15)).until(() -> expiryTasks(id).size() == 1);
        UUID taskId = (UUID) expiryTasks(id).get(0).get("id");
        String page = mvc.perform(post("/safeguarding/expiry/" + taskId)
                        .with(page("safeguarding.northshire"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("decision", "NO_FURTHER_ACTION"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<title>Error: Planning for the order").contains("There is a problem")
                .contains("Say why no further action is taken").contains("href=\"#note\"")
                .containsPattern("value=\"NO_FURTHER_ACTION\"\\s+checked");
        assertThat(tasks.get(taskId, force()).status).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void anOrderThatLapsesWithNoDecisionIsListedAndOneDecidedIsNot() throws Exception {
        Instant end = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        UUID lapsed = createAndAssure(end);
        await().atMost(Duration.ofSeconds(15)).until(() -> expiryTasks(lapsed).size() == 1);
        UUID decided = createAndAssure(end);
        await().atMost(Duration.ofSeconds(15)).until(() -> expiryTasks(decided).size() == 1);
        as(() -> planning.decide((UUID) expiryTasks(decided).get(0).get("id"), "VICTIM_DECLINES",
                "Victim moving out of area"));
        await().atMost(Duration.ofSeconds(15)).until(() -> Instant.now().isAfter(end.plusSeconds(1)));
        planning.sweep();
        assertThat(expiryTasks(lapsed)).hasSize(1).first()
                .satisfies(t -> assertThat(t.get("status")).as("still there to decide").isEqualTo("OPEN"));

        String body = mvc.perform(get("/api/v1/safeguarding/expiry/lapsed").with(httpBasic("supervisor.northshire", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains(lapsed.toString()).doesNotContain(decided.toString());
        String page = mvc.perform(get("/safeguarding/expiry/lapsed").with(page("safeguarding.northshire")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/orders/" + lapsed).contains("Task to do").contains("data-list-total=");
        mvc.perform(get("/api/v1/safeguarding/expiry/lapsed").with(httpBasic("safeguarding.southvale", "demo")))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(lapsed.toString()));
        mvc.perform(get("/api/v1/safeguarding/expiry/lapsed").with(httpBasic("analyst.northshire", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBreachAVariationAndAnApproachingEndEachPromptOneSafetyPlanReview() throws Exception {
        UUID id = createAndAssure(Instant.now().plus(12, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        await().atMost(Duration.ofSeconds(15)).until(() -> reviews(id).size() == 1);
        assertThat(reviews(id).get(0).get("dedupe_key").toString()).startsWith("end:");

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String breach = """
                {"orderId": "%s", "reportedAt": "%s", "reporterKind": "VICTIM", "reporterName": "Jane Smith",
                 "incidents": [{"occurredAt": "%s", "conduct": "CONTACT", "channel": "TEXT",
                   "description": "Texts overnight", "termReported": "Paragraph 1",
                   "location": {"postcode": "LS6 2AB", "placeKind": "HOME"}}]}
                """.formatted(id, now, now.minus(1, ChronoUnit.HOURS));
        String reported = mvc.perform(post("/api/v1/breaches").with(httpBasic("officer.northshire", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(breach)).andExpect(status().is2xxSuccessful())
                .andReturn().getResponse().getContentAsString();
        await().atMost(Duration.ofSeconds(15)).until(() -> reviews(id).stream()
                .anyMatch(r -> r.get("dedupe_key").toString().startsWith("breach:")));

        // Assessed HIGH after the breach: the order coming to its end goes on the risk meeting's agenda.
        String breachId = com.jayway.jsonpath.JsonPath.read(reported, "$.id");
        assertThat(agendaFor(id)).as("not high-risk yet").isEmpty();
        await().atMost(Duration.ofSeconds(15)).until(() -> com.jayway.jsonpath.JsonPath.<Object>read(
                mvc.perform(get("/api/v1/breaches/" + breachId).with(httpBasic("poc.northshire", "demo")))
                        .andReturn().getResponse().getContentAsString(), "$.risk.assessmentId") != null);
        String assessmentId = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/breaches/" + breachId)
                .with(httpBasic("poc.northshire", "demo"))).andReturn().getResponse().getContentAsString(),
                "$.risk.assessmentId");
        StringBuilder answers = new StringBuilder();
        for (int q = 1; q <= 27; q++) {
            answers.append(q == 1 ? "" : ", ").append("\"q").append(q).append("\": \"").append(q <= 16 ? "YES" : "NO")
                    .append('"');
        }
        mvc.perform(post("/api/v1/risk/assessments/{id}/answers", assessmentId)
                .with(httpBasic("safeguarding.northshire", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\": {" + answers + "}}")).andExpect(status().isOk());
        assertThat(agendaFor(id)).singleElement().satisfies(item -> {
            assertThat(item.section()).isEqualTo(org.nmoregister.risk.RiskMeetingContributor.Section.HIGH_RISK);
            assertThat(item.link()).startsWith("/safeguarding/expiry/");
            assertThat(item.summary()).contains("high-risk order ends");
        });

        OrderDetails current = as(() -> orders.current(id).details());
        as(() -> orders.addVersion(id, ChangeKind.VARIATION, made.plus(3, ChronoUnit.HOURS), current,
                "FL404B varied"));
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(15)).until(() -> reviews(id).size() == 3);
        planning.sweep();
        assertThat(reviews(id)).extracting(r -> r.get("dedupe_key").toString().replaceAll(":.*", ""))
                .containsExactlyInAnyOrder("end", "breach", "change");
        mvc.perform(get("/api/v1/safeguarding/expiry/" + reviews(id).get(0).get("id"))
                .with(httpBasic("safeguarding.northshire", "demo"))).andExpect(status().isNotFound());
    }

    @Autowired
    ExpiryAgenda agenda;

    private List<org.nmoregister.risk.RiskMeetingContributor.AgendaItem> agendaFor(UUID orderId) {
        String caseNumber = jdbc.queryForObject("select case_number from protective_order where id = ?", String.class,
                orderId);
        return SignedIn.as(users, "supervisor.northshire", () -> agenda.agenda(Instant.now().minusSeconds(86400),
                Instant.now())).stream().filter(i -> caseNumber.equals(i.reference())).toList();
    }

    private List<Map<String, Object>> reviews(UUID orderId) {
        return jdbc.queryForList("select id, dedupe_key from safeguarding_task where order_id = ? and kind = ? "
                + "order by created_at", orderId, TaskKind.SAFETY_PLAN_REVIEW.name());
    }

    private UUID createAndAssure(Instant end) throws Exception {
        OrderDetails details = OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), made)
                .withEnd(DurationKind.UNTIL_DATE, end);
        UUID id = as(() -> orders.create(details, null));
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk());
        return id;
    }

    private void extend(UUID id, Instant newEnd) {
        OrderDetails current = as(() -> orders.current(id).details());
        as(() -> orders.addVersion(id, ChangeKind.EXTENSION, Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS),
                current.withEnd(DurationKind.UNTIL_DATE, newEnd), "FL403 granted"));
    }

    private void awaitVersionApplied(UUID id, int version) {
        await().atMost(Duration.ofSeconds(15)).until(() -> Integer.valueOf(version).equals(jdbc.queryForObject(
                "select version from safeguarding_order_end where order_id = ?", Integer.class, id)));
    }

    private List<Map<String, Object>> expiryTasks(UUID orderId) {
        return jdbc.queryForList("select id, status, due_at from safeguarding_task where order_id = ? and kind = ?",
                orderId, TaskKind.EXPIRY_PLANNING.name());
    }

    private UUID force() {
        return jdbc.queryForObject("select id from force where code = 'northshire'", UUID.class);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor page(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername(username));
    }

    private <T> T as(Supplier<T> work) {
        return SignedIn.as(users, "poc.northshire", work);
    }
}
