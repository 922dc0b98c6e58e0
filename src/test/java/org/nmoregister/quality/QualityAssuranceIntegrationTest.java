package org.nmoregister.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.Term;
import org.nmoregister.quality.internal.LiaisonService;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Quality assurance, supervisor override and court liaison end to end, on PostgreSQL and a real SMTP server. */
@IntegrationTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "nmo.liaison.from-address=poc@northshire.police.example"})
@Import(QualityAssuranceIntegrationTest.AssuredEvents.class)
class QualityAssuranceIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    LiaisonService liaison;
    @Autowired
    UserDetailsService users;
    @Autowired
    AssuredEvents assured;
    @Autowired
    JdbcTemplate jdbc;

    final Instant made = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void vagueWordingBlocksAssuranceUntilASupervisorOverridesWithAReason() throws Exception {
        UUID id = create(withTerms(OrderFixtures.uniqueCaseNumber(), "Leeds Family Court",
                "The respondent must not molest the applicant."));

        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.findings[*].code", hasItem("VAGUE_PROHIBITION")))
                .andExpect(jsonPath("$.findings[0].severity").value("ERROR"));
        mvc.perform(get("/api/v1/orders/{id}", id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(jsonPath("$.qualityAssurance.status").value("PENDING_QA"))
                .andExpect(jsonPath("$.qualityAssurance.clauses[0].text").value("The respondent must not molest the applicant."))
                .andExpect(jsonPath("$.qualityAssurance.findings[*].code", hasItem("VAGUE_PROHIBITION")));

        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", id).with(httpBasic("poc.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"overrideReason\": \"I say so\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", id).with(httpBasic("supervisor.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", id).with(httpBasic("supervisor.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"overrideReason\": \"Court confirmed by phone the order is as made; clarification requested\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("QUALITY_ASSURED"))
                .andExpect(jsonPath("$.overrideReason").value(org.hamcrest.Matchers.startsWith("Court confirmed")));
        await().atMost(Duration.ofSeconds(10)).until(() -> assured.received.stream()
                .anyMatch(e -> e.orderId().equals(id) && e.overridden()));
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isConflict());
    }

    @Test
    void specificWordingIsAssuredByThePointOfContactAndServiceKeepsTheAssurance() throws Exception {
        UUID id = create(OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), made));
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("QUALITY_ASSURED"))
                .andExpect(jsonPath("$.errorCount").value(0));
        as("poc.northshire", () -> orders.recordService(id,
                new ServiceRecord(made.plusSeconds(3600), ServiceMethod.PERSONAL, "PC 12", null, null)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/api/v1/orders/{id}/quality-assurance", id).with(httpBasic("poc.northshire", "demo")))
                        .andExpect(jsonPath("$.version").value(2))
                        .andExpect(jsonPath("$.status").value("QUALITY_ASSURED")));
    }

    @Test
    void aClarificationRequestIsEmailedToTheCourtAndHoldsAssuranceUntilAnswered() throws Exception {
        String court = "Testbridge Family Court " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/api/v1/courts").with(httpBasic("admin.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + court + "\",\"email\":\"family@testbridge.court.example\"}"))
                .andExpect(status().isCreated());
        String caseNumber = OrderFixtures.uniqueCaseNumber();
        UUID id = create(withTerms(caseNumber, court, "The respondent must not go near the applicant's home."));

        String requestId = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/orders/{id}/liaison-requests", id)
                        .with(httpBasic("poc.northshire", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"CLARIFY_WORDING\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sentTo").value("family@testbridge.court.example"))
                .andReturn().getResponse().getContentAsString(), "$.id");

        MimeMessage mail = await().atMost(Duration.ofSeconds(10)).until(() -> find(caseNumber), m -> m != null);
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail);
        assertThat(mail.getSubject()).contains(caseNumber);
        assertThat(body).contains("Clause 1:", caseNumber, "John Smith").doesNotContain("null");

        mvc.perform(get("/api/v1/orders/{id}/quality-assurance", id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(jsonPath("$.status").value("QUERIED"));
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/access-log").param("subjectId", id.toString())
                        .with(httpBasic("supervisor.northshire", "demo")))
                .andExpect(jsonPath("$[*].action", hasItem("DISCLOSE")));

        mvc.perform(post("/api/v1/liaison-requests/{rid}/response", requestId).with(httpBasic("poc.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"response\":\"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/liaison-requests/{rid}/response", requestId).with(httpBasic("poc.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"response\":\"Amended order to follow: within 100 metres of 14 Acacia Avenue\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ANSWERED"));
        mvc.perform(get("/api/v1/orders/{id}/quality-assurance", id).with(httpBasic("poc.northshire", "demo")))
                .andExpect(jsonPath("$.status").value("PENDING_QA"));
        mvc.perform(get("/api/v1/liaison-requests/{rid}", requestId).with(httpBasic("poc.southvale", "demo")))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void theSweepAsksAboutPassedHearingsAndUnservedOrdersOnceAndRemindsLateCourts() throws Exception {
        String court = "Sweepford Family Court " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/api/v1/courts").with(httpBasic("admin.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + court + "\",\"email\":\"listing@sweepford.court.example\"}"))
                .andExpect(status().isCreated());
        Instant longAgo = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        OrderDetails base = OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), longAgo);
        OrderDetails interim = new OrderDetails(court, base.caseNumber(), base.orderType(), longAgo, true,
                new org.nmoregister.orders.ReturnHearing(longAgo.plus(14, ChronoUnit.DAYS), court),
                DurationKind.UNTIL_FURTHER_ORDER, null, true, base.applicant(), List.of(), base.children(),
                base.respondent(), base.relationship(), base.terms(), List.of(), null, null);
        UUID id = create(interim);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from order_watch where order_id = ?", Long.class, id) == 1);

        var first = as("poc.northshire", liaison::sweep);
        var second = as("poc.northshire", liaison::sweep);
        assertThat(first.confirmCurrentRaised()).isGreaterThanOrEqualTo(1);
        assertThat(first.confirmServiceRaised()).isGreaterThanOrEqualTo(1);
        List<LiaisonView> raised = as("poc.northshire", () -> liaison.forOrder(id));
        assertThat(raised).extracting(LiaisonView::kind)
                .containsExactlyInAnyOrder(LiaisonKind.CONFIRM_CURRENT, LiaisonKind.CONFIRM_SERVICE);
        assertThat(raised).allSatisfy(r -> assertThat(r.raisedBy()).isEqualTo("system:liaison-sweep"));
        assertThat(second.confirmCurrentRaised() + second.confirmServiceRaised())
                .as("a second sweep asks nothing twice about this order").isLessThanOrEqualTo(
                        first.confirmCurrentRaised() + first.confirmServiceRaised() - 2);

        jdbc.update("update liaison_request set due_at = now() - interval '1 hour' where order_id = ?", id);
        as("poc.northshire", liaison::sweep);
        await().atMost(Duration.ofSeconds(10)).until(() -> List.of(smtp.getReceivedMessages()).stream()
                .filter(m -> subject(m).startsWith("Reminder:") && subject(m).contains(interim.caseNumber())).count() == 2);
        as("poc.northshire", liaison::sweep);
        assertThat(jdbc.queryForObject("select max(reminders_sent) from liaison_request where order_id = ?",
                Integer.class, id)).as("the next reminder waits for the interval").isEqualTo(1);
    }

    @Test
    void theCourtDirectoryRefusesABadEmail() throws Exception {
        mvc.perform(post("/api/v1/courts").with(httpBasic("admin.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Nowhere Court\",\"email\":\"not-an-address\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        mvc.perform(put("/api/v1/courts/{id}", UUID.randomUUID()).with(httpBasic("officer.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"X\"}"))
                .andExpect(status().isForbidden());
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private MimeMessage find(String caseNumber) {
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (subject(m).contains(caseNumber)) {
                return m;
            }
        }
        return null;
    }

    private UUID create(OrderDetails details) {
        return as("poc.northshire", () -> orders.create(details, "test"));
    }

    private OrderDetails withTerms(String caseNumber, String court, String... terms) {
        OrderDetails base = OrderFixtures.withoutNoticeNmo(caseNumber, made);
        List<Term> list = new ArrayList<>();
        for (String t : terms) {
            list.add(new Term(list.size() + 1, t));
        }
        return new OrderDetails(court, caseNumber, base.orderType(), base.madeAt(), base.withoutNotice(),
                base.returnHearing(), base.duration(), base.endsAt(), base.penalNotice(), base.applicant(),
                base.otherProtectedPersons(), base.children(), base.respondent(), base.relationship(), list,
                List.of(), null, null);
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return org.nmoregister.support.SignedIn.as(users, username, work);
    }

    @TestConfiguration
    static class AssuredEvents {
        final List<OrderQualityAssured> received = new CopyOnWriteArrayList<>();

        @EventListener
        void on(OrderQualityAssured event) {
            received.add(event);
        }
    }
}
