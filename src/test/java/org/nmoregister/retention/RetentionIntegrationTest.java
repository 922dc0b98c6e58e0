package org.nmoregister.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.ContactDetail;
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
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The done-when of retention: a case past its review is reviewed and disposed of, and its personal data is then
 * reachable through no table, endpoint or lookup; the disposal record and the access log say so; a held case is not
 * disposed of; a subject access export holds every record about the person and nothing about anyone else unmarked.
 */
@IntegrationTest
class RetentionIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    final Instant made = Instant.now().minus(9 * 365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    static String surname() {
        String letters = "bcdfghjklmnprstvwz";
        StringBuilder s = new StringBuilder("Q");
        for (int i = 0; i < 7; i++) {
            s.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return s.toString();
    }

    /** An order made nine years ago that ended six months later: past its six-year review. */
    UUID oldCase(String applicant, String respondent) {
        OrderDetails details = new OrderDetails("Leeds Family Court", OrderFixtures.uniqueCaseNumber(), OrderType.NMO,
                made, false, null, DurationKind.UNTIL_DATE, made.plus(180, ChronoUnit.DAYS), true,
                new ProtectedPerson(applicant, LocalDate.of(1990, 5, 1), List.of(),
                        List.of(new Address("14 Acacia Avenue", null, "Leeds", "LS6 2AB", true)),
                        List.of(new ContactDetail(ContactDetail.Kind.PHONE, "07700 900123", true))),
                List.of(), List.of(), new Respondent(respondent, LocalDate.of(1988, 4, 12), List.of(), List.of(),
                        List.of(), "Tall, beard", List.of(), null),
                Relationship.FORMER_SPOUSE,
                List.of(new Term(1, "The respondent must not use or threaten violence against the applicant.")),
                List.of(new ServiceRecord(made.plus(1, ChronoUnit.DAYS), ServiceMethod.PERSONAL, "PC 4417", null,
                        null)), null, null);
        return SignedIn.as(users, "poc.northshire", () -> orders.create(details, "retention test"));
    }

    void reportBreach(UUID orderId, String victim) throws Exception {
        Instant at = made.plus(20, ChronoUnit.DAYS);
        mvc.perform(post("/api/v1/breaches").with(httpBasic("officer.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"orderId": "%s", "reportedAt": "%s", "reporterKind": "VICTIM", "reporterName": "%s",
                                 "incidents": [{"occurredAt": "%s", "conduct": "CONTACT", "channel": "PHONE",
                                   "description": "Forty texts overnight", "witnesses": "Neighbour at no. 16",
                                   "termReported": "Paragraph 1",
                                   "location": {"postcode": "LS6 2AB", "placeKind": "HOME"}}]}
                                """.formatted(orderId, at, victim, at.minus(1, ChronoUnit.HOURS))))
                .andExpect(status().isCreated());
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

    /**
     * The records the register made from the old order today whose kinds run from their own last record (the risk
     * assessment opened when the breach was reported; any safeguarding task) are dated as they would have been then,
     * or the schedule rightly keeps the case for six years from today. The order's version, recorded today, needs no
     * backdating: the order's kind runs from the order's end, and the access log from the latest of the kinds' clocks.
     */
    void datedAsThen(UUID orderId) {
        java.sql.Timestamp then = java.sql.Timestamp.from(made.plus(21, ChronoUnit.DAYS));
        jdbc.update("update safeguarding_task set created_at = ?, due_at = ? where order_id = ?", then, then, orderId);
        jdbc.update("update risk_assessment set opened_at = ? where order_id = ?", then, orderId);
    }

    void sweep() throws Exception {
        mvc.perform(post("/api/v1/retention/sweep").with(httpBasic("admin.northshire", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void aCasePastItsReviewIsDisposedOfAndItsPersonalDataIsReachableNowhere() throws Exception {
        String surname = surname();
        String applicant = "Jane " + surname;
        String respondent = "Mark " + surname;
        UUID orderId = oldCase(applicant, respondent);
        reportBreach(orderId, applicant);
        waitFor("quality opened the assurance", "select count(*) from quality_review where order_id = ?", orderId);
        waitFor("risk opened the assessment", "select count(*) from risk_assessment where order_id = ?", orderId);
        // someone read the order, with a reason that names the applicant
        mvc.perform(get("/api/v1/orders/{id}", orderId).param("reason", "Safeguarding: call from " + applicant)
                .with(httpBasic("officer.northshire", "demo"))).andExpect(status().isOk());

        datedAsThen(orderId);
        sweep();
        mvc.perform(get("/api/v1/retention/cases/{id}", orderId).with(httpBasic("supervisor.northshire", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.inQueue").value(true))
                .andExpect(jsonPath("$.mayDispose").value(true));
        // another force's reviewer does not see it
        mvc.perform(get("/api/v1/retention/cases/{id}", orderId).with(httpBasic("supervisor.southvale", "demo")))
                .andExpect(status().isNotFound());
        // a reason is required
        mvc.perform(post("/api/v1/retention/cases/{id}/dispose", orderId).with(httpBasic("supervisor.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));

        String body = mvc.perform(post("/api/v1/retention/cases/{id}/dispose", orderId)
                        .with(httpBasic("supervisor.northshire", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Reviewed: no risk remains, no investigation open\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode disposal = JSON.readTree(body);
        UUID disposalId = UUID.fromString(disposal.path("id").asString());
        assertThat(disposal.path("authorisedBy").asString()).isEqualTo("supervisor.northshire");
        assertThat(disposal.path("removed").path("orders.order_version").asInt()).isEqualTo(1);
        assertThat(disposal.path("removed").path("breaches.breach_report").asInt()).isEqualTo(1);
        assertThat(disposal.path("removed").path("risk.risk_assessment").asInt()).isEqualTo(1);
        assertThat(body).doesNotContain(surname);

        // every table that held it
        for (String table : new String[] {"protective_order where id = ?", "order_version where order_id = ?",
                "order_party_name where order_id = ?", "order_version_reading where order_id = ?",
                "quality_review where order_id = ?", "order_watch where order_id = ?",
                "liaison_request where order_id = ?", "marker where order_id = ?", "breach_report where order_id = ?",
                "risk_assessment where order_id = ?", "safeguarding_task where order_id = ?",
                "safeguarding_order_end where order_id = ?", "notification where order_id = ?",
                "place_match_choice where order_id = ?", "retention_fact where order_id = ?",
                "order_version_flagged where order_id = ?"}) {
            assertThat(rows("select count(*) from " + table, orderId)).as(table).isZero();
        }
        // the names are nowhere in the database's tables of case data, the outbox or the access log
        for (String sql : new String[] {"select count(*) from order_party_name where name like ?",
                "select count(*) from breach_report where protected_person like ? or reporter_name like ?",
                "select count(*) from breach_incident where protected_person like ?",
                "select count(*) from risk_assessment where victim_name like ?",
                "select count(*) from marker where person_name like ?",
                "select count(*) from event_publication where serialized_event like ?",
                "select count(*) from access_log where reason like ? or detail like ?"}) {
            Object[] args = sql.chars().filter(c -> c == '?').mapToObj(c -> "%" + surname + "%").toArray();
            assertThat(rows(sql, args)).as(sql).isZero();
        }
        // no endpoint or lookup finds it
        mvc.perform(get("/api/v1/orders/{id}", orderId).param("reason", "INC-1")
                .with(httpBasic("poc.northshire", "demo"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/orders").param("name", applicant).with(httpBasic("poc.northshire", "demo")))
                .andExpect(jsonPath("$..orderId", not(hasItem(orderId.toString()))));
        mvc.perform(get("/api/v1/lookup/people").param("name", applicant).param("reason", "LOG-1")
                        .with(httpBasic("control.northshire", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        // pages sign in through the login form, not HTTP Basic: the page is asked as the signed-in user
        mvc.perform(get("/orders/{id}", orderId).param("reason", "INC-1").accept(MediaType.TEXT_HTML)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(users.loadUserByUsername("poc.northshire"))))
                .andExpect(status().isNotFound());

        // the disposal record and the access log say so
        assertThat(rows("select count(*) from disposal_record where id = ? and order_id = ? and authorised_by = ?",
                disposalId, orderId, "supervisor.northshire")).isEqualTo(1);
        assertThat(rows("select count(*) from access_log where subject_id = ? and action = 'ERASE' and detail like ?",
                orderId.toString(), "%" + disposalId + "%")).isEqualTo(1);
        assertThat(rows("select count(*) from access_log where subject_id = ? and detail = ?", orderId.toString(),
                "Text removed on disposal " + disposalId)).isPositive();
        // and the case cannot be disposed of twice
        mvc.perform(post("/api/v1/retention/cases/{id}/dispose", orderId).with(httpBasic("supervisor.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"again\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void aHeldCaseIsNotDisposedOfUntilTheHoldIsLifted() throws Exception {
        String surname = surname();
        // the order ended long ago: no module opens anything for it, and the order alone puts the case in the queue
        UUID orderId = oldCase("Ruth " + surname, "Carl " + surname);
        sweep();
        String held = mvc.perform(post("/api/v1/retention/cases/{id}/holds", orderId)
                        .with(httpBasic("supervisor.northshire", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"LITIGATION\", \"reason\": \"Civil claim KB-2026-001234\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.mayDispose").value(false))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/retention/cases/{id}/dispose", orderId).with(httpBasic("supervisor.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Reviewed\"}"))
                .andExpect(status().isConflict());
        assertThat(rows("select count(*) from protective_order where id = ?", orderId)).isEqualTo(1);
        assertThat(rows("select count(*) from order_version where order_id = ?", orderId)).isEqualTo(1);
        assertThat(rows("select count(*) from disposal_record where order_id = ?", orderId)).isZero();

        String holdId = JSON.readTree(held).path("holds").get(0).path("id").asString();
        mvc.perform(post("/api/v1/retention/cases/{id}/holds/{hold}/lift", orderId, holdId)
                        .with(httpBasic("supervisor.northshire", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Claim settled\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.mayDispose").value(true));
        // retained instead: out of the queue until the next review
        mvc.perform(post("/api/v1/retention/cases/{id}/retain", orderId).with(httpBasic("supervisor.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Respondent still poses a "
                                + "risk\", \"nextReview\": \"" + LocalDate.now().plusYears(2) + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.inQueue").value(false))
                .andExpect(jsonPath("$.mayDispose").value(false));
        mvc.perform(post("/api/v1/retention/cases/{id}/dispose", orderId).with(httpBasic("supervisor.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Reviewed\"}"))
                .andExpect(status().isConflict());
        assertThat(rows("select count(*) from protective_order where id = ?", orderId)).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesToDeleteAVersionOrRewriteTheLogOutsideARecordedDisposal() {
        String surname = surname();
        UUID orderId = oldCase("Anna " + surname, "Paul " + surname);
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        jdbc.update("delete from order_version where order_id = ?", orderId))
                .hasMessageContaining("immutable");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        jdbc.update("update access_log set reason = null, detail = 'Text removed on disposal x' "
                                + "where subject_id = ?", orderId.toString()))
                .hasMessageContaining("append-only");
    }

    @Test
    void aSubjectAccessExportHoldsEveryRecordAboutThePersonAndMarksEveryoneElse() throws Exception {
        String surname = surname();
        String applicant = "Nora " + surname;
        String respondent = "Owen " + surname;
        UUID theirs = oldCase(applicant, respondent);
        reportBreach(theirs, applicant);
        UUID someoneElses = oldCase("Vera " + surname, "Walt " + surname);
        waitFor("risk opened the assessment", "select count(*) from risk_assessment where order_id = ?", theirs);

        String body = mvc.perform(post("/api/v1/subject-access").with(httpBasic("supervisor.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"reference": "SAR-2026-%s", "name": "%s", "dateOfBirth": "1990-05-01"}"""
                                .formatted(surname, applicant.toUpperCase())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode export = JSON.readTree(body);
        List<String> kinds = export.path("records").valueStream().map(r -> r.path("kind").asString()).toList();
        assertThat(kinds).contains("Order version 1", "Quality assurance of version 1").anyMatch(k -> k.startsWith("Breach report"))
                .contains("DASH risk assessment").anyMatch(k -> k.startsWith("Incident 1"));
        for (JsonNode record : export.path("records")) {
            assertThat(record.path("caseId").asString()).isEqualTo(theirs.toString());
            for (JsonNode field : record.path("fields")) {
                String value = field.path("value").asString();
                if (value.contains(respondent) || value.contains("Vera") || value.contains("Walt")
                        || value.contains("Neighbour")) {
                    assertThat(field.path("redact").isNull()).as(field.toString()).isFalse();
                }
            }
        }
        assertThat(body).doesNotContain(someoneElses.toString());
        // their own name and confidential address are released to them
        assertThat(export.path("records").valueStream().flatMap(r -> r.path("fields").valueStream())
                .filter(f -> f.path("value").asString().equals("14 Acacia Avenue, Leeds, LS6 2AB")
                        && f.path("redact").isNull())).isNotEmpty();
        // the respondent asking is not given the applicant's refuge
        String asRespondent = mvc.perform(post("/api/v1/subject-access").with(httpBasic("supervisor.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"reference": "SAR-2026-R%s", "name": "%s"}""".formatted(surname, respondent)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JSON.readTree(asRespondent).path("records").valueStream().flatMap(r -> r.path("fields").valueStream())
                .filter(f -> f.path("value").asString().contains("Acacia") || f.path("value").asString()
                        .contains(applicant))
                .forEach(f -> assertThat(f.path("redact").isNull()).as(f.toString()).isFalse());

        // the request is kept and logged; its PDF and JSON files come back
        String requestId = export.path("requestId").asString();
        assertThat(rows("select count(*) from subject_access_request where id = ?::uuid and records_found > 0",
                requestId)).isEqualTo(1);
        assertThat(rows("select count(*) from access_log where subject_id = ? and action = 'DISCLOSE'",
                theirs.toString())).isPositive();
        byte[] pdf = mvc.perform(get("/api/v1/subject-access/{id}/pdf", requestId)
                        .with(httpBasic("supervisor.northshire", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains(applicant.toUpperCase()).contains("[REDACT: Would reveal another party]");
        }
        mvc.perform(get("/api/v1/subject-access/{id}", requestId).with(httpBasic("supervisor.northshire", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.records.length()").value(kinds.size()));
        // nor is it open to an officer, or another force
        mvc.perform(get("/api/v1/subject-access/{id}", requestId).with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/subject-access/{id}", requestId).with(httpBasic("supervisor.southvale", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aForceReplacesItsScheduleWithACsvAndABadOneIsRefusedNamingTheRow() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/retention/schedule")
                        .with(httpBasic("admin.southvale", "demo")).contentType("text/csv")
                        .content("record_kind,review_trigger,review_after_months,dispose_without_review,basis\n"
                                + "ORDER,ORDER_END,-1,false,x\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("row 2: review_after_months")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/retention/schedule")
                        .with(httpBasic("supervisor.southvale", "demo")).contentType("text/csv").content("x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/retention/schedule").with(httpBasic("supervisor.southvale", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rules.length()").value(RecordKind.values().length));
        assertThat(Map.of()).isEmpty();
    }
}
