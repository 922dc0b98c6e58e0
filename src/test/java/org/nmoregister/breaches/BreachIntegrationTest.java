package org.nmoregister.breaches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.orders.ChangeKind;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A breach from report to outcome on real PostgreSQL: each incident is judged against the order version in force
 * when it happened, the report opens a risk assessment, crime recording is timed, the supervisor's queue finds the
 * gaps, an offence and contempt are never both recorded, and everything stays within the force.
 */
@IntegrationTest
class BreachIntegrationTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;
    @Autowired
    AccessLog accessLog;
    @Autowired
    JsonMapper json;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    /** An NMO made {@code madeDaysAgo} days ago, ending in {@code endsInDays}, served a day after it was made. */
    private UUID order(OrderType type, long madeDaysAgo, long endsInDays, boolean served) {
        Instant made = now.minus(madeDaysAgo, ChronoUnit.DAYS);
        OrderDetails base = OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), made);
        OrderDetails details = new OrderDetails(base.court(), base.caseNumber(), type, made, false, null,
                base.duration(), now.plus(endsInDays, ChronoUnit.DAYS), true, base.applicant(), List.of(),
                base.children(), base.respondent(), base.relationship(),
                List.of(new Term(1, "The respondent John Smith must not use or threaten violence against the "
                                + "applicant Jane Smith, and must not instruct, encourage or in any way suggest that "
                                + "any other person should do so."),
                        new Term(2, "The respondent must not telephone, text, email or otherwise contact or attempt "
                                + "to contact the applicant Jane Smith, and must not instruct, encourage or in any "
                                + "way suggest that any other person should do so.")),
                List.of(), null, null);
        UUID id = as("poc.northshire", () -> orders.create(details, "breach test"));
        if (served) {
            as("poc.northshire", () -> orders.recordService(id, new ServiceRecord(made.plus(1, ChronoUnit.DAYS),
                    ServiceMethod.PERSONAL, "PC 4417", null, null)));
        }
        return id;
    }

    private <T> T as(String username, Supplier<T> work) {
        return SignedIn.as(users, username, work);
    }

    private ResultActions report(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/breaches").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String reportBody(UUID orderId, Instant reportedAt, Instant occurredAt, String conduct,
                                     String channel) {
        return """
                {"orderId": %s, "reportedAt": "%s", "reporterKind": "VICTIM", "reporterName": "Jane Smith",
                 "incidents": [{"occurredAt": "%s", "conduct": "%s", "channel": %s,
                   "description": "Forty texts overnight saying he will come round",
                   "witnesses": "Neighbour at no. 16", "othersPresent": "Amy (child)",
                   "termReported": "Paragraph 2: no contact",
                   "location": {"postcode": "LS6 2AB", "placeKind": "HOME"}}]}
                """.formatted(orderId == null ? "null" : "\"" + orderId + "\"", reportedAt, occurredAt, conduct,
                channel == null ? "null" : "\"" + channel + "\"");
    }

    private UUID idOf(ResultActions result) throws Exception {
        JsonNode body = json.readTree(result.andReturn().getResponse().getContentAsString());
        return UUID.fromString(body.get("id").asString());
    }

    @Test
    void aReportIsCheckedAgainstTheOrderInForceAndOpensARiskAssessment() throws Exception {
        UUID orderId = order(OrderType.NMO, 10, 170, true);
        ResultActions created = report("officer.northshire", reportBody(orderId, now.minus(1, ChronoUnit.HOURS),
                now.minus(2, ChronoUnit.HOURS), "CONTACT", "TEXT"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/breaches/")))
                .andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers.matchesPattern("BR-\\d{4}-\\d{6}")))
                .andExpect(jsonPath("$.incidents[0].check.outcome").value("LIKELY_BREACH"))
                .andExpect(jsonPath("$.incidents[0].check.blockers").isEmpty())
                .andExpect(jsonPath("$.incidents[0].check.orderVersion").value(2))
                .andExpect(jsonPath("$.incidents[0].check.terms[?(@.index == 2)].result").value(hasItem("LIKELY_BREACH")))
                .andExpect(jsonPath("$.incidents[0].witnesses").value("Neighbour at no. 16"))
                .andExpect(jsonPath("$.risk.sourceType").value("breach"))
                .andExpect(jsonPath("$.risk.completedAt").doesNotExist())
                .andExpect(jsonPath("$.respondentName").value("John Smith"));
        UUID id = idOf(created);

        mvc.perform(get("/api/v1/breaches/{id}", id).with(httpBasic("officer.southvale", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/breaches/{id}", id).with(httpBasic("supervisor.northshire", "demo")))
                .andExpect(status().isOk());
        // An analyst needs figures, not the names in a breach file.
        mvc.perform(get("/api/v1/breaches/{id}", id).with(httpBasic("analyst.northshire", "demo")))
                .andExpect(status().isForbidden());
        assertThat(as("supervisor.northshire", () -> accessLog.search(new AccessLog.Query(null, id.toString(), null,
                null, 20)))).extracting(AccessLog.Entry::action).contains(
                org.nmoregister.audit.AccessAction.COLLECT, org.nmoregister.audit.AccessAction.VIEW);
    }

    @Test
    void theDryRunJudgesTheVersionInForceWhenItHappenedNotToday() throws Exception {
        UUID orderId = order(OrderType.NMO, 30, 100, true);
        Instant variedAt = now.minus(5, ChronoUnit.DAYS);
        // The contact term is removed by a variation five days ago: a text sent before it is still a breach.
        as("poc.northshire", () -> {
            OrderDetails current = orders.current(orderId).details();
            OrderDetails varied = new OrderDetails(current.court(), current.caseNumber(), current.orderType(),
                    current.madeAt(), current.withoutNotice(), current.returnHearing(), current.duration(),
                    current.endsAt(), current.penalNotice(), current.applicant(), current.otherProtectedPersons(),
                    current.children(), current.respondent(), current.relationship(),
                    List.of(current.terms().get(0)), current.service(), null, null);
            return orders.addVersion(orderId, ChangeKind.VARIATION, variedAt, varied, "contact term removed");
        });
        check(orderId, now.minus(10, ChronoUnit.DAYS), "CONTACT", "TEXT")
                .andExpect(jsonPath("$.outcome").value("LIKELY_BREACH"))
                .andExpect(jsonPath("$.orderVersion").value(2));
        check(orderId, now.minus(1, ChronoUnit.DAYS), "CONTACT", "TEXT")
                .andExpect(jsonPath("$.outcome").value("NOT_COVERED"))
                .andExpect(jsonPath("$.orderVersion").value(3));
        // Before it was served (made 30 days ago, served 29 days ago).
        check(orderId, now.minus(30, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS), "CONTACT", "TEXT")
                .andExpect(jsonPath("$.outcome").value("NOT_COVERED"))
                .andExpect(jsonPath("$.blockers", hasItem("NOT_SERVED_OR_AWARE")));
        check(orderId, now.minus(40, ChronoUnit.DAYS), "VIOLENCE", null)
                .andExpect(jsonPath("$.blockers", hasItem("ORDER_NOT_YET_MADE")));
        check(null, now.minus(1, ChronoUnit.DAYS), "VIOLENCE", null)
                .andExpect(jsonPath("$.blockers", hasItem("NO_ORDER_FOUND")));
        UUID expired = order(OrderType.NMO, 200, -5, true);
        check(expired, now.minus(1, ChronoUnit.DAYS), "VIOLENCE", null)
                .andExpect(jsonPath("$.outcome").value("NOT_COVERED"))
                .andExpect(jsonPath("$.blockers", hasItem("ORDER_EXPIRED")));
        UUID undertaking = order(OrderType.UNDERTAKING, 20, 100, true);
        check(undertaking, now.minus(1, ChronoUnit.DAYS), "VIOLENCE", null)
                .andExpect(jsonPath("$.blockers", hasItem("UNDERTAKING_ONLY")))
                .andExpect(jsonPath("$.outcome").value("LIKELY_BREACH"));
        // Nothing was stored by the dry runs.
        mvc.perform(get("/api/v1/breaches").with(httpBasic("officer.northshire", "demo")))
                .andExpect(jsonPath("$[?(@.orderId == '" + orderId + "')]").isEmpty());
    }

    @Test
    void distancesAreMeasuredFromTheProperty() throws Exception {
        // 3 Church View, Northby NX6 1CV is at 54.574363, -1.914444 in the demo address gazetteer (a made-up UPRN),
        // some way from its postcode's centre; 0.00072 degrees of latitude is about 80 m.
        UUID orderId = orderWithZone("The respondent shall not go within 100 metres of 3 Church View, Northby "
                + "NX6 1CV, and must not instruct, encourage or in any way suggest that any other person should do so.");
        dryRun(orderId, 54.574363 + 0.00072, -1.914444)
                .andExpect(jsonPath("$.outcome").value("LIKELY_BREACH"))
                .andExpect(jsonPath("$.terms[0].reason", org.hamcrest.Matchers.not(containsString("postcode"))))
                .andExpect(jsonPath("$.terms[0].distanceMetres").value(org.hamcrest.Matchers.closeTo(80.0, 2.0)));
        dryRun(orderId, 54.574363 + 0.00135, -1.914444)
                .andExpect(jsonPath("$.outcome").value("NOT_COVERED"))
                .andExpect(jsonPath("$.blockers").isEmpty())
                .andExpect(jsonPath("$.terms[0].distanceMetres").value(org.hamcrest.Matchers.closeTo(150.0, 2.0)));
    }

    @Test
    void aPlaceKnownOnlyByItsPostcodeIsJudgedWithItsUncertainty() throws Exception {
        // LS6 2AB's centre is 53.8192, -1.5765 in the test gazetteer, and the address gazetteer has none of its
        // properties: the zone's edge cannot be told within the postcode's likely error
        UUID orderId = orderWithZone("The respondent shall not go within 100 metres of 14 Acacia Avenue, Leeds "
                + "LS6 2AB, and must not instruct, encourage or in any way suggest that any other person should do so.");
        dryRun(orderId, 53.81992, -1.5765)
                .andExpect(jsonPath("$.outcome").value("POSSIBLE_BREACH"))
                .andExpect(jsonPath("$.terms[0].reason", containsString("about 80 m from")))
                .andExpect(jsonPath("$.terms[0].reason", containsString("located by postcode only")));
        dryRun(orderId, 53.8192 + 0.0072, -1.5765)
                .andExpect(jsonPath("$.outcome").value("NOT_COVERED"))
                .andExpect(jsonPath("$.terms[0].distanceMetres").value(org.hamcrest.Matchers.closeTo(801.0, 3.0)));
    }

    private UUID orderWithZone(String term) {
        Instant made = now.minus(20, ChronoUnit.DAYS);
        OrderDetails base = OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), made);
        OrderDetails details = new OrderDetails(base.court(), base.caseNumber(), OrderType.NMO, made, false, null,
                base.duration(), now.plus(100, ChronoUnit.DAYS), true, base.applicant(), List.of(), List.of(),
                base.respondent(), base.relationship(), List.of(new Term(1, term)),
                List.of(new ServiceRecord(made.plus(1, ChronoUnit.DAYS), ServiceMethod.PERSONAL, "PC 4417", null,
                        null)), null, null);
        return as("poc.northshire", () -> orders.create(details, "distance test"));
    }

    private ResultActions dryRun(UUID orderId, double latitude, double longitude) throws Exception {
        return mvc.perform(post("/api/v1/breaches/check").with(httpBasic("control.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"orderId": "%s", "occurredAt": "%s", "conduct": "APPROACH", "channel": "IN_PERSON",
                                 "latitude": %s, "longitude": %s}""".formatted(orderId,
                                now.minus(1, ChronoUnit.HOURS), latitude, longitude)))
                .andExpect(status().isOk());
    }

    private ResultActions check(UUID orderId, Instant occurredAt, String conduct, String channel) throws Exception {
        return mvc.perform(post("/api/v1/breaches/check").with(httpBasic("control.northshire", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"orderId": %s, "occurredAt": "%s", "conduct": "%s", "channel": %s, "direct": true,
                         "viaThirdParty": false, "protectedPerson": "Jane Smith"}
                        """.formatted(orderId == null ? "null" : "\"" + orderId + "\"", occurredAt, conduct,
                        channel == null ? "null" : "\"" + channel + "\"")))
                .andExpect(status().isOk());
    }

    @Test
    void badReportsAreRefusedFieldByFieldAndNothingIsStored() throws Exception {
        UUID orderId = order(OrderType.NMO, 10, 100, true);
        report("officer.northshire", """
                {"orderId": "%s", "reportedAt": "%s", "incidents": [{"occurredAt": "%s", "description": " ",
                  "location": {"latitude": 53.8}}]}
                """.formatted(orderId, now, now.plus(2, ChronoUnit.DAYS)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("reporterKind")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("incidents[0].conducts")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("incidents[0].occurredAt")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("incidents[0].description")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("incidents[0].longitude")));
        report("officer.northshire", reportBody(orderId, now, now, "SHOUTING", "TEXT"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", containsString("conduct")));
        report("officer.northshire", reportBody(UUID.randomUUID(), now, now, "CONTACT", "TEXT"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("orderId"));
        mvc.perform(get("/api/v1/breaches").with(httpBasic("officer.northshire", "demo")))
                .andExpect(jsonPath("$[?(@.orderId == '" + orderId + "')]").isEmpty());
        report("analyst.northshire", reportBody(orderId, now, now, "CONTACT", "TEXT"))
                .andExpect(status().isForbidden());
        report("officer.northshire", reportBody(null, now, now.minus(1, ChronoUnit.HOURS), "CONTACT", "TEXT"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("protectedPerson"));
    }

    @Test
    void aBreachWithNoOrderFoundIsStillRecordedAndSaysSo() throws Exception {
        report("control.northshire", """
                {"reportedAt": "%s", "reporterKind": "VICTIM", "protectedPerson": "Maryam Qureshi",
                 "incidents": [{"occurredAt": "%s", "conduct": "APPROACH", "channel": "IN_PERSON",
                   "description": "He waited outside her work and followed her to the bus stop"}]}
                """.formatted(now, now.minus(3, ChronoUnit.HOURS)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.orderId").doesNotExist())
                .andExpect(jsonPath("$.incidents[0].check.outcome").value("NOT_COVERED"))
                .andExpect(jsonPath("$.incidents[0].check.blockers", hasItem("NO_ORDER_FOUND")))
                .andExpect(jsonPath("$.risk.sourceType").value("breach"));
    }

    @Test
    void crimeRecordingIsTimedAndTheSupervisorSendsBackTheGaps() throws Exception {
        UUID orderId = order(OrderType.NMO, 10, 100, true);
        UUID id = idOf(report("control.northshire", reportBody(orderId, now.minus(30, ChronoUnit.HOURS),
                now.minus(31, ChronoUnit.HOURS), "CONTACT", "PHONE")).andExpect(status().isCreated()));
        mvc.perform(get("/api/v1/breaches/{id}", id).with(httpBasic("officer.northshire", "demo")))
                .andExpect(jsonPath("$.crime.overdue").value(true))
                .andExpect(jsonPath("$.inadequacies", hasItem("NOT_CRIMED_IN_TIME")))
                .andExpect(jsonPath("$.inadequacies", hasItem("NO_RISK_ASSESSMENT")));

        act(id, "response", "officer.northshire", "{\"kind\": \"TELEPHONE\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.response.atVictimOrSuspectAddress").value(true))
                .andExpect(jsonPath("$.inadequacies", hasItem("REMOTE_RESPONSE_AT_ADDRESS_UNJUSTIFIED")))
                .andExpect(jsonPath("$.inadequacies", hasItem("NO_ARREST_DECISION")));
        act(id, "arrest", "officer.northshire", "{\"decision\": \"NOT_ARRESTED\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(get("/api/v1/breaches/review-queue").with(httpBasic("supervisor.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].inadequacies[*]",
                        hasItem("REMOTE_RESPONSE_AT_ADDRESS_UNJUSTIFIED")));
        mvc.perform(get("/api/v1/breaches/review-queue").with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isForbidden());
        act(id, "directions", "supervisor.northshire", """
                {"reasons": ["REMOTE_RESPONSE_AT_ADDRESS_UNJUSTIFIED", "NO_ARREST_DECISION"],
                 "direction": "Attend the victim's home today and consider arrest."}
                """).andExpect(status().isOk()).andExpect(jsonPath("$.directions[0].answeredAt").doesNotExist());
        act(id, "response/justification", "officer.northshire", "{\"justification\": \"x\"}")
                .andExpect(status().isForbidden());
        act(id, "response/justification", "supervisor.northshire",
                "{\"justification\": \"Suspect in custody elsewhere; victim asked for a call first\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inadequacies", org.hamcrest.Matchers.not(
                        hasItem("REMOTE_RESPONSE_AT_ADDRESS_UNJUSTIFIED"))));
        act(id, "arrest", "officer.northshire", "{\"decision\": \"ARRESTED\"}").andExpect(status().isOk());
        act(id, "crime", "officer.northshire", "{\"crimeReference\": \"NS/12345/26\", \"classification\": \"NO-SUCH\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("classification"));
        String code = json.readTree(mvc.perform(get("/api/v1/breaches/reference/crime-classifications")
                .with(httpBasic("officer.northshire", "demo"))).andReturn().getResponse().getContentAsString())
                .findValues("code").get(0).asString();
        act(id, "crime", "officer.northshire",
                "{\"crimeReference\": \"NS/12345/26\", \"classification\": \"" + code + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.crime.reference").value("NS/12345/26"))
                .andExpect(jsonPath("$.crime.overdue").value(true))
                .andExpect(jsonPath("$.inadequacies", hasItem("NOT_CRIMED_IN_TIME")));
        UUID direction = UUID.fromString(json.readTree(mvc.perform(get("/api/v1/breaches/{id}", id)
                        .with(httpBasic("officer.northshire", "demo"))).andReturn().getResponse()
                .getContentAsString()).get("directions").get(0).get("id").asString());
        mvc.perform(post("/api/v1/breaches/{id}/directions/{d}/answer", id, direction)
                        .with(httpBasic("officer.northshire", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answer\": \"Attended 14:00, suspect arrested\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.directions[0].answeredBy").value("officer.northshire"));
    }

    private ResultActions act(UUID id, String path, String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/breaches/{id}/" + path, id).with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void anOffenceAndContemptAreNeverBothRecordedForOneBreach() throws Exception {
        UUID orderId = order(OrderType.NMO, 10, 100, true);
        UUID id = idOf(report("officer.northshire", reportBody(orderId, now, now.minus(1, ChronoUnit.HOURS),
                "VIOLENCE", null)));
        String today = LocalDate.now(UK).toString();
        act(id, "outcome", "officer.northshire", "{\"route\": \"CRIMINAL\", \"outcome\": \"NO_FURTHER_ACTION\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        act(id, "outcome", "officer.northshire", "{\"route\": \"CRIMINAL\", \"outcome\": \"CHARGED\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome.outcome").value("CHARGED"));
        act(id, "court-results", "officer.northshire",
                "{\"result\": \"CONVICTED\", \"court\": \"Leeds Magistrates\", \"decidedOn\": \"" + today
                        + "\", \"sentence\": \"12 weeks' custody\"}").andExpect(status().isOk());
        act(id, "court-results", "officer.northshire",
                "{\"result\": \"CONTEMPT_PROVEN\", \"decidedOn\": \"" + today + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reason", containsString("cannot also be punished for contempt")));
        act(id, "outcome", "officer.northshire",
                "{\"route\": \"CIVIL_CONTEMPT\", \"outcome\": \"CONTEMPT_APPLICATION\"}")
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/breaches/{id}", id).with(httpBasic("officer.northshire", "demo")))
                .andExpect(jsonPath("$.courtResults.length()").value(1));

        UUID undertaking = order(OrderType.UNDERTAKING, 10, 100, true);
        UUID civil = idOf(report("officer.northshire", reportBody(undertaking, now, now.minus(1, ChronoUnit.HOURS),
                "CONTACT", "TEXT")));
        act(civil, "arrest", "officer.northshire", "{\"decision\": \"ARRESTED\"}").andExpect(status().isBadRequest());
        act(civil, "court-results", "officer.northshire", "{\"result\": \"CONVICTED\", \"decidedOn\": \"" + today
                + "\"}").andExpect(status().isBadRequest());
        act(civil, "outcome", "officer.northshire",
                "{\"route\": \"CIVIL_CONTEMPT\", \"outcome\": \"CONTEMPT_APPLICATION\"}").andExpect(status().isOk());
    }

    @Test
    void evidenceIsKeptWithItsHashAndWhoAddedIt() throws Exception {
        UUID orderId = order(OrderType.NMO, 10, 100, true);
        UUID id = idOf(report("officer.northshire", reportBody(orderId, now, now.minus(1, ChronoUnit.HOURS),
                "CONTACT", "SOCIAL_MEDIA")));
        byte[] screenshot = "PNG screenshot of 40 messages".getBytes(StandardCharsets.UTF_8);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(screenshot));
        String body = mvc.perform(multipart("/api/v1/breaches/{id}/evidence", id)
                        .file(new MockMultipartFile("file", "messages.png", "image/png", screenshot))
                        .param("kind", "SCREENSHOT").param("description", "Facebook messages 21:40-23:10")
                        .param("incidentNumber", "1").with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.evidence[0].sha256").value(hash))
                .andExpect(jsonPath("$.evidence[0].addedBy").value("officer.northshire"))
                .andReturn().getResponse().getContentAsString();
        String evidenceId = json.readTree(body).get("evidence").get(0).get("id").asString();
        mvc.perform(get("/api/v1/breaches/{id}/evidence/{e}", id, evidenceId)
                        .with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isOk()).andExpect(content().bytes(screenshot));
        mvc.perform(multipart("/api/v1/breaches/{id}/evidence", id).param("kind", "PHOTO")
                        .param("incidentNumber", "7").with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("description")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("incidentNumber")));
    }

    @Test
    void aSupervisorDrawsLastWeeksDipSampleAndRecordsFindings() throws Exception {
        LocalDate monday = LocalDate.now(UK).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        Instant lastWeek = monday.plusDays(2).atTime(10, 0).atZone(UK).toInstant();
        UUID orderId = order(OrderType.NMO, 30, 100, true);
        UUID id = idOf(report("officer.northshire",
                reportBody(orderId, lastWeek, lastWeek.minus(1, ChronoUnit.HOURS), "APPROACH", "IN_PERSON")));
        // One supervisor draws; the draw is once per week and force.
        String sample = mvc.perform(post("/api/v1/breaches/dip-samples").with(httpBasic("supervisor.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"weekStart\": \"" + monday + "\"}"))
                .andReturn().getResponse().getContentAsString();
        JsonNode drawn = json.readTree(sample);
        if (drawn.get("id") == null) {
            // A database kept from an earlier run already holds this week's sample: it stays the one sample.
            assertThat(drawn.toString()).contains("already been drawn");
            String existing = null;
            for (JsonNode week : json.readTree(mvc.perform(get("/api/v1/breaches/dip-samples")
                    .with(httpBasic("supervisor.northshire", "demo"))).andReturn().getResponse()
                    .getContentAsString())) {
                if (week.get("weekStart").asString().equals(monday.toString())) {
                    existing = week.get("sampleId").asString();
                }
            }
            assertThat(existing).as("the sample already drawn for the week of " + monday).isNotNull();
            drawn = json.readTree(mvc.perform(get("/api/v1/breaches/dip-samples/{s}", existing)
                    .with(httpBasic("supervisor.northshire", "demo"))).andReturn().getResponse()
                    .getContentAsString());
        } else {
            assertThat(drawn.get("items").toString()).contains(id.toString());
        }
        assertThat(drawn.get("population").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(drawn.get("items").size()).isGreaterThanOrEqualTo(1);
        String sampleId = drawn.get("id").asString();
        String drawnReport = drawn.get("items").get(0).get("reportId").asString();
        mvc.perform(post("/api/v1/breaches/dip-samples/{s}/findings", sampleId)
                        .with(httpBasic("supervisor.northshire", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reportId\": \"" + drawnReport + "\", \"finding\": \"LEARNING_IDENTIFIED\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("notes"));
        mvc.perform(post("/api/v1/breaches/dip-samples/{s}/findings", sampleId)
                        .with(httpBasic("supervisor.northshire", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reportId\": \"" + drawnReport + "\", \"finding\": \"LEARNING_IDENTIFIED\", "
                                + "\"notes\": \"Risk assessment completed late\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/breaches/dip-samples").with(httpBasic("analyst.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.sampleId == '" + sampleId + "')].findings.LEARNING_IDENTIFIED")
                        .value(hasItem(org.hamcrest.Matchers.greaterThanOrEqualTo(1))));
        mvc.perform(post("/api/v1/breaches/dip-samples").with(httpBasic("supervisor.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"weekStart\": \"" + monday + "\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void thePagesReportABreachAndShowTheCheck() throws Exception {
        UUID orderId = order(OrderType.NMO, 10, 100, true);
        String location = mvc.perform(post("/breaches").with(user(users.loadUserByUsername("officer.northshire"))).with(csrf())
                        .param("orderId", orderId.toString()).param("reportedAt", "2026-01-01T10:00")
                        .param("reporterKind", "OFFICER").param("occurredAt", "not a date"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("occurredAt")))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).isNull();
        Instant at = now.minus(2, ChronoUnit.HOURS);
        String input = at.atZone(UK).toLocalDateTime().toString();
        String redirect = mvc.perform(post("/breaches").with(user(users.loadUserByUsername("officer.northshire"))).with(csrf())
                        .param("orderId", orderId.toString()).param("reportedAt", input)
                        .param("reporterKind", "CONTROL_ROOM").param("occurredAt", input).param("conduct", "VIOLENCE")
                        .param("description", "Pushed her against the door"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(redirect).with(user(users.loadUserByUsername("officer.northshire"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Likely breach")))
                .andExpect(content().string(containsString("Consider also")));
        mvc.perform(get("/breaches/review").with(user(users.loadUserByUsername("supervisor.northshire"))))
                .andExpect(status().isOk());
        mvc.perform(get("/breaches/dip-sampling").with(user(users.loadUserByUsername("analyst.northshire"))))
                .andExpect(status().isOk());
    }

    /** Issue 17: one incident, several kinds of conduct, each with its means, each checked against the terms. */
    @Test
    void anIncidentOfSeveralConductsIsCheckedConductByConduct() throws Exception {
        UUID orderId = order(OrderType.NMO, 10, 170, true);
        String body = """
                {"orderId": "%s", "reportedAt": "%s", "reporterKind": "VICTIM", "reporterName": "Jane Smith",
                 "incidents": [{"occurredAt": "%s", "description": "Texted her, then pushed her at the door",
                   "conducts": [{"conduct": "CONTACT", "channel": "TEXT"}, {"conduct": "VIOLENCE",
                                 "channel": "IN_PERSON"}, {"conduct": "DAMAGE"}],
                   "location": {"postcode": "LS6 2AB", "placeKind": "HOME"}}]}
                """.formatted(orderId, now.minus(1, ChronoUnit.HOURS), now.minus(2, ChronoUnit.HOURS));
        ResultActions created = report("officer.northshire", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.incidents[0].conducts[0].conduct").value("CONTACT"))
                .andExpect(jsonPath("$.incidents[0].conducts[0].channel").value("TEXT"))
                .andExpect(jsonPath("$.incidents[0].conducts[1].conduct").value("VIOLENCE"))
                .andExpect(jsonPath("$.incidents[0].conducts[2].channel").doesNotExist())
                // the one-conduct fields still say the first, for older clients
                .andExpect(jsonPath("$.incidents[0].conduct").value("CONTACT"))
                .andExpect(jsonPath("$.incidents[0].channel").value("TEXT"))
                .andExpect(jsonPath("$.incidents[0].check.outcome").value("LIKELY_BREACH"))
                .andExpect(jsonPath("$.incidents[0].check.conducts.length()").value(3))
                .andExpect(jsonPath("$.incidents[0].check.conducts[0].outcome").value("LIKELY_BREACH"))
                .andExpect(jsonPath("$.incidents[0].check.conducts[1].outcome").value("LIKELY_BREACH"))
                // no term forbids damage on this order
                .andExpect(jsonPath("$.incidents[0].check.conducts[2].conduct").value("DAMAGE"))
                .andExpect(jsonPath("$.incidents[0].check.conducts[2].outcome").value("NOT_COVERED"))
                .andExpect(jsonPath("$.incidents[0].check.conducts[0].terms[?(@.index == 2)].result")
                        .value(hasItem("LIKELY_BREACH")))
                .andExpect(jsonPath("$.incidents[0].check.conducts[1].terms[?(@.index == 1)].result")
                        .value(hasItem("LIKELY_BREACH")))
                // the incident as a whole: each term once, with the conduct that breaches it
                .andExpect(jsonPath("$.incidents[0].check.terms[?(@.index == 1)].conduct").value(hasItem("VIOLENCE")))
                .andExpect(jsonPath("$.incidents[0].check.terms[?(@.index == 2)].conduct").value(hasItem("CONTACT")))
                .andExpect(jsonPath("$.incidents[0].check.otherOffences[*].offence", hasItem("ASSAULT")))
                .andExpect(jsonPath("$.incidents[0].check.otherOffences[*].offence", hasItem("CRIMINAL_DAMAGE")));
        UUID id = idOf(created);
        // read back from the store: the same shape
        mvc.perform(get("/api/v1/breaches/{id}", id).with(httpBasic("officer.northshire", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.incidents[0].conducts.length()").value(3))
                .andExpect(jsonPath("$.incidents[0].check.conducts[1].conduct").value("VIOLENCE"));
        // a re-run of the checks keeps every conduct
        mvc.perform(post("/api/v1/breaches/{id}/recheck", id).with(httpBasic("officer.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(get("/api/v1/breaches/{id}", id).with(httpBasic("officer.northshire", "demo")))
                .andExpect(jsonPath("$.incidents[0].check.conducts.length()").value(3));
        // the page: the incident names each conduct, and each is judged under its own heading
        mvc.perform(get("/breaches/{id}", id).with(user(users.loadUserByUsername("officer.northshire"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Contact by text message, Violence in person, Damage to property")))
                .andExpect(content().string(containsString("Contact by text message:")))
                .andExpect(content().string(containsString("Violence in person:")))
                .andExpect(content().string(containsString("The verdict above is the most serious of theirs")));
    }

    @Test
    void theDryRunTakesSeveralConductsAndTheOlderOneConductShape() throws Exception {
        UUID orderId = order(OrderType.NMO, 10, 100, false);
        mvc.perform(post("/api/v1/breaches/check").with(httpBasic("control.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"orderId": "%s", "occurredAt": "%s", "conducts": [{"conduct": "CONTACT",
                                 "channel": "PHONE"}, {"conduct": "THREAT", "channel": "PHONE"}]}
                                """.formatted(orderId, now.minus(1, ChronoUnit.HOURS))))
                .andExpect(status().isOk())
                // not served: what stops every conduct is said once, at the top, and in each conduct's own check
                .andExpect(jsonPath("$.outcome").value("NOT_COVERED"))
                .andExpect(jsonPath("$.blockers[0]").value("NOT_SERVED_OR_AWARE"))
                .andExpect(jsonPath("$.conducts[0].blockers[0]").value("NOT_SERVED_OR_AWARE"))
                .andExpect(jsonPath("$.conducts[1].conduct").value("THREAT"))
                .andExpect(jsonPath("$.conducts[1].terms[?(@.index == 1)].resultAlone").value(hasItem("LIKELY_BREACH")));
        check(orderId, now.minus(1, ChronoUnit.HOURS), "CONTACT", "TEXT")
                .andExpect(jsonPath("$.outcome").value("NOT_COVERED"))
                .andExpect(jsonPath("$.conducts.length()").value(1))
                .andExpect(jsonPath("$.conducts[0].channel").value("TEXT"));
    }

    @Test
    void conductsAreRefusedByName() throws Exception {
        UUID orderId = order(OrderType.NMO, 10, 100, true);
        String both = """
                {"orderId": "%s", "reportedAt": "%s", "reporterKind": "VICTIM", "incidents": [{"occurredAt": "%s",
                 "description": "x", "conduct": "CONTACT", "conducts": [{"conduct": "APPROACH"}]}]}
                """.formatted(orderId, now, now.minus(1, ChronoUnit.HOURS));
        report("officer.northshire", both).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("incidents[0].conducts")));
        String twice = both.replace("\"conduct\": \"CONTACT\", ", "")
                .replace("[{\"conduct\": \"APPROACH\"}]", "[{\"conduct\": \"APPROACH\"}, {\"conduct\": \"APPROACH\", \"channel\": \"TEXT\"}]");
        report("officer.northshire", twice).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'incidents[0].conducts')].reason")
                        .value(hasItem(containsString("once"))));
        String none = both.replace("\"conduct\": \"CONTACT\", ", "").replace("[{\"conduct\": \"APPROACH\"}]", "[]");
        report("officer.northshire", none).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem(containsString("conducts"))));
        String unnamed = both.replace("\"conduct\": \"CONTACT\", ", "").replace("[{\"conduct\": \"APPROACH\"}]",
                "[{\"channel\": \"TEXT\"}]");
        report("officer.northshire", unnamed).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem(containsString("conducts[0]"))));
    }

    /** The report form: several boxes ticked, each with its means, and the times in the GOV.UK date input. */
    @Test
    void theReportFormTakesSeveralConductsAndDateBoxes() throws Exception {
        UUID orderId = order(OrderType.NMO, 10, 100, true);
        var at = now.minus(3, ChronoUnit.HOURS).atZone(UK);
        var reported = now.minus(1, ChronoUnit.HOURS).atZone(UK);
        String redirect = mvc.perform(post("/breaches").with(user(users.loadUserByUsername("officer.northshire")))
                        .with(csrf()).param("orderId", orderId.toString())
                        .param("reportedAt-day", "" + reported.getDayOfMonth())
                        .param("reportedAt-month", "" + reported.getMonthValue())
                        .param("reportedAt-year", "" + reported.getYear())
                        .param("reportedAt-hour", "" + reported.getHour())
                        .param("reportedAt-minute", "" + reported.getMinute())
                        .param("reporterKind", "VICTIM")
                        .param("occurredAt-day", "" + at.getDayOfMonth()).param("occurredAt-month", "" + at.getMonthValue())
                        .param("occurredAt-year", "" + at.getYear()).param("occurredAt-hour", "" + at.getHour())
                        .param("occurredAt-minute", "" + at.getMinute())
                        .param("occurredTo-day", "").param("occurredTo-month", "").param("occurredTo-year", "")
                        .param("occurredTo-hour", "").param("occurredTo-minute", "")
                        .param("conducts", "CONTACT", "APPROACH")
                        .param("channelOf[CONTACT]", "TEXT").param("channelOf[APPROACH]", "IN_PERSON")
                        .param("channelOf[VIOLENCE]", "PHONE")
                        .param("description", "Texted her, then waited at the gate"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(redirect.substring(redirect.lastIndexOf('/') + 1));
        mvc.perform(get("/api/v1/breaches/{id}", id).with(httpBasic("officer.northshire", "demo")))
                .andExpect(jsonPath("$.incidents[0].conducts[0].conduct").value("CONTACT"))
                .andExpect(jsonPath("$.incidents[0].conducts[0].channel").value("TEXT"))
                .andExpect(jsonPath("$.incidents[0].conducts[1].conduct").value("APPROACH"))
                .andExpect(jsonPath("$.incidents[0].conducts[1].channel").value("IN_PERSON"))
                .andExpect(jsonPath("$.incidents[0].conducts.length()").value(2))
                .andExpect(jsonPath("$.incidents[0].occurredFrom").value(at.withSecond(0).withNano(0).toInstant().toString()))
                .andExpect(jsonPath("$.incidents[0].occurredTo").doesNotExist());
        // a wrong part is named, linked to and marked; the boxes ticked stay ticked
        String page = mvc.perform(post("/breaches").with(user(users.loadUserByUsername("officer.northshire")))
                        .with(csrf()).param("orderId", orderId.toString()).param("reporterKind", "VICTIM")
                        .param("reportedAt-day", "1").param("reportedAt-month", "12").param("reportedAt-year", "2026")
                        .param("reportedAt-hour", "9").param("reportedAt-minute", "")
                        .param("occurredAt-day", "31").param("occurredAt-month", "11").param("occurredAt-year", "2026")
                        .param("occurredAt-hour", "9").param("occurredAt-minute", "15")
                        .param("conducts", "CONTACT", "ENTRY").param("channelOf[CONTACT]", "LETTER")
                        .param("description", "A letter, then he came in"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Error:", "When it happened must be a real date", "href=\"#occurredAt-day\"",
                "value=\"31\"");
        assertThat(page).containsPattern("id=\"conducts-CONTACT\"[^>]*checked|checked[^>]*id=\"conducts-CONTACT\"");
        assertThat(page).containsPattern("id=\"conducts-ENTRY\"[^>]*checked|checked[^>]*id=\"conducts-ENTRY\"");
        assertThat(page).containsPattern("value=\"LETTER\" selected|selected=\"selected\" value=\"LETTER\"|selected value=\"LETTER\"");
        // nothing ticked: the question is named
        String unticked = mvc.perform(post("/breaches").with(user(users.loadUserByUsername("officer.northshire")))
                        .with(csrf()).param("orderId", orderId.toString()).param("reporterKind", "VICTIM")
                        .param("description", "Something happened"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unticked).contains("Choose what the respondent did", "href=\"#conducts\"",
                "Say when it happened (or the start of the window)", "href=\"#occurredAt-day\"");
    }
}
