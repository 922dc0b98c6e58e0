package org.nmoregister.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.intake.internal.DocumentReaderTestSupport;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class NotificationApiIntegrationTest {

    static final RequestPostProcessor FEED_NORTH = httpBasic("court-feed.northshire", "demo");
    static final RequestPostProcessor FEED_SOUTH = httpBasic("court-feed.southvale", "demo");
    static final RequestPostProcessor POC_NORTH = httpBasic("poc.northshire", "demo");
    static final RequestPostProcessor POC_SOUTH = httpBasic("poc.southvale", "demo");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    final Instant made = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    /** The court-feed example, with this test's reference, case number and terms. */
    Map<String, Object> courtFeed(String reference, String caseNumber, List<String> terms) {
        return new java.util.LinkedHashMap<>(Map.ofEntries(
                Map.entry("source", "COURT_FEED"),
                Map.entry("externalReference", reference),
                Map.entry("court", "Leeds Family Court"),
                Map.entry("caseNumber", caseNumber),
                Map.entry("orderType", "NMO"),
                Map.entry("madeAt", made.toString()),
                Map.entry("withoutNotice", true),
                Map.entry("returnHearing", Map.of("at", made.plus(14, ChronoUnit.DAYS).toString(),
                        "court", "Leeds Family Court")),
                Map.entry("endsAt", made.plus(14, ChronoUnit.DAYS).plus(6, ChronoUnit.HOURS).toString()),
                Map.entry("untilFurtherOrder", false),
                Map.entry("penalNotice", true),
                Map.entry("applicant", Map.of("name", "Jane Smith", "dateOfBirth", "1990-05-01",
                        "address", Map.of("line1", "14 Acacia Avenue", "town", "Leeds", "postcode", "LS6 2AB",
                                "confidential", true))),
                Map.entry("respondent", Map.of("name", "John Smith", "dateOfBirth", "1988-04-12",
                        "aliases", List.of("Johnny Smith"),
                        "address", Map.of("line1", "3 Mill Lane", "town", "Leeds", "postcode", "LS12 1AA"))),
                Map.entry("children", List.of(Map.of("name", "Amy Smith", "dateOfBirth", "2015-03-03"))),
                Map.entry("relationship", "FORMER_SPOUSE"),
                Map.entry("terms", terms)));
    }

    Map<String, Object> courtFeed(String reference, String caseNumber) {
        return courtFeed(reference, caseNumber, List.of(
                "The respondent John Smith must not use or threaten violence against the applicant Jane Smith.",
                "The respondent must not go to, enter or attempt to enter 14 Acacia Avenue, Leeds."));
    }

    String deliver(RequestPostProcessor who, Map<String, Object> body, int expectedStatus) throws Exception {
        String response = mvc.perform(post("/api/v1/notifications").with(who)
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().is(expectedStatus))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asString();
    }

    UUID forceId(String code) {
        return jdbc.queryForObject("select id from force where code = ?", UUID.class, code);
    }

    int rowsWithReference(String reference) {
        return jdbc.queryForObject("select count(*) from notification where external_reference = ?", Integer.class,
                reference);
    }

    @Test
    void repeatedDeliveryReturnsTheSameNotificationAndStoresOne() throws Exception {
        String reference = unique("FL-");
        var body = courtFeed(reference, unique("LS26F"));
        String first = deliver(FEED_NORTH, body, 201);
        String second = deliver(FEED_NORTH, body, 200);

        assertThat(second).isEqualTo(first);
        assertThat(rowsWithReference(reference)).isEqualTo(1);
    }

    @Test
    void copiesDeliveredAtTheSameMomentAreStillOneNotification() throws Exception {
        String reference = unique("FL-");
        String body = json.writeValueAsString(courtFeed(reference, unique("LS26F")));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    var response = mvc.perform(post("/api/v1/notifications").with(FEED_NORTH)
                            .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
                    assertThat(response.getStatus()).isIn(200, 201);
                    return response.getStatus() + " " + json.readTree(response.getContentAsString()).get("id").asString();
                }));
            }
            start.countDown();
            List<String> results = new java.util.ArrayList<>();
            for (var answer : answers) {
                results.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(results.stream().map(r -> r.split(" ")[1]).distinct()).hasSize(1);
            assertThat(results.stream().filter(r -> r.startsWith("201"))).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rowsWithReference(reference)).isEqualTo(1);
    }

    @Test
    void aServiceConfirmationAndAnExtensionBecomeVersionsOfTheOrderHeld() throws Exception {
        String caseNumber = unique("LS26F");
        var made = courtFeed(unique("FL-"), caseNumber);
        String first = deliver(FEED_NORTH, made, 201);
        String orderId = json.readTree(mvc.perform(post("/api/v1/notifications/" + first + "/accept").with(POC_NORTH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("orderId").asString();

        var served = courtFeed(unique("FL-"), caseNumber);
        served.put("servedAt", this.made.plus(3, ChronoUnit.HOURS).toString());
        served.put("serviceMethod", "PERSONAL");
        served.put("servedBy", "PC 4471 Hughes");
        String second = deliver(FEED_NORTH, served, 201);
        mvc.perform(get("/api/v1/notifications/" + second).with(POC_NORTH))
                .andExpect(jsonPath("$.offeredChange").value("SERVICE_CONFIRMATION"));
        mvc.perform(post("/api/v1/notifications/" + second + "/accept").with(POC_NORTH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderId").value(orderId))
                .andExpect(jsonPath("$.version").value(2));

        var extended = courtFeed(unique("FL-"), caseNumber);
        extended.put("madeAt", this.made.plus(1, ChronoUnit.DAYS).toString());
        extended.put("withoutNotice", false);
        extended.remove("returnHearing");
        extended.put("endsAt", this.made.plus(365, ChronoUnit.DAYS).toString());
        String third = deliver(FEED_NORTH, extended, 201);
        mvc.perform(get("/api/v1/notifications/" + third).with(POC_NORTH))
                .andExpect(jsonPath("$.offeredChange").value("EXTENSION"));
        mvc.perform(post("/api/v1/notifications/" + third + "/accept").with(POC_NORTH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderId").value(orderId))
                .andExpect(jsonPath("$.version").value(3));
        assertThat(jdbc.queryForObject("select count(*) from protective_order where case_number = ?", Integer.class,
                caseNumber)).isEqualTo(1);
    }

    @Test
    void aCourtFeedAccountDeliversIntoItsOwnForceOnly() throws Exception {
        String id = deliver(FEED_SOUTH, courtFeed(unique("FL-"), unique("ZW25P")), 201);

        assertThat(jdbc.queryForObject("select force_id from notification where id = ?", UUID.class,
                UUID.fromString(id))).isEqualTo(forceId("southvale"));
        mvc.perform(get("/api/v1/notifications").param("status", "NEW").with(POC_SOUTH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(id)));
        mvc.perform(get("/api/v1/notifications/" + id).with(POC_NORTH))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/notifications/" + id + "/accept").with(POC_NORTH))
                .andExpect(status().isNotFound());
    }

    @Test
    void anIncompleteNotificationIsRefusedNamingEveryFieldAndNothingIsStored() throws Exception {
        String reference = unique("FL-");
        var body = courtFeed(reference, unique("LS26F"));
        body.remove("madeAt");
        body.remove("terms");
        body.put("respondent", Map.of("dateOfBirth", "1988-04-12"));
        body.put("orderType", "INJUNCTION");

        mvc.perform(post("/api/v1/notifications").with(FEED_NORTH)
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItems("respondent.name", "madeAt", "terms",
                        "orderType")));
        assertThat(rowsWithReference(reference)).isZero();
    }

    @Test
    void malformedJsonValuesAreRefusedNamingTheField() throws Exception {
        String reference = unique("FL-");
        var body = courtFeed(reference, unique("LS26F"));
        body.put("madeAt", "last Tuesday");

        mvc.perform(post("/api/v1/notifications").with(FEED_NORTH)
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("madeAt")));
        assertThat(rowsWithReference(reference)).isZero();
    }

    @Test
    void withoutCredentialsItIs401() throws Exception {
        mvc.perform(post("/api/v1/notifications").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(courtFeed(unique("FL-"), unique("LS26F")))))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/notifications")).andExpect(status().isUnauthorized());
    }

    @Test
    void anOfficerCannotDeliverOrTriage() throws Exception {
        mvc.perform(get("/api/v1/notifications").with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void acceptingCreatesAnOrderAndASecondNoticeBecomesVersionTwoOfIt() throws Exception {
        String caseNumber = unique("LS26F");
        String first = deliver(FEED_NORTH, courtFeed(unique("FL-"), caseNumber), 201);

        String accepted = mvc.perform(post("/api/v1/notifications/" + first + "/accept").with(POC_NORTH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andReturn().getResponse().getContentAsString();
        String orderId = json.readTree(accepted).get("orderId").asString();
        mvc.perform(get("/api/v1/notifications/" + first).with(POC_NORTH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.orderId").value(orderId));

        // The court varies the order: same court, case and type, a new term.
        String second = deliver(FEED_NORTH, courtFeed(unique("FL-"), caseNumber, List.of(
                "The respondent John Smith must not use or threaten violence against the applicant Jane Smith.",
                "The respondent must not go within 100 metres of 14 Acacia Avenue, Leeds.")), 201);
        mvc.perform(get("/api/v1/notifications/" + second).with(POC_NORTH))
                .andExpect(jsonPath("$.offeredChange").value("VARIATION"))
                .andExpect(jsonPath("$.matchedOrderId").value(orderId));
        mvc.perform(post("/api/v1/notifications/" + second + "/accept").with(POC_NORTH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderId").value(orderId))
                .andExpect(jsonPath("$.version").value(2));

        assertThat(jdbc.queryForObject("select count(*) from notification where order_id = ?", Integer.class,
                UUID.fromString(orderId))).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from access_log where subject_id = ? and action = 'CHANGE'",
                Integer.class, second)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from access_log where subject_id = ? and action = 'VIEW'",
                Integer.class, second)).isGreaterThanOrEqualTo(1);
        // Deciding twice is refused.
        mvc.perform(post("/api/v1/notifications/" + second + "/accept").with(POC_NORTH))
                .andExpect(status().isConflict());
    }

    @Test
    void acceptingRequiresCompleteDataAndTakesCorrections() throws Exception {
        String id = uploadPdf("Leeds Family Court", "Case number " + unique("LS26F"), "Non-molestation order");
        mvc.perform(post("/api/v1/notifications/" + id + "/accept").with(POC_NORTH))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("madeAt", "respondent.name", "terms")));
        assertThat(jdbc.queryForObject("select status from notification where id = ?", String.class,
                UUID.fromString(id))).isEqualTo("NEW");

        var data = courtFeed("unused", unique("LS26F"));
        data.remove("source");
        data.remove("externalReference");
        mvc.perform(post("/api/v1/notifications/" + id + "/accept").with(POC_NORTH)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("data", data))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void rejectingNeedsAReason() throws Exception {
        String id = deliver(FEED_NORTH, courtFeed(unique("FL-"), unique("LS26F")), 201);
        mvc.perform(post("/api/v1/notifications/" + id + "/reject").with(POC_NORTH)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/notifications/" + id + "/reject").with(POC_NORTH))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/notifications/" + id + "/reject").with(POC_NORTH)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Sent to the wrong force: the applicant lives in Southvale\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/notifications/" + id).with(POC_NORTH))
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.rejectionReason").value("Sent to the wrong force: the applicant lives in Southvale"));
    }

    @Test
    void markingADuplicateLinksTheNotificationItRepeats() throws Exception {
        String caseNumber = unique("LS26F");
        String original = deliver(FEED_NORTH, courtFeed(unique("FL-"), caseNumber), 201);
        String repeat = uploadPdf("Leeds Family Court", "Case number " + caseNumber);
        mvc.perform(post("/api/v1/notifications/" + repeat + "/duplicate").with(POC_NORTH)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("duplicateOf"));
        mvc.perform(post("/api/v1/notifications/" + repeat + "/duplicate").with(POC_NORTH)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"duplicateOf\": \"" + original + "\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/notifications/" + repeat).with(POC_NORTH))
                .andExpect(jsonPath("$.status").value("DUPLICATE"))
                .andExpect(jsonPath("$.duplicateOf").value(original));
    }

    @Test
    void anUploadedPdfIsKeptWithItsTextAndHashAndANonPdfIsRefused() throws Exception {
        String caseNumber = "LS26F" + String.format("%05d", new java.util.Random().nextInt(100_000));
        byte[] pdf = DocumentReaderTestSupport.pdf("Leeds Family Court", "Case number " + caseNumber);
        String response = mvc.perform(multipart("/api/v1/notifications/documents")
                        .file(new MockMultipartFile("file", "order.pdf", "application/pdf", pdf)).with(POC_NORTH))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String id = json.readTree(response).get("id").asString();
        String read = mvc.perform(get("/api/v1/notifications/" + id).with(POC_NORTH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("UPLOAD"))
                .andExpect(jsonPath("$.data.caseNumber").value(caseNumber))
                .andExpect(jsonPath("$.data.court").value("Leeds Family Court"))
                .andExpect(jsonPath("$.documents[0].sha256").value(
                        org.nmoregister.intake.internal.DocumentReader.sha256(pdf)))
                .andReturn().getResponse().getContentAsString();
        String documentId = json.readTree(read).get("documents").get(0).get("id").asString();
        mvc.perform(get("/api/v1/notifications/" + id + "/documents/" + documentId).with(POC_NORTH))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andExpect(content().bytes(pdf));

        String uploads = "select count(*) from notification where source = 'UPLOAD' and received_by = 'poc.northshire'";
        long before = jdbc.queryForObject(uploads, Long.class);
        mvc.perform(multipart("/api/v1/notifications/documents")
                        .file(new MockMultipartFile("file", "order.pdf", "application/pdf", "not a pdf".getBytes()))
                        .with(POC_NORTH))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(jdbc.queryForObject(uploads, Long.class)).isEqualTo(before);
    }

    @Test
    void anUploadedEmailKeepsTheMessageAndItsAttachments() throws Exception {
        byte[] attachment = DocumentReaderTestSupport.pdf("The respondent must not contact the applicant.");
        byte[] eml = DocumentReaderTestSupport.email(attachment);
        String response = mvc.perform(multipart("/api/v1/notifications/emails")
                        .file(new MockMultipartFile("file", "court.eml", "message/rfc822", eml)).with(POC_NORTH))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String id = json.readTree(response).get("id").asString();
        mvc.perform(get("/api/v1/notifications/" + id).with(POC_NORTH))
                .andExpect(jsonPath("$.source").value("EMAIL"))
                .andExpect(jsonPath("$.emailSubject").value("Non-molestation order LS26F00123 Smith v Smith"))
                .andExpect(jsonPath("$.documents.length()").value(2))
                .andExpect(jsonPath("$.documents[*].filename", hasItems("court.eml", "FL404A-LS26F00123.pdf")));
    }

    String uploadPdf(String... lines) throws Exception {
        byte[] pdf = DocumentReaderTestSupport.pdf(lines);
        String response = mvc.perform(multipart("/api/v1/notifications/documents")
                        .file(new MockMultipartFile("file", "order.pdf", "application/pdf", pdf)).with(POC_NORTH))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asString();
    }
}
