package org.nmoregister.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nmoregister.orders.Address;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.ContactDetail;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderMovedToForce;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.ProtectedPerson;
import org.nmoregister.orders.Respondent;
import org.nmoregister.orders.Term;
import org.nmoregister.retention.PersonalRecords;
import org.nmoregister.safeguarding.internal.Dissemination;
import org.nmoregister.security.Accounts;
import org.nmoregister.security.Role;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Briefings to districts end to end on PostgreSQL and a real SMTP server, in a force of the test's own (so its
 * districts' coverage is its own): an assured order is briefed to the victim's district and the respondent's, once;
 * the neighbourhood officer reads it without any confidential detail and acknowledges it; an unacknowledged briefing
 * is escalated with an e-mail to the district's supervisor; an order with no postcode in a district waits for the
 * point of contact to choose one, and later versions follow that choice.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "nmo.safeguarding.mail.from=safeguarding@sgtest.police.example"})
class DisseminationIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    Dissemination dissemination;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;
    @Autowired
    List<PersonalRecords> personalRecords;

    static final Random RANDOM = new Random();
    final Instant made = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    String force;
    /** Postcode districts of the test's own, so no other test's or the demo's coverage can find them. */
    String victimArea;
    String respondentArea;
    String northCode;
    String southCode;

    @BeforeEach
    void aForceWithTwoDistricts() throws Exception {
        force = "sg" + UUID.randomUUID().toString().substring(0, 8);
        accounts.ensureForce(force, "Safeguarding Test " + force, List.of());
        for (Role role : List.of(Role.POINT_OF_CONTACT, Role.SAFEGUARDING, Role.SUPERVISOR, Role.NEIGHBOURHOOD,
                Role.ADMIN, Role.OFFICER)) {
            accounts.ensureUser(name(role), role.name() + " of " + force, force, "demo", Set.of(role));
        }
        accounts.ensureUser("other." + force, "Neighbourhood officer elsewhere", force, "demo",
                Set.of(Role.NEIGHBOURHOOD));
        victimArea = outward();
        respondentArea = outward();
        String csv = "district,area\n"
                + "North " + force + "," + victimArea + "\n"
                + "South " + force + "," + respondentArea + "\n"
                + "South " + force + "," + victimArea + " 9\n";
        mvc.perform(post("/api/v1/districts/coverage").with(httpBasic(name(Role.ADMIN), "demo"))
                        .contentType("text/csv").content(csv))
                .andExpect(status().isOk()).andExpect(jsonPath("$.districtsMade").value(2))
                .andExpect(jsonPath("$.areas").value(3));
        JsonNode districts = read(get("/api/v1/districts"), name(Role.NEIGHBOURHOOD));
        assertThat(districts).hasSize(2);
        for (JsonNode d : districts) {
            boolean north = d.get("name").asString().startsWith("North");
            if (north) {
                northCode = d.get("code").asString();
                assertThat(d.get("postcodeDistricts").toString()).isEqualTo("[\"" + victimArea + "\"]");
            } else {
                southCode = d.get("code").asString();
                assertThat(d.get("sectors").toString()).isEqualTo("[\"" + victimArea + " 9\"]");
            }
            mvc.perform(put("/api/v1/districts/{id}", d.get("id").asString())
                            .with(httpBasic(name(Role.ADMIN), "demo")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\": \"" + d.get("name").asString() + "\", \"teamEmail\": \"team."
                                    + d.get("code").asString() + "@sgtest.police.example\", \"supervisorEmail\": "
                                    + "\"inspector." + d.get("code").asString() + "@sgtest.police.example\", "
                                    + "\"areas\": " + areasOf(d) + "}"))
                    .andExpect(status().isOk());
        }
        jdbc.update("insert into district_officer (username, district_id) select ?, id from district where code = ? "
                + "and force_id = (select id from force where code = ?)", name(Role.NEIGHBOURHOOD), northCode, force);
        jdbc.update("insert into district_officer (username, district_id) select ?, id from district where code = ? "
                + "and force_id = (select id from force where code = ?)", "other." + force, southCode, force);
    }

    @Test
    void anAssuredOrderIsBriefedToTheVictimsAndTheRespondentsDistrictsOnceAcknowledgedAndEscalated()
            throws Exception {
        String postcode = victimArea + " 2AB";
        UUID order = create(order(postcode, respondentArea + " 1AA"));
        assure(order);
        JsonNode briefings = await().atMost(Duration.ofSeconds(20)).until(() -> tasks(order, name(Role.SAFEGUARDING)),
                items -> items.size() == 2);
        assertThat(briefings).allSatisfy(t -> {
            assertThat(t.get("kind").asString()).isEqualTo("DISSEMINATION");
            assertThat(t.get("status").asString()).isEqualTo("OPEN");
            assertThat(t.get("orderId").asString()).isEqualTo(order.toString());
            assertThat(Instant.parse(t.get("dueAt").asString())).isBetween(Instant.now().plus(47, ChronoUnit.HOURS),
                    Instant.now().plus(49, ChronoUnit.HOURS));
        });
        assertThat(briefings).extracting(t -> t.get("district").get("code").asString())
                .containsExactlyInAnyOrder(northCode, southCode);
        UUID north = idOf(briefings, northCode);
        UUID south = idOf(briefings, southCode);

        // Each district's team is told, without a name or an address in the mail.
        List<MimeMessage> announced = await().atMost(Duration.ofSeconds(10)).until(() -> mailTo("team."),
                m -> m.size() == 2);
        for (MimeMessage mail : announced) {
            String body = GreenMailUtil.getBody(mail);
            assertThat(mail.getSubject()).startsWith("New briefing for");
            assertThat(body).contains("/safeguarding/tasks/").doesNotContain("Acacia").doesNotContain(postcode)
                    .doesNotContain("Jane");
        }

        // Handling the event again (a retry, a second instance) makes no second briefing.
        var snapshot = SignedIn.as(users, name(Role.POINT_OF_CONTACT), () -> orders.current(order));
        assertThat(dissemination.brief(snapshot)).containsExactlyInAnyOrder(north, south);
        assertThat(tasks(order, name(Role.SAFEGUARDING))).hasSize(2);

        // The neighbourhood officer sees their own district's briefing only, and no confidential detail in it.
        JsonNode own = tasks(order, name(Role.NEIGHBOURHOOD));
        assertThat(own).hasSize(1);
        assertThat(own.get(0).get("id").asString()).isEqualTo(north.toString());
        mvc.perform(get("/api/v1/safeguarding/tasks/{id}", south).with(httpBasic(name(Role.NEIGHBOURHOOD), "demo")))
                .andExpect(status().isNotFound());
        String detail = mvc.perform(get("/api/v1/safeguarding/tasks/{id}", north)
                        .with(httpBasic(name(Role.NEIGHBOURHOOD), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.detail.district").value("North " + force))
                .andExpect(jsonPath("$.detail.why").value("The protected people live in this district"))
                .andExpect(jsonPath("$.detail.respondent.name").value("John Smith"))
                .andExpect(jsonPath("$.task.workPage").value("/safeguarding/briefings/" + north))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(detail).contains("Leeds, " + victimArea + " area").contains("Jane Smith")
                .contains("Violence").doesNotContain("Acacia").doesNotContain(postcode)
                .doesNotContain(postcode.replace(" ", "")).doesNotContain("07700 900123")
                .doesNotContain("jane.smith@example.org");
        String page = mvc.perform(get("/safeguarding/briefings/{id}", north)
                        .with(user(users.loadUserByUsername(name(Role.NEIGHBOURHOOD)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Acknowledge the briefing").contains("John Smith").doesNotContain("Acacia")
                .doesNotContain(postcode).doesNotContain("07700 900123");
        assertThat(jdbc.queryForObject("select count(*) from access_log where username = ? and action = 'DISCLOSE' "
                + "and subject_id = ?", Integer.class, name(Role.NEIGHBOURHOOD), order.toString()))
                .as("each reading of the briefing is a disclosure in the access log").isGreaterThanOrEqualTo(2);

        // Acknowledging completes it, once.
        mvc.perform(post("/api/v1/safeguarding/tasks/{id}/acknowledgement", north)
                        .with(httpBasic(name(Role.NEIGHBOURHOOD), "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"Briefed at the 2pm shift briefing\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.closedBy").value(name(Role.NEIGHBOURHOOD)));
        mvc.perform(post("/api/v1/safeguarding/tasks/{id}/acknowledgement", north)
                        .with(httpBasic(name(Role.NEIGHBOURHOOD), "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/safeguarding/tasks/{id}/acknowledgement", south)
                        .with(httpBasic(name(Role.OFFICER), "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/safeguarding/tasks/{id}/acknowledgement", south)
                        .with(httpBasic(name(Role.NEIGHBOURHOOD), "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"" + "x".repeat(2001) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));

        // The respondent's district did not acknowledge in time: escalated once, its supervisor e-mailed.
        jdbc.update("update safeguarding_task set due_at = now() - interval '1 minute' where id = ?", south);
        assertThat(dissemination.escalateOverdue()).isGreaterThanOrEqualTo(1);
        JsonNode escalated = read(get("/api/v1/safeguarding/tasks/{id}", south), name(Role.SUPERVISOR));
        assertThat(escalated.get("task").get("status").asString()).isEqualTo("ESCALATED");
        assertThat(escalated.get("history").toString()).contains("Overdue: raised to a supervisor");
        MimeMessage overdue = await().atMost(Duration.ofSeconds(10))
                .until(() -> mailTo("inspector." + southCode), m -> m.size() == 1).get(0);
        assertThat(overdue.getSubject()).startsWith("Overdue: a briefing to South " + force);
        dissemination.escalateOverdue();
        assertThat(mailTo("inspector." + southCode)).as("escalated once").hasSize(1);
        assertThat(mailTo("inspector." + northCode)).as("the acknowledged one is not escalated").isEmpty();

        // The task list filters by kind, status and district, and refuses what is not one.
        assertThat(read(get("/api/v1/safeguarding/tasks").param("district", southCode).param("status", "ESCALATED")
                .param("kind", "DISSEMINATION"), name(Role.SAFEGUARDING)).get("items")).hasSize(1);
        mvc.perform(get("/api/v1/safeguarding/tasks").param("status", "LOST")
                        .with(httpBasic(name(Role.SAFEGUARDING), "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/safeguarding/tasks").param("district", "nowhere")
                        .with(httpBasic(name(Role.SAFEGUARDING), "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("district"));
        mvc.perform(get("/api/v1/safeguarding/tasks").with(httpBasic(name(Role.OFFICER), "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/safeguarding/tasks/{id}", north).with(httpBasic("safeguarding.northshire", "demo")))
                .andExpect(status().isNotFound()); // another force's task is not found
    }

    @Test
    void aSectorSendsTheBriefingToItsDistrictAndAVariationReplacesTheEarlierBriefing() throws Exception {
        UUID order = create(order(victimArea + " 9XY", victimArea + " 9XZ"));
        assure(order);
        JsonNode first = await().atMost(Duration.ofSeconds(20)).until(() -> tasks(order, name(Role.SAFEGUARDING)),
                items -> items.size() == 1);
        assertThat(first.get(0).get("district").get("code").asString()).as("the sector's district, not LS6's")
                .isEqualTo(southCode);

        OrderDetails current = SignedIn.as(users, name(Role.POINT_OF_CONTACT), () -> orders.current(order).details());
        OrderDetails moved = withApplicantPostcode(current, victimArea + " 3CD");
        SignedIn.as(users, name(Role.POINT_OF_CONTACT), () -> orders.addVersion(order, ChangeKind.VARIATION,
                made.plus(2, ChronoUnit.HOURS), moved, "FL404B"));
        assure(order);
        JsonNode both = await().atMost(Duration.ofSeconds(20)).until(() -> tasks(order, name(Role.SAFEGUARDING)),
                items -> items.size() == 3 && items.toString().contains("CANCELLED"));
        assertThat(both).filteredOn(t -> t.get("status").asString().equals("CANCELLED")).singleElement()
                .satisfies(t -> {
                    assertThat(t.get("orderVersion").asInt()).isEqualTo(1);
                    assertThat(t.get("outcome").asString()).contains("Replaced by the briefing on version 2");
                });
        assertThat(both).filteredOn(t -> t.get("status").asString().equals("OPEN"))
                .extracting(t -> t.get("district").get("code").asString() + ":" + t.get("orderVersion").asInt())
                .as("the victim's district follows the new address; the respondent's is briefed too")
                .containsExactlyInAnyOrder(northCode + ":2", southCode + ":2");
        // the district the register list and the reports filter by (kept in order_victim_district, V78) follows too
        assertThat(keptDistrict(order)).as("the victim's district kept for reporting").contains(districtId(northCode));
    }

    /** The victim district reporting reads for an order (reporting_order_district, kept by V78's triggers). */
    private List<UUID> keptDistrict(UUID order) {
        return jdbc.queryForList("select district_id from reporting_order_district where order_id = ?", UUID.class,
                order);
    }

    private UUID districtId(String code) {
        return jdbc.queryForObject("select id from district where code = ?", UUID.class, code);
    }

    @Test
    void withNoPostcodeInADistrictThePointOfContactChoosesOneAndLaterVersionsFollowIt() throws Exception {
        UUID order = create(order(null, null));
        assure(order);
        JsonNode waiting = await().atMost(Duration.ofSeconds(20)).until(() -> tasks(order, name(Role.POINT_OF_CONTACT)),
                items -> items.size() == 1);
        assertThat(waiting.get(0).get("district").isNull()).isTrue();
        UUID task = UUID.fromString(waiting.get(0).get("id").asString());
        assertThat(read(get("/api/v1/safeguarding/tasks").param("orderId", order.toString()),
                name(Role.NEIGHBOURHOOD)).get("items")).as("no district's officer sees it yet").isEmpty();
        mvc.perform(post("/api/v1/safeguarding/tasks/{id}/acknowledgement", task)
                        .with(httpBasic(name(Role.SAFEGUARDING), "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isConflict());

        String northId = java.util.stream.StreamSupport.stream(read(get("/api/v1/districts"), name(Role.POINT_OF_CONTACT)).spliterator(), false)
                .filter(d -> d.get("code").asString().equals(northCode)).findFirst().orElseThrow()
                .get("id").asString();
        mvc.perform(post("/api/v1/safeguarding/tasks/{id}/district", task)
                        .with(httpBasic(name(Role.NEIGHBOURHOOD), "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"districtId\": \"" + northId + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/safeguarding/tasks/{id}/district", task)
                        .with(httpBasic(name(Role.POINT_OF_CONTACT), "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"districtId\": \"" + northId + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.district.code").value(northCode));
        assertThat(tasks(order, name(Role.NEIGHBOURHOOD))).hasSize(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> mailTo("team." + northCode), m -> !m.isEmpty());

        OrderDetails current = SignedIn.as(users, name(Role.POINT_OF_CONTACT), () -> orders.current(order).details());
        SignedIn.as(users, name(Role.POINT_OF_CONTACT), () -> orders.addVersion(order, ChangeKind.EXTENSION,
                made.plus(3, ChronoUnit.HOURS), current.withEnd(current.duration(),
                        current.endsAt().plus(90, ChronoUnit.DAYS)), "Extended on FL403"));
        assure(order);
        JsonNode later = await().atMost(Duration.ofSeconds(20)).until(() -> tasks(order, name(Role.SAFEGUARDING)),
                items -> items.size() == 2);
        assertThat(later).filteredOn(t -> t.get("orderVersion").asInt() == 2).singleElement()
                .satisfies(t -> assertThat(t.get("district").get("code").asString()).isEqualTo(northCode));
        assertThat(keptDistrict(order)).as("the chosen district, kept for reporting")
                .containsExactly(UUID.fromString(northId));

        // Moved to another force: safeguarding clears the district and the choice (they were the old force's), and
        // the kept district goes with them, in the same transaction.
        String other = "sg" + UUID.randomUUID().toString().substring(0, 8);
        accounts.ensureForce(other, "Safeguarding Test " + other, List.of());
        UUID from = jdbc.queryForObject("select id from force where code = ?", UUID.class, force);
        UUID to = jdbc.queryForObject("select id from force where code = ?", UUID.class, other);
        var snapshot = SignedIn.as(users, name(Role.POINT_OF_CONTACT), () -> orders.current(order));
        var transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        transactions.executeWithoutResult(tx -> events.publishEvent(
                new OrderMovedToForce(order, from, to, Instant.now(), snapshot)));
        assertThat(keptDistrict(order)).as("no district after the transfer").isEmpty();

        // A district chosen again, then the case disposed of by retention: the kept district goes with its sources.
        jdbc.update("insert into order_district_choice (order_id, force_id, district_id, chosen_by, chosen_at) "
                + "values (?, ?, ?, 'test', now())", order, to, UUID.fromString(northId));
        assertThat(keptDistrict(order)).containsExactly(UUID.fromString(northId));
        PersonalRecords safeguarding = personalRecords.stream().filter(r -> r.holder().equals("safeguarding"))
                .findFirst().orElseThrow();
        transactions.executeWithoutResult(tx -> safeguarding.dispose(order));
        assertThat(keptDistrict(order)).as("no district after disposal").isEmpty();
    }

    @Test
    void districtsRefuseAnAreaAnotherCoversAndABadFileChangesNothing() throws Exception {
        JsonNode districts = read(get("/api/v1/districts"), name(Role.ADMIN));
        JsonNode north = java.util.stream.StreamSupport.stream(districts.spliterator(), false).filter(d -> d.get("code").asString().equals(northCode))
                .findFirst().orElseThrow();
        mvc.perform(put("/api/v1/districts/{id}", north.get("id").asString()).with(httpBasic(name(Role.ADMIN), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"North\", \"areas\": [\"" + respondentArea + "\"]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("areas"))
                .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.containsString("South")));
        mvc.perform(put("/api/v1/districts/{id}", north.get("id").asString()).with(httpBasic(name(Role.ADMIN), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"North\", \"areas\": [\"LS6 2AB\"], \"teamEmail\": \"nope\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/districts/coverage").with(httpBasic(name(Role.ADMIN), "demo"))
                        .contentType("text/csv").content("district,area\nEast,ZZ1\nEast,not an area\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.containsString("row 3")));
        mvc.perform(post("/api/v1/districts/coverage").with(httpBasic(name(Role.POINT_OF_CONTACT), "demo"))
                        .contentType("text/csv").content("district,area\nEast,ZZ1\n"))
                .andExpect(status().isForbidden());
        assertThat(read(get("/api/v1/districts"), name(Role.ADMIN)).toString())
                .as("nothing changed").isEqualTo(districts.toString());
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private String name(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + force;
    }

    /** A made-up postcode district of the shape AA9A that no one else uses (Royal Mail allocates few of them). */
    private static String outward() {
        String letters = "ABCDEFGHJKLMNOPQRSTUVWXYZ";
        return "" + letters.charAt(RANDOM.nextInt(letters.length())) + letters.charAt(RANDOM.nextInt(letters.length()))
                + RANDOM.nextInt(10) + letters.charAt(RANDOM.nextInt(letters.length()));
    }

    /** A without-notice NMO protecting Jane Smith at a confidential address with this postcode (or none). */
    private OrderDetails order(String victimPostcode, String respondentPostcode) {
        OrderDetails base = OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), made);
        ProtectedPerson jane = new ProtectedPerson("Jane Smith", base.applicant().dateOfBirth(), List.of(),
                victimPostcode == null ? List.of()
                        : List.of(new Address("14 Acacia Avenue", null, "Leeds", victimPostcode, true)),
                List.of(new ContactDetail(ContactDetail.Kind.PHONE, "07700 900123", true),
                        new ContactDetail(ContactDetail.Kind.EMAIL, "jane.smith@example.org", true)));
        Respondent r = base.respondent();
        Respondent john = new Respondent(r.name(), r.dateOfBirth(), r.aliases(), respondentPostcode == null ? List.of()
                : List.of(new Address("3 Mill Lane", null, "Leeds", respondentPostcode, false)), r.contacts(),
                r.description(), r.vehicles(), r.officerSafety());
        List<Term> terms = List.of(base.terms().get(0), new Term(2, "The respondent must not go within 100 metres of "
                + "14 Acacia Avenue, Leeds" + (victimPostcode == null ? "" : " " + victimPostcode) + "."));
        return new OrderDetails(base.court(), base.caseNumber(), base.orderType(), base.madeAt(), base.withoutNotice(),
                base.returnHearing(), base.duration(), base.endsAt(), base.penalNotice(), jane,
                base.otherProtectedPersons(), base.children(), john, base.relationship(), terms, base.service(), null,
                null);
    }

    private static OrderDetails withApplicantPostcode(OrderDetails d, String postcode) {
        ProtectedPerson a = d.applicant();
        ProtectedPerson moved = new ProtectedPerson(a.name(), a.dateOfBirth(), a.aliases(),
                List.of(new Address("2 Refuge Close", null, "Leeds", postcode, true)), a.contacts());
        return new OrderDetails(d.court(), d.caseNumber(), d.orderType(), d.madeAt(), d.withoutNotice(),
                d.returnHearing(), d.duration(), d.endsAt(), d.penalNotice(), moved, d.otherProtectedPersons(),
                d.children(), d.respondent(), d.relationship(), d.terms(), d.service(), d.dischargedAt(), d.notes());
    }

    private UUID create(OrderDetails details) {
        return SignedIn.as(users, name(Role.POINT_OF_CONTACT), () -> orders.create(details, null));
    }

    private void assure(UUID order) throws Exception {
        mvc.perform(post("/api/v1/orders/{id}/quality-assurance", order)
                        .with(httpBasic(name(Role.POINT_OF_CONTACT), "demo")))
                .andExpect(status().isOk());
    }

    private JsonNode tasks(UUID order, String username) throws Exception {
        return read(get("/api/v1/safeguarding/tasks").param("orderId", order.toString())
                .param("kind", "DISSEMINATION"), username).get("items");
    }

    private JsonNode read(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                          String username) throws Exception {
        String body = mvc.perform(request.with(httpBasic(username, "demo"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    private static UUID idOf(JsonNode items, String districtCode) {
        for (JsonNode t : items) {
            if (t.get("district").get("code").asString().equals(districtCode)) {
                return UUID.fromString(t.get("id").asString());
            }
        }
        throw new AssertionError("no task for " + districtCode + " in " + items);
    }

    private static String areasOf(JsonNode d) {
        StringBuilder areas = new StringBuilder("[");
        for (String field : List.of("postcodeDistricts", "sectors")) {
            for (JsonNode a : d.get(field)) {
                areas.append(areas.length() > 1 ? "," : "").append('"').append(a.asString()).append('"');
            }
        }
        return areas.append(']').toString();
    }

    private List<MimeMessage> mailTo(String prefix) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().startsWith(prefix)
                        && a.toString().endsWith("@sgtest.police.example"));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
