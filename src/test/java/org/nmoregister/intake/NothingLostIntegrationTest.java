package org.nmoregister.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Nothing a sender said is silently lost: service without a method, and a repeat with different content. */
@IntegrationTest
class NothingLostIntegrationTest {

    static final RequestPostProcessor FEED = httpBasic("court-feed.northshire", "demo");
    static final RequestPostProcessor POC = httpBasic("poc.northshire", "demo");
    static final RequestPostProcessor OFFICER = httpBasic("officer.northshire", "demo");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    /** Signed in to the pages (a session user) rather than the API's HTTP Basic. */
    RequestPostProcessor page(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername(username));
    }

    final Instant made = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    Map<String, Object> courtFeed(String reference, String caseNumber) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", "COURT_FEED");
        body.put("externalReference", reference);
        body.put("court", "Leeds Family Court");
        body.put("caseNumber", caseNumber);
        body.put("orderType", "NMO");
        body.put("madeAt", made.toString());
        body.put("withoutNotice", false);
        body.put("endsAt", made.plus(180, ChronoUnit.DAYS).toString());
        body.put("penalNotice", true);
        body.put("applicant", Map.of("name", "Jane Smith", "dateOfBirth", "1990-05-01"));
        body.put("respondent", Map.of("name", "John Smith", "dateOfBirth", "1988-04-12",
                "address", Map.of("line1", "3 Mill Lane", "town", "Leeds", "postcode", "LS12 1AA")));
        body.put("relationship", "FORMER_SPOUSE");
        body.put("terms", List.of("The respondent must not use or threaten violence against the applicant.",
                "The respondent must not contact the applicant directly or indirectly."));
        return body;
    }

    JsonNode deliver(RequestPostProcessor who, Map<String, Object> body, int expectedStatus) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/notifications").with(who)
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().is(expectedStatus))
                .andReturn().getResponse().getContentAsString());
    }

    String accept(String notificationId) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/notifications/" + notificationId + "/accept").with(POC))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("orderId").asString();
    }

    // --- service the court reports without saying how ---

    @Test
    void serviceTheCourtReportsWithoutAMethodIsRecordedAndTheOrderIsServedEverywhere() throws Exception {
        var body = courtFeed(unique("FL-"), unique("LS26S"));
        Instant servedAt = made.plus(5, ChronoUnit.HOURS);
        body.put("servedAt", servedAt.toString());
        body.put("servedBy", "County court bailiff");
        String orderId = accept(deliver(FEED, body, 201).get("id").asString());

        mvc.perform(get("/api/v1/orders/{id}", orderId).param("reason", "INC 4471").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_FORCE"))
                .andExpect(jsonPath("$.banner").value(not(containsString("NOT SERVED"))))
                .andExpect(jsonPath("$.service[0].method").value("NOT_STATED_BY_COURT"))
                .andExpect(jsonPath("$.service[0].servedAt").value(servedAt.toString()))
                .andExpect(jsonPath("$.service[0].servedBy").value("County court bailiff"));
        mvc.perform(get("/orders/{id}", orderId).param("reason", "INC 4471").with(page("officer.northshire")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Served (method not stated by the court)")))
                .andExpect(content().string(not(containsString("NOT SERVED"))))
                .andExpect(content().string(not(containsString("id=\"no-service\""))));
    }

    @Test
    void serviceReportedToTheCourtFeedForAnOrderHeldIsConfirmedWithoutAMethod() throws Exception {
        String caseNumber = unique("LS26S");
        String orderId = accept(deliver(FEED, courtFeed(unique("FL-"), caseNumber), 201).get("id").asString());
        var served = courtFeed(unique("FL-"), caseNumber);
        served.put("servedAt", made.plus(1, ChronoUnit.DAYS).toString());
        String confirmation = deliver(FEED, served, 201).get("id").asString();
        mvc.perform(get("/api/v1/notifications/" + confirmation).with(POC))
                .andExpect(jsonPath("$.offeredChange").value("SERVICE_CONFIRMATION"));
        accept(confirmation);
        mvc.perform(get("/api/v1/orders/{id}", orderId).param("reason", "INC 4471").with(OFFICER))
                .andExpect(jsonPath("$.status").value("IN_FORCE"))
                .andExpect(jsonPath("$.service[0].method").value("NOT_STATED_BY_COURT"));
    }

    @Test
    void someoneOtherThanTheCourtMustSayHowItWasServed() throws Exception {
        var body = courtFeed(unique("PC-"), unique("LS26S"));
        body.put("source", "MANUAL");
        body.put("manualOrigin", "VICTIM");
        body.put("servedAt", made.plus(5, ChronoUnit.HOURS).toString());
        String reference = (String) body.get("externalReference");

        mvc.perform(post("/api/v1/notifications").with(POC).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("serviceMethod")));
        assertThat(jdbc.queryForObject("select count(*) from notification where external_reference = ?",
                Integer.class, reference)).isZero();
    }

    @Test
    void whoServedItWithoutWhenIsRefusedNotDropped() throws Exception {
        var body = courtFeed(unique("FL-"), unique("LS26S"));
        body.put("servedBy", "PC 4471 Hughes");
        mvc.perform(post("/api/v1/notifications").with(FEED).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("servedAt")));
    }

    @Test
    void aCourtFeedCannotSendAManualOriginThatWouldBeDropped() throws Exception {
        var body = courtFeed(unique("FL-"), unique("LS26S"));
        body.put("manualOrigin", "VICTIM");
        mvc.perform(post("/api/v1/notifications").with(FEED).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("manualOrigin")));
    }

    @Test
    void recordingServiceOnAnOrderWithoutAMethodIsRefusedNamingIt() throws Exception {
        String orderId = accept(deliver(FEED, courtFeed(unique("FL-"), unique("LS26S")), 201).get("id")
                .asString());
        mvc.perform(post("/api/v1/orders/{id}/service", orderId).with(OFFICER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"servedAt\":\"" + made.plus(2, ChronoUnit.HOURS) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("method")));
        mvc.perform(post("/api/v1/orders/{id}/service", orderId).with(OFFICER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"servedAt\":\"" + made.plus(2, ChronoUnit.HOURS)
                                + "\",\"method\":\"NOT_STATED_BY_COURT\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_FORCE"));
    }

    // --- a repeat with different content ---

    @Test
    void anIdenticalRepeatIsTheSameNotification() throws Exception {
        var body = courtFeed(unique("FL-"), unique("LS26R"));
        String first = deliver(FEED, body, 201).get("id").asString();
        JsonNode again = deliver(FEED, body, 200);
        assertThat(again.get("id").asString()).isEqualTo(first);
        assertThat(again.has("correctionOf")).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from notification where external_reference = ?",
                Integer.class, body.get("externalReference"))).isEqualTo(1);
    }

    @Test
    void aRepeatWithDifferentContentIsKeptAsAChangedResendWithWhatDiffers() throws Exception {
        String reference = unique("FL-");
        var body = courtFeed(reference, unique("LS26R"));
        String first = deliver(FEED, body, 201).get("id").asString();

        var changed = new LinkedHashMap<>(body);
        changed.put("respondent", Map.of("name", "John Smith", "dateOfBirth", "1988-04-12",
                "address", Map.of("line1", "3 Mill Lane", "town", "Leeds", "postcode", "LS12 1AB")));
        changed.put("terms", List.of("The respondent must not use or threaten violence against the applicant.",
                "The respondent must not contact the applicant directly or indirectly.",
                "The respondent must not go within 100 metres of 14 Acacia Avenue."));
        changed.put("penalNotice", false);
        var answer = mvc.perform(post("/api/v1/notifications").with(FEED).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(changed)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/notifications/")))
                .andExpect(jsonPath("$.correctionOf").value(first))
                .andExpect(jsonPath("$.differences[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "penalNotice", "respondent.address.postcode", "terms[2]")))
                .andReturn().getResponse().getContentAsString();
        String resend = json.readTree(answer).get("id").asString();
        assertThat(resend).isNotEqualTo(first);

        // Both are in the point of contact's queue; the resend says what it changes, the first that it was resent.
        mvc.perform(get("/api/v1/notifications").with(POC))
                .andExpect(jsonPath("$[?(@.id == '" + resend + "')].correctionOf").value(hasItem(first)))
                .andExpect(jsonPath("$[*].id", hasItem(first)));
        mvc.perform(get("/api/v1/notifications/" + resend).with(POC))
                .andExpect(jsonPath("$.correctionOf").value(first))
                .andExpect(jsonPath("$.data.respondent.address.postcode").value("LS12 1AB"))
                .andExpect(jsonPath("$.differences[?(@.field == 'respondent.address.postcode')].was")
                        .value(hasItem("LS12 1AA")))
                .andExpect(jsonPath("$.differences[?(@.field == 'respondent.address.postcode')].now")
                        .value(hasItem("LS12 1AB")));
        mvc.perform(get("/api/v1/notifications/" + first).with(POC))
                .andExpect(jsonPath("$.changedResends[0]").value(resend));
        mvc.perform(get("/notifications/" + resend).with(page("poc.northshire")))
                .andExpect(status().isOk())
                // what differs is named in the form's words, never as a data path
                .andExpect(content().string(containsString(org.nmoregister.intake.web.NotificationErrorWords
                        .fieldName("respondent.address.postcode"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("respondent.address.postcode"))))
                .andExpect(content().string(containsString("LS12 1AA")));

        // The same change sent again is that resend, and the first content sent again is the first.
        assertThat(deliver(FEED, changed, 200).get("id").asString()).isEqualTo(resend);
        assertThat(deliver(FEED, body, 200).get("id").asString()).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from notification where external_reference = ?",
                Integer.class, reference)).isEqualTo(2);
    }

    @Test
    void aChangedResendAfterTheFirstWasAcceptedBecomesANewVersionOfThatOrder() throws Exception {
        String reference = unique("FL-");
        var body = courtFeed(reference, unique("LS26R"));
        String first = deliver(FEED, body, 201).get("id").asString();
        var corrected = new LinkedHashMap<>(body);
        corrected.remove("source");
        corrected.remove("externalReference");
        corrected.put("notes", "Respondent's address confirmed with the court by telephone");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/v1/notifications/" + first + "/data").with(POC)
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(corrected)))
                .andExpect(status().isNoContent());
        String orderId = accept(first);
        // The point of contact's corrections to the first do not make the sender's identical repeat look changed.
        assertThat(deliver(FEED, body, 200).get("id").asString()).isEqualTo(first);

        var changed = new LinkedHashMap<>(body);
        changed.put("endsAt", made.plus(365, ChronoUnit.DAYS).toString());
        String resend = deliver(FEED, changed, 201).get("id").asString();
        mvc.perform(get("/api/v1/notifications/" + resend).with(POC))
                .andExpect(jsonPath("$.matchedOrderId").value(orderId))
                .andExpect(jsonPath("$.offeredChange").value("EXTENSION"));
        mvc.perform(post("/api/v1/notifications/" + resend + "/accept").with(POC))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderId").value(orderId))
                .andExpect(jsonPath("$.version").value(2));
    }

    @Test
    void changedResendsDeliveredAtOnceAreEachKeptAndTheFirstIsOne() throws Exception {
        String reference = unique("FL-");
        String caseNumber = unique("LS26R");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                var body = courtFeed(reference, caseNumber);
                body.put("notes", "copy " + (i % 3));
                String content = json.writeValueAsString(body);
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/api/v1/notifications").with(FEED)
                            .contentType(MediaType.APPLICATION_JSON).content(content)).andReturn().getResponse()
                            .getStatus();
                }));
            }
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get(60, java.util.concurrent.TimeUnit.SECONDS)).isIn(200, 201);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from notification where external_reference = ?",
                Integer.class, reference)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from notification where external_reference = ? "
                + "and correction_of is null", Integer.class, reference)).isEqualTo(1);
    }
}
