package org.nmoregister.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.monitoring.checks.ProactiveChecks;
import org.nmoregister.monitoring.duties.NotificationDuties;
import org.nmoregister.monitoring.priority.Suggestions;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.Term;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Monitoring's done-when, end to end on the real application: a respondent with two breaches in the risk rules'
 * window is suggested with the reason and accepted; an overdue proactive check is on the daily risk meeting's agenda;
 * an unmet DAPO notification duty is raised to its owner, once, with the order's text.
 */
@IntegrationTest
class MonitoringIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    OrderRegister register;
    @Autowired
    Suggestions suggestions;
    @Autowired
    ProactiveChecks checks;
    @Autowired
    NotificationDuties duties;

    String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
    }

    UUID order(OrderDetails details) {
        UUID id = SignedIn.as(users, "poc.northshire", () -> register.create(details, "monitoring test"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from monitoring_order where order_id = ?", Integer.class, id) == 1);
        return id;
    }

    void breach(UUID orderId, String victim, Instant at) throws Exception {
        mvc.perform(post("/api/v1/breaches").with(httpBasic("officer.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"orderId": "%s", "reportedAt": "%s", "reporterKind": "VICTIM", "protectedPerson": "%s",
                                 "incidents": [{"occurredAt": "%s", "conduct": "APPROACH", "channel": "IN_PERSON",
                                   "description": "He waited outside her work"}]}
                                """.formatted(orderId, at, victim, at.minus(1, ChronoUnit.HOURS))))
                .andExpect(status().isCreated());
    }

    @Test
    void aRespondentWithTwoBreachesInTheWindowIsSuggestedWithTheReasonAndAccepted() throws Exception {
        String respondent = unique("Darren Holloway");
        String victim = unique("Kerry Holloway");
        Instant now = Instant.now();
        UUID orderId = order(OrderFixtures.withNoticeNmo(OrderFixtures.uniqueCaseNumber(), now.minus(60, ChronoUnit.DAYS),
                victim, respondent, now.minus(59, ChronoUnit.DAYS)));
        breach(orderId, victim, now.minus(20, ChronoUnit.DAYS));
        suggestions.sweep();
        assertThat(reasons(respondent)).doesNotContain("REPEAT_BREACHES");

        breach(orderId, victim, now.minus(2, ChronoUnit.DAYS));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from monitoring_breach where order_id = ?", Integer.class, orderId) == 2);
        suggestions.sweep();
        assertThat(reasons(respondent)).contains("REPEAT_BREACHES");

        JsonNode page = api(get("/api/v1/monitoring/suggestions"), "supervisor.northshire");
        JsonNode found = null;
        for (int p = 1; found == null && p <= (page.get("total").asInt() + 24) / 25; p++) {
            for (JsonNode s : api(get("/api/v1/monitoring/suggestions").param("page", String.valueOf(p)),
                    "supervisor.northshire").get("items")) {
                if (s.get("respondentName").asString().equals(respondent)
                        && s.get("reason").asString().equals("REPEAT_BREACHES")) {
                    found = s;
                }
            }
        }
        assertThat(found).as("the suggestion on the API").isNotNull();
        assertThat(found.get("why").asString()).startsWith("2 breaches reported since")
                .contains("the risk rules' window of 12 months");

        // a second sweep makes nothing new; accepting makes the subject and closes the suggestion
        suggestions.sweep();
        assertThat(jdbc.queryForObject("select count(*) from priority_suggestion where respondent_name = ? and "
                + "reason = 'REPEAT_BREACHES'", Integer.class, respondent)).isEqualTo(1);
        mvc.perform(post("/api/v1/monitoring/suggestions/{id}/acceptance", found.get("id").asString())
                        .with(httpBasic("analyst.northshire", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        JsonNode subject = json.readTree(mvc.perform(post("/api/v1/monitoring/suggestions/{id}/acceptance",
                        found.get("id").asString()).with(httpBasic("supervisor.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"ownerName": "DC Priya Shah", "ownerRole": "OFFENDER_MANAGER", "reviewOn": "%s"}
                                """.formatted(LocalDate.now().plusMonths(1))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        assertThat(subject.get("respondentName").asString()).isEqualTo(respondent);
        assertThat(subject.get("reason").asString()).startsWith("Repeat breaches: 2 breaches reported since");
        assertThat(subject.get("orders").get(0).get("orderId").asString()).isEqualTo(orderId.toString());
        assertThat(jdbc.queryForObject("select status from priority_suggestion where id = ?", String.class,
                UUID.fromString(found.get("id").asString()))).isEqualTo("ACCEPTED");
        // a subject is not suggested again, and another force cannot see them
        suggestions.sweep();
        assertThat(jdbc.queryForObject("select count(*) from priority_suggestion where respondent_name = ? and "
                + "status = 'OPEN'", Integer.class, respondent)).isZero();
        mvc.perform(get("/api/v1/monitoring/priority-subjects/{id}", subject.get("id").asString())
                .with(httpBasic("officer.southvale", "demo"))).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from access_log where subject_type = 'priority-subject' and "
                + "subject_id = ?", Integer.class, subject.get("id").asString())).isPositive();
    }

    @Test
    void aDismissedSuggestionIsNotMadeAgainUnlessSomethingNewHappens() throws Exception {
        String respondent = unique("Craig Bellamy");
        String victim = unique("Sian Bellamy");
        Instant now = Instant.now();
        UUID orderId = order(OrderFixtures.withNoticeNmo(OrderFixtures.uniqueCaseNumber(), now.minus(60, ChronoUnit.DAYS),
                victim, respondent, now.minus(59, ChronoUnit.DAYS)));
        breach(orderId, victim, now.minus(10, ChronoUnit.DAYS));
        breach(orderId, victim, now.minus(5, ChronoUnit.DAYS));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from monitoring_breach where order_id = ?", Integer.class, orderId) == 2);
        suggestions.sweep();
        UUID id = jdbc.queryForObject("select id from priority_suggestion where respondent_name = ? and reason = "
                + "'REPEAT_BREACHES' and status = 'OPEN'", UUID.class, respondent);
        mvc.perform(post("/api/v1/monitoring/suggestions/{id}/dismissal", id).with(httpBasic("supervisor.northshire",
                "demo")).contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/monitoring/suggestions/{id}/dismissal", id).with(httpBasic("supervisor.northshire",
                "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"Both were one incident reported twice\"}")).andExpect(status().isOk());
        suggestions.sweep();
        assertThat(jdbc.queryForObject("select count(*) from priority_suggestion where respondent_name = ? and "
                + "reason = 'REPEAT_BREACHES' and status = 'OPEN'", Integer.class, respondent)).isZero();
        // the breaches not recorded as crimes are a reason of their own, not dismissed
        assertThat(reasons(respondent)).containsExactly("BREACHES_NOT_CRIMED");

        breach(orderId, victim, now.minus(1, ChronoUnit.DAYS));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from monitoring_breach where order_id = ?", Integer.class, orderId) == 3);
        suggestions.sweep();
        assertThat(jdbc.queryForList("select why from priority_suggestion where respondent_name = ? and "
                + "reason = 'REPEAT_BREACHES' and status = 'OPEN'", String.class, respondent)).singleElement()
                .asString().startsWith("3 breaches");
    }

    @Test
    void anOverdueCheckIsOnTheRiskMeetingsAgenda() throws Exception {
        String respondent = unique("Lee Marwood");
        Instant now = Instant.now();
        UUID orderId = order(OrderFixtures.withNoticeNmo(OrderFixtures.uniqueCaseNumber(), now.minus(30, ChronoUnit.DAYS),
                unique("Ann Marwood"), respondent, now.minus(29, ChronoUnit.DAYS)));
        var check = SignedIn.as(users, "officer.northshire", () -> checks.plan(new ProactiveChecks.NewCheck(orderId,
                null, "PATROL", "PC Tom Reed", checks.districts().get(0).id(), LocalDate.now(), "Patrol past the home")));
        String agenda = mvc.perform(get("/risk/meeting").with(user(users.loadUserByUsername("supervisor.northshire"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(agenda).doesNotContain("/monitoring/checks/" + check.id());

        // the check's day passes with no result
        jdbc.update("update proactive_check set due_on = ? where id = ?", LocalDate.now().minusDays(3), check.id());
        agenda = mvc.perform(get("/risk/meeting").with(user(users.loadUserByUsername("supervisor.northshire"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int section = agenda.indexOf("Monitoring: overdue checks and notification duties");
        assertThat(section).isPositive();
        assertThat(agenda.indexOf("/monitoring/checks/" + check.id())).isGreaterThan(section);
        assertThat(agenda).contains("Overdue check: patrol past a protected place (respondent " + respondent + ")");

        // on the district's list, overdue; once done it leaves the agenda
        JsonNode district = api(get("/api/v1/monitoring/checks").param("districtId", check.districtId().toString())
                .param("overdue", "true"), "neighbourhood.northshire");
        assertThat(district.get("total").asInt()).isPositive();
        mvc.perform(post("/api/v1/monitoring/checks/{id}/result", check.id()).with(httpBasic("officer.northshire",
                "demo")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"result": "POSSIBLE_BREACH", "note": "His car was parked outside her house at 22:10"}
                        """)).andExpect(status().isOk());
        String page = mvc.perform(get("/monitoring/checks/{id}", check.id())
                        .with(user(users.loadUserByUsername("officer.northshire"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/breaches/new?orderId=" + orderId).contains("occurredAt=")
                .contains("Report the possible breach");
        agenda = mvc.perform(get("/risk/meeting").with(user(users.loadUserByUsername("supervisor.northshire"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(agenda).doesNotContain("/monitoring/checks/" + check.id());
    }

    @Test
    void anUnmetNotificationDutyIsRaisedOnceWithTheOrdersText() throws Exception {
        String respondent = unique("Wayne Corrigan");
        Instant served = Instant.now().minus(5, ChronoUnit.DAYS);
        OrderDetails nmo = OrderFixtures.withNoticeNmo(OrderFixtures.uniqueCaseNumber(), served.minus(1, ChronoUnit.DAYS),
                unique("Lisa Corrigan"), respondent, served);
        OrderDetails dapo = new OrderDetails(nmo.court(), nmo.caseNumber(), OrderType.DAPO,
                nmo.madeAt(), false, null, nmo.duration(), nmo.endsAt(), true, nmo.applicant(), List.of(), List.of(),
                nmo.respondent(), nmo.relationship(), List.of(new Term(1, "The respondent must not contact the "
                + "applicant."), new Term(2, "The respondent must notify the police of every name they use and their "
                + "home address within 3 days of being served with this order.")),
                List.of(new ServiceRecord(served, ServiceMethod.PERSONAL, "PC 1", null, null)), null, null);
        UUID orderId = order(dapo);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from notification_duty where order_id = ?", Integer.class, orderId) == 1);
        Map<String, Object> duty = jdbc.queryForMap("select * from notification_duty where order_id = ?", orderId);
        assertThat(duty.get("kind")).isEqualTo("INITIAL");
        assertThat(duty.get("raised_at")).isNull();

        duties.sweep();
        duty = jdbc.queryForMap("select * from notification_duty where order_id = ?", orderId);
        assertThat(duty.get("raised_at")).isNotNull();
        assertThat(duty.get("raised_to")).isEqualTo("The point of contact");
        assertThat((String) duty.get("order_text")).contains("2. The respondent must notify the police");
        Object raisedAt = duty.get("raised_at");
        duties.sweep();
        assertThat(jdbc.queryForObject("select raised_at from notification_duty where order_id = ?", Object.class,
                orderId)).isEqualTo(raisedAt);
        assertThat(jdbc.queryForObject("select count(*) from access_log where subject_type = 'notification-duty' and "
                + "subject_id = ? and detail like 'Raised to%'", Integer.class, duty.get("id").toString())).isEqualTo(1);

        JsonNode view = api(get("/api/v1/monitoring/duties/{id}", duty.get("id")), "poc.northshire");
        assertThat(view.get("status").asString()).isEqualTo("OVERDUE");
        assertThat(view.get("orderText").asString()).contains("within 3 days of being served");

        // the late notification is recorded, and the duty shows as received late
        JsonNode after = json.readTree(mvc.perform(post("/api/v1/monitoring/orders/{id}/notifications", orderId)
                .with(httpBasic("poc.northshire", "demo")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"receivedAt": "%s", "where": "Northtown police station", "names": "%s",
                         "address": {"line1": "9 Fold Road", "town": "Northtown", "postcode": "nt1 2ab",
                                     "confidential": true}}
                        """.formatted(Instant.now().minus(1, ChronoUnit.HOURS), respondent)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(after.get("status").asString()).isEqualTo("MET_LATE");
        assertThat(after.get("notifications").get(0).get("address").asString()).contains("NT1 2AB");
        JsonNode masked = api(get("/api/v1/monitoring/duties/{id}", duty.get("id")), "officer.northshire");
        assertThat(masked.get("notifications").get(0).get("address").asString())
                .isEqualTo("Withheld (C8 confidential)");
    }

    private List<String> reasons(String respondent) {
        return jdbc.queryForList("select reason from priority_suggestion where respondent_name = ? and status = 'OPEN'",
                String.class, respondent);
    }

    private JsonNode api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                         String username) throws Exception {
        return json.readTree(mvc.perform(request.with(httpBasic(username, "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
