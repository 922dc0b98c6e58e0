package org.nmoregister.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.orders.ContactDetail;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Relationship;
import org.nmoregister.orders.Respondent;
import org.nmoregister.orders.ServiceMethod;
import org.nmoregister.orders.ServiceRecord;
import org.nmoregister.orders.Term;
import org.nmoregister.risk.internal.RiskMeetingService;
import org.nmoregister.security.Role;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * THE WALK: an order with a confidential (C8) refuge address, phone, e-mail and social-media handle, whose terms and
 * notes repeat them in the ways courts and officers write them, quality-assured (so it has markers and is in the
 * lookup), with a breach, a breach check, a risk assessment, a risk meeting and a letter to the court. Then every GET
 * mapping of the application (API and pages), filled with these ids and searches for these values, is requested as
 * every role not entitled to C8 details, and no response, PDF, e-mail or log line may hold a confidential value in
 * any form. The detector here is independent of the masking rule under test (a compact, normalised text search), so
 * a form the rule misses is found, not shared.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "nmo.liaison.from-address=poc@northshire.police.example"})
@ExtendWith(OutputCaptureExtension.class)
class ConfidentialWalkTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    /** The demo account of each role in the northshire force. */
    private static final Map<Role, String> ACCOUNTS = new EnumMap<>(Map.of(
            Role.POINT_OF_CONTACT, "poc.northshire", Role.OFFICER, "officer.northshire",
            Role.CONTROL_ROOM, "control.northshire", Role.SAFEGUARDING, "safeguarding.northshire",
            Role.SUPERVISOR, "supervisor.northshire", Role.ANALYST, "analyst.northshire",
            Role.ADMIN, "admin.northshire", Role.COURT_FEED, "court-feed.northshire",
            Role.NEIGHBOURHOOD, "neighbourhood.northshire", Role.MONITORING_FEED, "monitoring-feed.northshire"));

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;
    @Autowired
    Confidentiality confidentiality;
    @Autowired
    RiskMeetingService meetings;
    @Autowired
    JsonMapper json;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    /** The fixture order's victim contact (safeguarding), walked like the order's other views. */
    static volatile UUID contactTaskId;
    /** The fixture order's electronic monitoring: its device, and an alert on it (a zone entry when it has a zone). */
    static volatile String monitoringDevice;
    static volatile String monitoringAlertId;
    @Autowired
    org.nmoregister.monitoring.zones.MonitoredZones monitoredZones;
    /** The fixture's respondent as a priority subject, and a proactive check on the order (monitoring). */
    static volatile UUID monitoringSubjectId;
    static volatile UUID monitoringCheckId;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private UUID contactTask(UUID orderId) {
        return jdbc.queryForList("select id from safeguarding_task where order_id = ? and kind = 'VICTIM_CONTACT'",
                UUID.class, orderId).stream().findFirst().orElse(null);
    }

    /** The confidential order's values and the ids of everything made from it. */
    record Fixture(Secrets secrets, UUID orderId, String caseNumber, String applicant, UUID breachId,
                   UUID assessmentId, UUID meetingId, String court) {
    }

    @Test
    void noConfidentialValueReachesAnyRoleNotEntitledToItOnAnyEndpointPagePdfEmailOrLog(CapturedOutput output)
            throws Exception {
        Fixture f = confidentialOrderWithEverythingMadeFromIt();
        List<Role> notEntitled = java.util.Arrays.stream(Role.values())
                .filter(r -> !confidentiality.entitled(signedIn(r))).toList();
        assertThat(notEntitled).contains(Role.OFFICER, Role.CONTROL_ROOM, Role.ANALYST, Role.ADMIN, Role.COURT_FEED)
                .doesNotContain(Role.POINT_OF_CONTACT, Role.SAFEGUARDING, Role.SUPERVISOR);

        List<String> leaks = new ArrayList<>();
        Set<String> patterns = new LinkedHashSet<>();
        int requests = 0;
        int answered = 0;
        for (var entry : getHandlers().entrySet()) {
            for (String pattern : entry.getKey().getPatternValues()) {
                patterns.add(pattern);
                for (String url : urls(pattern, entry.getValue(), f)) {
                    for (Role role : notEntitled) {
                        MockHttpServletResponse response = mvc.perform(get(url).with(user(details(role)))
                                .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL))
                                .andReturn().getResponse();
                        requests++;
                        if (response.getStatus() == 200) {
                            answered++;
                        }
                        String body = text(response);
                        f.secrets().found(body, typed(url)).forEach(form -> leaks.add(role + " GET " + url + " -> "
                                + response.getStatus() + " shows " + form + ": " + around(body, form, f.secrets())));
                    }
                }
            }
        }
        System.out.printf("Confidential walk: %d GET mappings (%d URL variants) x %d roles not entitled = %d requests,"
                + " %d answered 200%n", patterns.size(), requests / notEntitled.size(), notEntitled.size(), requests,
                answered);

        // The e-mails the register sent about this order (the letter to the court).
        List<MimeMessage> mails = List.of(smtp.getReceivedMessages()).stream()
                .filter(m -> GreenMailUtil.getWholeMessage(m).contains(f.caseNumber())).toList();
        assertThat(mails).as("the liaison letter about the order was e-mailed").isNotEmpty();
        for (MimeMessage mail : mails) {
            String subject = mail.getSubject();
            f.secrets().found(subject + "\n" + mail.getContent() + "\n" + GreenMailUtil.getWholeMessage(mail))
                    .forEach(form -> leaks.add("e-mail '" + subject + "' shows " + form));
        }
        // Every log line written while the order was made, checked, reported and walked.
        f.secrets().found(output.getAll()).forEach(form -> leaks.add("the log shows " + form));

        assertThat(leaks).as("confidential values shown to roles not entitled to them").isEmpty();
        // The walk must have reached the order's own views, or it would pass by seeing nothing.
        assertThat(patterns.size()).isGreaterThan(50);
        assertThat(answered).isGreaterThan(100);
    }

    /**
     * A transfer request (issue 13): the receiving force's point of contact and supervisor are entitled to C8 details
     * of their own orders, not of another force's, so the summary, the sender's note (which repeats the refuge's
     * phone) and every transfer page and API answer show them no confidential value; nor does the sender's queue.
     */
    @Test
    void aTransferRequestShowsTheReceivingForceNoConfidentialValue() throws Exception {
        Fixture f = confidentialOrderWithEverythingMadeFromIt();
        MockHttpServletResponse asked = mvc.perform(post("/api/v1/transfers")
                .with(user(details(Role.POINT_OF_CONTACT))).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("orderId", f.orderId().toString(), "toForce", "southvale",
                        "reason", "VICTIM_MOVED", "note", "Victim now reachable on " + f.secrets().phone()))))
                .andReturn().getResponse();
        assertThat(asked.getStatus()).as(asked.getContentAsString()).isEqualTo(201);
        String id = json.readTree(asked.getContentAsString()).get("id").asString();
        List<String> leaks = new ArrayList<>();
        for (String reader : List.of("poc.southvale", "supervisor.southvale", "poc.northshire")) {
            for (String url : List.of("/api/v1/transfers/" + id, "/transfers/" + id, "/transfers",
                    "/transfers/sent", "/api/v1/transfers?status=PENDING")) {
                MockHttpServletResponse response = mvc.perform(get(url).with(user(users.loadUserByUsername(reader))))
                        .andReturn().getResponse();
                if (!reader.equals("poc.northshire")) {
                    f.secrets().found(text(response)).forEach(form -> leaks.add(reader + " GET " + url + " shows "
                            + form));
                }
                assertThat(response.getStatus()).as(reader + " " + url).isEqualTo(200);
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(body("/api/v1/transfers/" + id, Role.POINT_OF_CONTACT)).contains(f.caseNumber());
    }

    @Test
    void someoneEntitledStillSeesTheAddressAndOthersSeeThatItIsWithheldAndWhy() throws Exception {
        Fixture f = confidentialOrderWithEverythingMadeFromIt();
        for (Role role : List.of(Role.POINT_OF_CONTACT, Role.SAFEGUARDING, Role.SUPERVISOR)) {
            String order = body("/api/v1/orders/" + f.orderId() + "?reason=INC-1", role);
            assertThat(f.secrets().found(order)).as(role + " on the order")
                    .contains("the first line", "the postcode", "the phone", "the e-mail");
            String markers = body("/api/v1/orders/" + f.orderId() + "/markers?reason=INC-1", role);
            assertThat(f.secrets().found(markers)).as(role + " on the markers").contains("the first line");
        }
        String asOfficer = body("/api/v1/orders/" + f.orderId() + "?reason=INC-1", Role.OFFICER);
        JsonNode order = json.readTree(asOfficer);
        assertThat(order.get("applicant").get("addresses").get(0).get("line1").asString())
                .isEqualTo(Confidentiality.WITHHELD);
        assertThat(order.get("confidentialDetailsWithheld").asBoolean()).isTrue();
        assertThat(asOfficer).contains("[" + Confidentiality.WITHHELD + "]");
        // The place marker of the confidential address is flagged and withheld, however the term wrote it.
        JsonNode markers = json.readTree(body("/api/v1/orders/" + f.orderId() + "/markers?reason=INC-1",
                Role.OFFICER));
        List<JsonNode> places = new ArrayList<>();
        markers.forEach(m -> {
            if ("PROTECTED_PLACE".equals(m.get("kind").asString())) {
                places.add(m);
            }
        });
        assertThat(places).isNotEmpty().allSatisfy(m -> {
            assertThat(m.get("confidential").asBoolean()).isTrue();
            assertThat(m.get("address").asString()).isEqualTo(Confidentiality.WITHHELD);
        });
    }

    @Test
    void aDistanceCheckStillWorksOnAConfidentialPlaceWithoutShowingIt() throws Exception {
        Fixture f = confidentialOrderWithEverythingMadeFromIt();
        // LS11 5DN's centre is 53.7833, -1.548 in the demo gazetteer; 0.00072 degrees of latitude is about 80 m.
        String check = mvc.perform(post("/api/v1/breaches/check").with(user(details(Role.CONTROL_ROOM)))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"orderId": "%s", "occurredAt": "%s", "conduct": "APPROACH", "channel": "IN_PERSON",
                                 "location": {"latitude": 53.78402, "longitude": -1.548}}"""
                                .formatted(f.orderId(), now.minus(1, ChronoUnit.HOURS))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode result = json.readTree(check);
        // the demo's address gazetteer does not hold this made-up home: it is located by its postcode's centre, so
        // 80 m from a 100 m zone is for an officer to measure, but the distance is still worked out
        assertThat(result.get("outcome").asString()).as(check).isEqualTo("POSSIBLE_BREACH");
        assertThat(result.findValues("distanceMetres").stream().filter(d -> !d.isNull())
                .map(JsonNode::asDouble).toList()).as(check).anySatisfy(d -> assertThat(d).isBetween(78.0, 82.0));
        assertThat(check).contains("located by postcode only");
        assertThat(f.secrets().found(check)).as(check).isEmpty();
        String asPoc = mvc.perform(post("/api/v1/breaches/check").with(user(details(Role.POINT_OF_CONTACT)))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"orderId": "%s", "occurredAt": "%s", "conduct": "APPROACH", "channel": "IN_PERSON",
                                 "location": {"latitude": 53.78402, "longitude": -1.548}}"""
                                .formatted(f.orderId(), now.minus(1, ChronoUnit.HOURS))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(f.secrets().found(asPoc)).as(asPoc).isNotEmpty();
    }

    /**
     * A briefing goes to a district, so it is masked for every reader alike: the neighbourhood officer and also the
     * point of contact, the safeguarding unit and supervisors, who are entitled to C8 details on the order itself.
     * Its API view, its page, the task page, the workbench and the e-mail to the district's team are checked.
     */
    @Test
    void aBriefingToADistrictShowsNoConfidentialValueToAnyRoleThatCanReadOne() throws Exception {
        Fixture f = confidentialOrderWithEverythingMadeFromIt();
        String list = "/api/v1/safeguarding/tasks?kind=DISSEMINATION&orderId=" + f.orderId();
        await().atMost(Duration.ofSeconds(20)).until(() -> json.readTree(body(list, Role.POINT_OF_CONTACT))
                .get("items").size() > 0);
        JsonNode briefing = json.readTree(body(list, Role.POINT_OF_CONTACT)).get("items").get(0);
        String id = briefing.get("id").asString();
        if (briefing.get("district").isNull()) {
            // the walk's made-up postcode is in no demo district: the point of contact sends it to the officer's
            String central = null;
            for (JsonNode d : json.readTree(body("/api/v1/districts", Role.POINT_OF_CONTACT))) {
                if (d.get("name").asString().equals("Northshire Central")) {
                    central = d.get("id").asString();
                }
            }
            expectOk(mvc.perform(post("/api/v1/safeguarding/tasks/{id}/district", id)
                    .with(user(details(Role.POINT_OF_CONTACT))).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"districtId\": \"" + central + "\"}")).andReturn().getResponse());
        }
        List<Role> readers = java.util.Arrays.stream(Role.values()).filter(r -> {
            try {
                return mvc.perform(get("/api/v1/safeguarding/tasks/" + id).with(user(details(r)))).andReturn()
                        .getResponse().getStatus() == 200;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(readers).containsExactlyInAnyOrder(Role.POINT_OF_CONTACT, Role.SAFEGUARDING, Role.SUPERVISOR,
                Role.NEIGHBOURHOOD);
        List<String> leaks = new ArrayList<>();
        for (Role role : readers) {
            for (String url : List.of("/api/v1/safeguarding/tasks/" + id, "/safeguarding/briefings/" + id,
                    "/safeguarding/tasks/" + id, "/safeguarding", list)) {
                String body = body(url, role);
                f.secrets().found(body).forEach(form -> leaks.add(role + " GET " + url + " shows " + form));
            }
        }
        String asNeighbourhood = body("/api/v1/safeguarding/tasks/" + id, Role.NEIGHBOURHOOD);
        assertThat(asNeighbourhood).as("the briefing was read, not refused").contains(f.applicant())
                .contains("John Roe").contains("Leeds, " + f.secrets().postcode().split(" ")[0] + " area");
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (GreenMailUtil.getWholeMessage(mail).contains("/safeguarding/tasks/" + id)) {
                f.secrets().found(mail.getSubject() + "\n" + GreenMailUtil.getWholeMessage(mail))
                        .forEach(form -> leaks.add("briefing e-mail shows " + form));
            }
        }
        assertThat(leaks).as("confidential values in a briefing").isEmpty();
    }

    // ---- the fixture ------------------------------------------------------------------------------------------

    private Fixture confidentialOrderWithEverythingMadeFromIt() throws Exception {
        Secrets s = Secrets.random();
        String caseNumber = "LS26F" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        String court = "Walkden Family Court " + UUID.randomUUID().toString().substring(0, 6);
        // the court directory is national reference data, kept by administrators
        expectOk(mvc.perform(post("/api/v1/courts").with(user(details(Role.ADMIN)))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + court + "\",\"email\":\"family@walkden.court.example\","
                        + "\"reason\":\"New court listed by HMCTS\"}")).andReturn().getResponse());
        Instant made = now.minus(10, ChronoUnit.DAYS);
        // unique to the fixture, so a walk looking for names finds this order's, not another test's
        String applicant = "Jane Do" + s.street().substring(3);
        var person = new ProtectedPerson(applicant, LocalDate.of(1991, 2, 3), List.of(),
                List.of(new Address(s.line1(), s.line2(), "Leeds", s.postcode(), true)),
                List.of(new ContactDetail(ContactDetail.Kind.PHONE, s.phone(), true),
                        new ContactDetail(ContactDetail.Kind.EMAIL, s.email(), true),
                        new ContactDetail(ContactDetail.Kind.SOCIAL_MEDIA, s.handle(), true)));
        var respondent = new Respondent("John Roe", LocalDate.of(1987, 6, 5), List.of("Jonny Roe"),
                List.of(new Address("3 Mill Lane", null, "Leeds", "LS12 1AA", false)), List.of(),
                "Tall, beard, a tattoo reading " + s.street().substring(3), List.of(), null);
        List<Term> terms = List.of(
                new Term(1, "The respondent must not use or threaten violence against the applicant, and must not "
                        + "instruct, encourage or in any way suggest that any other person should do so."),
                new Term(2, "The respondent must not go within 100 metres of the applicant's home at "
                        + s.number() + ", " + s.street() + " Ave., " + s.line2() + ", Leeds "
                        + s.postcode().replace(" ", "") + "."),
                new Term(3, "The respondent must not contact the applicant by telephone on " + s.phoneIntl()
                        + " or by e-mail at " + s.email().toUpperCase(Locale.ROOT) + " or on social media including "
                        + s.handle() + ", whether directly or indirectly."),
                new Term(4, "The respondent must not enter Wing, " + s.number() + " "
                        + s.street().toUpperCase(Locale.ROOT) + " AVE."));
        var details = new OrderDetails(court, caseNumber, OrderType.NMO, made, false, null, DurationKind.UNTIL_DATE,
                now.plus(100, ChronoUnit.DAYS), true, person, List.of(), List.of(), respondent,
                Relationship.FORMER_SPOUSE, terms,
                List.of(new ServiceRecord(made.plus(1, ChronoUnit.DAYS), ServiceMethod.PERSONAL, "PC 4417", null,
                        "Served at 3 Mill Lane; applicant's number " + s.phone().replace(" ", "") + " given")),
                null, "Applicant now at the refuge-wing, " + s.line1().toLowerCase(Locale.ROOT) + "; ring "
                + s.phone().replace(" ", ""));
        UUID orderId = as(Role.POINT_OF_CONTACT, () -> orders.create(details, "Walk test: C8 at " + s.line1()));
        as(Role.POINT_OF_CONTACT, () -> orders.addVersion(orderId, ChangeKind.CORRECTION, made, details,
                "Corrected: applicant's e-mail " + s.email() + " and home " + s.postcode()));

        expectOk(mvc.perform(post("/api/v1/orders/{id}/quality-assurance", orderId)
                .with(user(details(Role.SUPERVISOR))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"overrideReason\": \"Court confirmed by phone the order is as made (walk test)\"}"))
                .andReturn().getResponse());
        await().atMost(Duration.ofSeconds(20)).until(() -> body("/api/v1/orders/" + orderId + "/markers",
                Role.POINT_OF_CONTACT).contains("PROTECTED_PLACE"));
        // Victim contact: the safeguarding unit records safe contact details (the same secrets, in other forms), an
        // attempt whose note holds the safe number, and makes the letter; no one else may see any of it.
        await().atMost(Duration.ofSeconds(20)).until(() -> contactTask(orderId) != null);
        contactTaskId = contactTask(orderId);
        expectOk(mvc.perform(put("/api/v1/safeguarding/contacts/{id}/safe-contact", contactTaskId)
                .with(user(details(Role.SAFEGUARDING))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"route\": \"POST\", \"phone\": \"" + s.phoneIntl() + "\", \"email\": \"" + s.email()
                        + "\", \"address\": \"" + s.line1() + ", Leeds " + s.postcode() + "\"}")).andReturn()
                .getResponse());
        expectOk(mvc.perform(post("/api/v1/safeguarding/contacts/{id}/attempts", contactTaskId)
                .with(user(details(Role.SAFEGUARDING))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"method\": \"PHONE\", \"outcome\": \"NO_ANSWER\", \"note\": \"Rang "
                        + s.phone().replace(" ", "") + "; will write to " + s.line1() + "\"}")).andReturn()
                .getResponse());
        expectOk(mvc.perform(get("/api/v1/safeguarding/contacts/{id}/letter", contactTaskId)
                .with(user(details(Role.SAFEGUARDING)))).andReturn().getResponse());
        mvc.perform(post("/api/v1/orders/{id}/liaison-requests", orderId).with(user(details(Role.POINT_OF_CONTACT)))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"CLARIFY_WORDING\"}"));
        await().atMost(Duration.ofSeconds(20)).until(() -> List.of(smtp.getReceivedMessages()).stream()
                .anyMatch(m -> GreenMailUtil.getWholeMessage(m).contains(caseNumber)));

        MockHttpServletResponse reported = mvc.perform(post("/api/v1/breaches").with(user(details(Role.OFFICER)))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"orderId": "%s", "reportedAt": "%s", "reporterKind": "VICTIM", "reporterName": "%s",
                         "incidents": [{"occurredAt": "%s", "conduct": "APPROACH", "channel": "IN_PERSON",
                           "description": "He stood outside %s and then rang %s",
                           "witnesses": "Staff at the %s", "othersPresent": "none",
                           "termReported": "Paragraph 2: within 100 m of %s",
                           "location": {"postcode": "%s", "address": "outside %s", "placeKind": "HOME"}}]}
                        """.formatted(orderId, now.minus(1, ChronoUnit.HOURS), applicant,
                        now.minus(2, ChronoUnit.HOURS), s.line2(), s.phoneIntl(), s.line2().toLowerCase(Locale.ROOT),
                        s.number() + " " + s.street() + " Avenue", s.postcode().toLowerCase(Locale.ROOT),
                        s.number() + " " + s.street() + " Av")))
                .andReturn().getResponse();
        expectOk(reported);
        UUID breachId = UUID.fromString(json.readTree(reported.getContentAsString()).get("id").asString());
        mvc.perform(post("/api/v1/breaches/check").with(user(details(Role.CONTROL_ROOM)))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"orderId": "%s", "occurredAt": "%s", "conduct": "CONTACT", "channel": "TEXT"}"""
                        .formatted(orderId, now.minus(1, ChronoUnit.HOURS))));

        // The risk module opens the assessment when it is told of the report, after the report is committed.
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode opened = json.readTree(body("/api/v1/breaches/" + breachId, Role.POINT_OF_CONTACT))
                    .path("risk").path("assessmentId");
            return !opened.isMissingNode() && !opened.isNull();
        });
        JsonNode file = json.readTree(body("/api/v1/breaches/" + breachId, Role.POINT_OF_CONTACT));
        UUID assessmentId = UUID.fromString(file.get("risk").get("assessmentId").asString());
        mvc.perform(post("/api/v1/risk/assessments/{id}/answers", assessmentId).with(user(details(Role.SAFEGUARDING)))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of(
                        "answers", answers(16), "override", Map.of("level", "HIGH",
                                "reason", "She is at " + s.line2() + ", " + s.number() + " " + s.street()
                                        + " Avenue and he has found it")))));
        mvc.perform(post("/api/v1/risk/assessments/{id}/safety-plan-review", assessmentId)
                .with(user(details(Role.SAFEGUARDING))).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("note", "Panic alarm fitted at " + s.postcode()
                        + "; refuge line " + s.phone()))));
        // A safety plan whose measure names the refuge, and a Location of Interest marker on the refuge address.
        expectOk(mvc.perform(post("/api/v1/safeguarding/plans/{id}/measures", orderId)
                .with(user(details(Role.SAFEGUARDING))).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("person", applicant, "kind", "LOCATION_OF_INTEREST",
                        "details", "Refuge at " + s.number() + " " + s.street() + " Avenue, " + s.postcode()
                                + "; refuge line " + s.phone(),
                        "owner", "PC 4417", "reviewOn", LocalDate.now().plusMonths(1).toString()))))
                .andReturn().getResponse());
        // Electronic monitoring: a device on the respondent, a tamper, and a point inside a zone of the order (the
        // refuge's, when the gazetteer placed it): the alert names the place, and must not name the refuge.
        monitoringDevice = "WALK-" + caseNumber;
        expectOk(mvc.perform(post("/api/v1/monitoring/devices").with(user(details(Role.POINT_OF_CONTACT)))
                .contentType(MediaType.APPLICATION_JSON).content("{\"orderId\": \"" + orderId
                        + "\", \"deviceId\": \"" + monitoringDevice + "\"}")).andReturn().getResponse());
        var feed = user(users.loadUserByUsername("monitoring-feed.northshire"));
        expectOk(mvc.perform(post("/api/v1/monitoring/events").with(feed).contentType(MediaType.APPLICATION_JSON)
                .content("[{\"deviceId\": \"" + monitoringDevice + "\", \"at\": \"" + now.minusSeconds(120)
                        + "\", \"kind\": \"TAMPER\"}]")).andReturn().getResponse());
        for (int i = 0; i < 50 && monitoredZones.ofOrder(orderId).isEmpty(); i++) {
            Thread.sleep(100); // the zones follow the markers within a quarter of a second
        }
        for (var zone : monitoredZones.ofOrder(orderId)) {
            expectOk(mvc.perform(post("/api/v1/monitoring/locations").with(feed)
                    .contentType(MediaType.APPLICATION_JSON).content("[{\"deviceId\": \"" + monitoringDevice
                            + "\", \"at\": \"" + now.minusSeconds(60) + "\", \"latitude\": "
                            + zone.centre().latitude() + ", \"longitude\": " + zone.centre().longitude()
                            + ", \"accuracyMetres\": 5}]")).andReturn().getResponse());
            break;
        }
        monitoringAlertId = jdbc.queryForObject("select id::text from monitoring_alert where device_id = ? "
                + "order by zone_id is null, received_at desc limit 1", String.class, monitoringDevice);
        UUID meetingId = as(Role.SUPERVISOR, () -> {
            var agenda = meetings.agenda();
            return meetings.record("Walk test chair", agenda.since(), agenda.until(), "Discussed "
                            + s.number() + " " + s.street() + " Avenue",
                    List.of(new RiskMeetingService.ActionInput("BREACHES_SINCE_LAST_MEETING", "BR-WALK",
                            "Approach at the refuge", "Patrols past " + s.line1() + ", " + s.postcode()
                            + "; call " + s.phoneIntl(), "PC 4417", null)));
        });
        // Monitoring: the respondent made a priority subject, and a check on the order, whose words name the refuge.
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from monitoring_order where order_id = ?", Integer.class, orderId) == 1);
        // every fixture's respondent is the same person (name and date of birth): one current subject at a time
        jdbc.update("update priority_subject set status = 'ENDED', ended_at = now(), ended_by = 'walk test', "
                + "end_reason = 'Next fixture' where status <> 'ENDED' and respondent_key = (select respondent_key "
                + "from monitoring_order where order_id = ?)", orderId);
        MockHttpServletResponse subject = mvc.perform(post("/api/v1/monitoring/priority-subjects")
                .with(user(details(Role.SUPERVISOR))).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("orderId", orderId.toString(), "reason", "He found her at "
                        + s.line1() + ", " + s.postcode(), "ownerName", "DC Walk", "ownerRole", "OFFENDER_MANAGER",
                        "reviewOn", LocalDate.now().plusMonths(1).toString())))).andReturn().getResponse();
        expectOk(subject);
        monitoringSubjectId = UUID.fromString(json.readTree(subject.getContentAsString()).get("id").asString());
        String district = jdbc.queryForObject("select d.id from district d join force f on f.id = d.force_id where "
                + "f.code = 'northshire' and d.name = 'Northshire Central'", String.class);
        MockHttpServletResponse check = mvc.perform(post("/api/v1/monitoring/checks")
                .with(user(details(Role.SUPERVISOR))).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("orderId", orderId.toString(), "subjectId",
                        monitoringSubjectId.toString(), "kind", "REASSURANCE_VISIT", "ownerName", "PC 4417",
                        "districtId", district, "dueOn", LocalDate.now().toString(), "note", "Visit her at "
                                + s.number() + " " + s.street() + " Avenue; ring " + s.phone())))).andReturn()
                .getResponse();
        expectOk(check);
        monitoringCheckId = UUID.fromString(json.readTree(check.getContentAsString()).get("id").asString());
        return new Fixture(s, orderId, caseNumber, applicant, breachId, assessmentId, meetingId, court);
    }

    private static Map<String, String> answers(int yes) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 27; i++) {
            answers.put("q" + i, i <= yes ? "YES" : "NO");
        }
        return answers;
    }

    // ---- the walk ---------------------------------------------------------------------------------------------

    private Map<RequestMappingInfo, HandlerMethod> getHandlers() {
        Map<RequestMappingInfo, HandlerMethod> found = new LinkedHashMap<>();
        handlerMapping.getHandlerMethods().forEach((mapping, handler) -> {
            var methods = mapping.getMethodsCondition().getMethods();
            if (handler.getBeanType().getPackageName().startsWith("org.nmoregister")
                    && (methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                found.put(mapping, handler);
            }
        });
        return found;
    }

    /** The URLs to request for a mapping: path variables filled with the fixture's ids, and each search variant. */
    private List<String> urls(String pattern, HandlerMethod handler, Fixture f) {
        Map<String, String> vars = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(pattern);
        while (m.find()) {
            vars.put(m.group(1), value(pattern, m.group(1), f));
        }
        String path = pattern;
        for (var v : vars.entrySet()) {
            path = path.replaceAll("\\{" + Pattern.quote(v.getKey()) + "(:[^}]*)?}", v.getValue());
        }
        List<String> params = new ArrayList<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            if (rp != null && p.getParameterAnnotation(PathVariable.class) == null) {
                String name = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value()
                        : p.getParameterName();
                if (name != null) {
                    params.add(name);
                }
            }
        }
        List<String> urls = new ArrayList<>();
        String reason = params.contains("reason") ? "reason=INC-2026-0412" : null;
        urls.add(join(path, reason));
        Secrets s = f.secrets();
        Map<String, List<String>> searches = Map.of(
                "q", List.of(s.line1(), s.number() + " " + s.street() + " Ave", s.postcode(), f.applicant(),
                        "John Roe"),
                "address", List.of(s.line1(), s.number() + ", " + s.street() + " Ave"),
                "postcode", List.of(s.postcode(), s.postcode().replace(" ", "")),
                "name", List.of(f.applicant(), "John Roe"),
                "caseNumber", List.of(f.caseNumber()),
                "username", List.of(ACCOUNTS.get(Role.POINT_OF_CONTACT)),
                "latitude", List.of("53.7833"),
                // the register list and its download, narrowed to the orders with a breach (the fixture's has one)
                "withBreach", List.of("true"));
        for (String param : params) {
            for (String value : searches.getOrDefault(param, List.of())) {
                String query = param + "=" + encode(value);
                if (param.equals("latitude")) {
                    query += "&longitude=-1.548&radiusMetres=500";
                }
                urls.add(join(path, reason == null ? query : query + "&" + reason));
            }
        }
        return urls;
    }

    /** What the user typed into the query: echoed back to them, it tells them nothing they did not know. */
    private static List<String> typed(String url) {
        int at = url.indexOf('?');
        if (at < 0) {
            return List.of();
        }
        return java.util.Arrays.stream(url.substring(at + 1).split("&"))
                .map(pair -> java.net.URLDecoder.decode(pair.substring(pair.indexOf('=') + 1), StandardCharsets.UTF_8))
                .toList();
    }

    private static String join(String path, String query) {
        return query == null ? path : path + "?" + query;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String value(String pattern, String variable, Fixture f) {
        if (variable.equals("postcode")) {
            return "LS121AA"; // the gazetteer's answer about a postcode is not about any order
        }
        if (variable.equals("weekStart")) {
            return LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
        }
        if (pattern.contains("/orders/{")) {
            return f.orderId().toString();
        }
        if (pattern.contains("/breaches/{id}")) {
            return f.breachId().toString();
        }
        if (pattern.contains("/risk/assessments/{")) {
            return f.assessmentId().toString();
        }
        if (pattern.contains("/safeguarding/contacts/{") && contactTaskId != null) {
            return contactTaskId.toString();
        }
        if (pattern.contains("/monitoring/alerts/{") && monitoringAlertId != null) {
            return monitoringAlertId;
        }
        if (pattern.contains("/monitoring/devices/{") && monitoringDevice != null) {
            return monitoringDevice;
        }
        if ((pattern.contains("/monitoring/priority/{") || pattern.contains("/priority-subjects/{"))
                && monitoringSubjectId != null) {
            return monitoringSubjectId.toString();
        }
        if (pattern.contains("/monitoring/checks/{") && monitoringCheckId != null) {
            return monitoringCheckId.toString();
        }
        if (pattern.contains("/transfers/{") && transferId != null) {
            return transferId;
        }
        if (pattern.contains("/risk/meeting/{")) {
            return f.meetingId().toString();
        }
        if (pattern.contains("/safeguarding/plans/{orderId}") && variable.equals("orderId")) {
            return f.orderId().toString();
        }
        // Nothing of the fixture's is behind other ids (notifications, imports, dip samples): a stranger's id
        // must still answer without a confidential value (404 or a page that says so).
        return UUID.randomUUID().toString();
    }

    private String text(MockHttpServletResponse response) throws Exception {
        byte[] bytes = response.getContentAsByteArray();
        String type = response.getContentType() == null ? "" : response.getContentType();
        if (type.startsWith("application/pdf")) {
            try (var document = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(document);
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        // The redirect's target and any error message count as shown.
        String location = response.getHeader("Location");
        return (location == null ? "" : location + "\n") + text + "\n" + response.getErrorMessage();
    }

    /**
     * Across forces (issue 13): another force's users, whatever their role (even those entitled to C8 details in their
     * own force), see only the existence card of the order, by name, by the confidential place's postcode or by a
     * point inside its zone, on the API and the page: no confidential value in any form.
     */
    @Test
    void anotherForceSeesOnlyTheCardAndNoConfidentialValueWhateverItsRole() throws Exception {
        Fixture f = confidentialOrderWithEverythingMadeFromIt();
        String name = java.net.URLEncoder.encode(f.applicant(), StandardCharsets.UTF_8);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(southvale("/api/v1/lookup/people?name=" + name + "&reason=INC-1", "control.southvale"))
                        .contains(f.caseNumber(), "\"heldByAnotherForce\":true"));
        for (String account : List.of("control.southvale", "officer.southvale", "poc.southvale",
                "safeguarding.southvale", "supervisor.southvale")) {
            for (String url : List.of("/api/v1/lookup/people?name=" + name + "&reason=INC-1",
                    "/lookup?q=" + name + "&reason=INC-1",
                    "/api/v1/lookup/places?postcode=LS11%205DN&reason=INC-1",
                    "/api/v1/lookup/places?latitude=53.78402&longitude=-1.548&reason=INC-1",
                    "/lookup?q=LS11%205DN&reason=INC-1", "/api/v1/cross-force/notices", "/cross-force/notices")) {
                String body = southvale(url, account);
                assertThat(f.secrets().found(body, typed(url))).as(account + " GET " + url).isEmpty();
            }
        }
    }

    /**
     * Issue 13's rule, as a walk: the full record never leaves the owning force except by an accepted transfer.
     * Every GET mapping of the application (API and pages), filled with the northshire order's ids and searched for
     * its people, places and case number, is requested as every southvale account, once before any transfer and once
     * after a transfer to southvale was asked for and declined. Nothing beyond the existence card may be in any
     * answer: no confidential value, and none of the order's other details the card leaves out (the respondent's
     * description and alias, the notes, the breach's account, the risk override). Southvale's own access log records
     * what its users typed in the walk's searches: there, everything typed anywhere in the walk counts as known.
     */
    @Test
    void anotherForceReachesNothingBeyondTheCardOnAnyGetMappingBeforeOrAfterADeclinedTransfer() throws Exception {
        Fixture f = confidentialOrderWithEverythingMadeFromIt();
        Map<String, String> beyondTheCard = new LinkedHashMap<>();
        // values only this class's fixtures hold (or only this fixture: the tattoo), so another test's order that
        // southvale owns cannot be mistaken for a leak. The court is not among them: with the case number it is the
        // order's reference (a case number is unique only within its court), named on a transfer request's pages.
        beyondTheCard.put("the respondent's description", "a tattoo reading " + f.secrets().street().substring(3));
        beyondTheCard.put("the respondent's alias", "Jonny Roe");
        beyondTheCard.put("the order's notes", "Applicant now at the refuge-wing");
        beyondTheCard.put("the breach's account", "He stood outside");
        beyondTheCard.put("the risk override", "and he has found it");
        List<String> accounts = ACCOUNTS.values().stream().map(a -> a.replace(".northshire", ".southvale")).toList();
        // the walk would pass by seeing nothing if the card were not there to be seen
        String name = encode(f.applicant());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(southvale("/api/v1/lookup/people?name=" + name + "&reason=INC-1", "control.southvale"))
                        .contains(f.caseNumber(), "\"heldByAnotherForce\":true"));

        List<String> leaks = new ArrayList<>(walkAs(f, accounts, beyondTheCard, "before any transfer"));

        MockHttpServletResponse asked = mvc.perform(post("/api/v1/transfers")
                .with(user(details(Role.POINT_OF_CONTACT))).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("orderId", f.orderId().toString(), "toForce", "southvale",
                        "reason", "VICTIM_MOVED", "note", "Please take the case"))))
                .andReturn().getResponse();
        assertThat(asked.getStatus()).as(asked.getContentAsString()).isEqualTo(201);
        transferId = json.readTree(asked.getContentAsString()).get("id").asString();
        try {
            expectOk(mvc.perform(post("/api/v1/transfers/{id}/decline", transferId)
                    .with(user(users.loadUserByUsername("poc.southvale"))).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\": \"The victim has not moved to Southvale\"}")).andReturn().getResponse());
            leaks.addAll(walkAs(f, accounts, beyondTheCard, "after a declined transfer"));
        } finally {
            transferId = null;
        }
        assertThat(leaks).as("northshire's details beyond the card shown to southvale").isEmpty();
        // the order itself still refuses southvale, whatever the role
        for (String account : accounts) {
            assertThat(mvc.perform(get("/api/v1/orders/" + f.orderId() + "?reason=INC-1")
                    .with(user(users.loadUserByUsername(account)))).andReturn().getResponse().getStatus())
                    .as(account).isIn(403, 404);
        }
    }

    /**
     * Issue 15: an analyst sees counts, rates and times, never names. Every GET mapping, filled with the order's ids
     * and searched for its people (a name the analyst typed is not counted), is requested as the analyst: none of the
     * order's people may be named in any answer (the applicant, who also reported the breach and is the victim in the
     * risk assessment; the respondent and his alias), nor any confidential value.
     */
    @Test
    void theAnalystSeesNoNameOnAnyGetMapping() throws Exception {
        Fixture f = confidentialOrderWithEverythingMadeFromIt();
        Map<String, String> names = new LinkedHashMap<>();
        names.put("the applicant's name", f.applicant());
        names.put("the applicant's surname", f.applicant().substring(f.applicant().indexOf(' ') + 1));
        names.put("the respondent's name", "John Roe");
        names.put("the respondent's alias", "Jonny Roe");
        List<String> leaks = new ArrayList<>();
        Set<String> patterns = new LinkedHashSet<>();
        int answered = 0;
        for (var entry : getHandlers().entrySet()) {
            for (String pattern : entry.getKey().getPatternValues()) {
                patterns.add(pattern);
                for (String url : urls(pattern, entry.getValue(), f)) {
                    MockHttpServletResponse response = mvc.perform(get(url).with(user(details(Role.ANALYST)))
                            .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL))
                            .andReturn().getResponse();
                    if (response.getStatus() == 200) {
                        answered++;
                    }
                    String body = text(response);
                    List<String> typed = typed(url);
                    String flat = Secrets.compact(body);
                    for (String value : typed) {
                        if (Secrets.compact(value).length() >= 5) {
                            flat = flat.replace(Secrets.compact(value), "|");
                        }
                    }
                    List<String> shown = new ArrayList<>(f.secrets().found(body, typed));
                    for (var name : names.entrySet()) {
                        if (flat.contains(Secrets.compact(name.getValue()))) {
                            shown.add(name.getKey());
                        }
                    }
                    shown.forEach(form -> leaks.add("ANALYST GET " + url + " -> " + response.getStatus() + " shows "
                            + form));
                }
            }
        }
        System.out.printf("Analyst walk: %d GET mappings, %d answered 200%n", patterns.size(), answered);
        assertThat(leaks).as("names shown to the analyst").isEmpty();
        assertThat(patterns.size()).isGreaterThan(50);
        // the analyst's own pages were read, not refused: the walk would pass by seeing nothing otherwise
        assertThat(answered).isGreaterThan(10);
        assertThat(mvc.perform(get("/reports").with(user(details(Role.ANALYST)))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
    }

    /** The declined transfer's id, for the walk after it; null otherwise (a stranger's id is walked instead). */
    static volatile String transferId;

    private List<String> walkAs(Fixture f, List<String> accounts, Map<String, String> beyondTheCard,
                                            String when) throws Exception {
        List<String> leaks = new ArrayList<>();
        Set<String> patterns = new LinkedHashSet<>();
        int answered = 0;
        List<String> typedInTheWalk = new ArrayList<>();
        for (var entry : getHandlers().entrySet()) {
            for (String pattern : entry.getKey().getPatternValues()) {
                urls(pattern, entry.getValue(), f).forEach(url -> typedInTheWalk.addAll(typed(url)));
            }
        }
        for (var entry : getHandlers().entrySet()) {
            for (String pattern : entry.getKey().getPatternValues()) {
                patterns.add(pattern);
                for (String url : urls(pattern, entry.getValue(), f)) {
                    List<String> known = url.contains("access-log") ? typedInTheWalk : typed(url);
                    for (String account : accounts) {
                        MockHttpServletResponse response = mvc.perform(get(url)
                                .with(user(users.loadUserByUsername(account)))
                                .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL))
                                .andReturn().getResponse();
                        if (response.getStatus() == 200) {
                            answered++;
                        }
                        String body = text(response);
                        List<String> shown = new ArrayList<>(f.secrets().found(body, known));
                        String flat = Secrets.compact(body);
                        beyondTheCard.forEach((what, value) -> {
                            if (flat.contains(Secrets.compact(value))) {
                                shown.add(what);
                            }
                        });
                        shown.forEach(form -> leaks.add(when + ": " + account + " GET " + url + " -> "
                                + response.getStatus() + " shows " + form));
                    }
                }
            }
        }
        System.out.printf("Walk (%s): %d GET mappings x %d accounts, %d answered 200%n", when,
                patterns.size(), accounts.size(), answered);
        assertThat(patterns.size()).isGreaterThan(50);
        assertThat(answered).isGreaterThan(100);
        return leaks;
    }

    private String southvale(String url, String account) throws Exception {
        return mvc.perform(get(url).with(user(users.loadUserByUsername(account)))
                        .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String body(String url, Role role) throws Exception {
        return mvc.perform(get(url).with(user(details(role)))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static void expectOk(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 299);
    }

    private UserDetails details(Role role) {
        return users.loadUserByUsername(ACCOUNTS.get(role));
    }

    private org.nmoregister.security.CurrentUser signedIn(Role role) {
        return SignedIn.as(users, ACCOUNTS.get(role), () -> currentUsers().require());
    }

    @Autowired
    org.nmoregister.security.CurrentUsers currentUsersBean;

    private org.nmoregister.security.CurrentUsers currentUsers() {
        return currentUsersBean;
    }

    private <T> T as(Role role, java.util.function.Supplier<T> work) {
        return SignedIn.as(users, ACCOUNTS.get(role), work);
    }

    private static String around(String body, String form, Secrets secrets) {
        String flat = Secrets.compact(body);
        int at = flat.indexOf(secrets.compactForm(form));
        return at < 0 ? "(digits)" : "…" + flat.substring(Math.max(0, at - 60), Math.min(flat.length(), at + 60)) + "…";
    }

    /**
     * The confidential values of the walk's order, unique to this run, and an independent detector: the text is
     * unescaped (HTML, JSON), lower-cased, street-type abbreviations written out, and everything but letters and
     * digits removed, so "37, VELQORXA AVE." and "37 Velqorxa Avenue" are the same; phone numbers are compared as
     * their national digits after removing everything but digits from the whole text.
     */
    record Secrets(String number, String street, String line2, String postcode, String phone, String email,
                   String handle) {

        static Secrets random() {
            var random = ThreadLocalRandom.current();
            StringBuilder name = new StringBuilder("Vel");
            for (int i = 0; i < 5; i++) {
                name.append((char) ('a' + random.nextInt(26)));
            }
            String tag = name.substring(3);
            return new Secrets(String.valueOf(21 + random.nextInt(70)), name.toString(), "Refuge Wing", "LS11 5DN",
                    "07700 900" + (200 + random.nextInt(700)), "jane." + tag + "@refuge.example.org",
                    "@jd_" + tag);
        }

        String line1() {
            return number + " " + street + " Avenue";
        }

        String phoneIntl() {
            return "+44 " + phone.substring(1);
        }

        Map<String, String> forms() {
            Map<String, String> forms = new LinkedHashMap<>();
            forms.put("the first line", compact(line1()));
            forms.put("the second line", compact(line2));
            forms.put("the postcode", compact(postcode));
            forms.put("the e-mail", compact(email));
            forms.put("the social-media handle", compact(handle));
            return forms;
        }

        String compactForm(String form) {
            return forms().getOrDefault(form, "\u0000");
        }

        List<String> found(String text) {
            return found(text, List.of());
        }

        List<String> found(String text, List<String> typed) {
            if (text == null) {
                return List.of();
            }
            String flat = compact(text);
            for (String value : typed) {
                String key = compact(value);
                if (key.length() >= 5) {
                    flat = flat.replace(key, "|");
                }
            }
            List<String> found = new ArrayList<>();
            for (var form : forms().entrySet()) {
                if (flat.contains(form.getValue())) {
                    found.add(form.getKey());
                }
            }
            String national = phone.replaceAll("\\D", "").substring(1);
            if (unescape(text).replaceAll("\\D", "").contains(national)) {
                found.add("the phone");
            }
            return found;
        }

        private static final Map<String, String> WORDS = Map.of("ave", "avenue", "av", "avenue", "rd", "road",
                "st", "street");

        static String compact(String text) {
            StringBuilder out = new StringBuilder();
            for (String word : unescape(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                out.append(WORDS.getOrDefault(word, word));
            }
            return out.toString();
        }

        private static String unescape(String text) {
            String html = HtmlUtils.htmlUnescape(text);
            Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(html);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1),
                        16))));
            }
            m.appendTail(out);
            return out.toString();
        }
    }
}
