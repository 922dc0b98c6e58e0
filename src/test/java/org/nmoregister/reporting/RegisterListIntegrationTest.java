package org.nmoregister.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.Relationship;
import org.nmoregister.security.Accounts;
import org.nmoregister.security.Force;
import org.nmoregister.security.Role;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register list on PostgreSQL, in a force of the test's own: each filter on the API lists exactly the orders a
 * plain Java check of the fixtures picks; the page lists the same orders for the same filters, and the CSV the same
 * rows in the same words as the page; every row shown is in the access log; another force's orders never appear.
 */
@IntegrationTest
class RegisterListIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    String code;
    Force force;
    UUID north;
    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    record Fixture(UUID id, OrderDetails details, String state, boolean breach, boolean awaiting, boolean inNorth) {
    }

    final Map<String, Fixture> fixtures = new LinkedHashMap<>();

    @BeforeEach
    void aRegister() {
        code = "rl" + UUID.randomUUID().toString().substring(0, 8);
        force = ReportFixtures.force(accounts, code);
        north = force.districts().stream().filter(d -> d.name().startsWith("North")).findFirst().orElseThrow().id();
        add("in-force", OrderType.NMO, now.minus(20, ChronoUnit.DAYS), now.plus(160, ChronoUnit.DAYS),
                now.minus(19, ChronoUnit.DAYS), false, true);
        add("unserved", OrderType.RESTRAINING_ORDER, now.minus(3, ChronoUnit.DAYS), now.plus(100, ChronoUnit.DAYS),
                null, true, false);
        add("expired", OrderType.NMO, now.minus(400, ChronoUnit.DAYS), now.minus(220, ChronoUnit.DAYS),
                now.minus(399, ChronoUnit.DAYS), true, true);
        add("ending-soon", OrderType.STALKING_PROTECTION_ORDER, now.minus(170, ChronoUnit.DAYS),
                now.plus(10, ChronoUnit.DAYS), now.minus(160, ChronoUnit.DAYS), false, false);
        add("no-end", OrderType.NMO, now.minus(50, ChronoUnit.DAYS), null, now.minus(49, ChronoUnit.DAYS), false,
                true);
        // quality assurance opens a review of each version after it is recorded; two are then assured
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from quality_review where force_id = ?", Integer.class, force.id()) == 5);
        for (Fixture f : fixtures.values()) {
            if (!f.awaiting()) {
                jdbc.update("update quality_review set status = 'QUALITY_ASSURED', assured_at = now(), "
                        + "assured_by = 'test' where order_id = ?", f.id());
            }
        }
    }

    void add(String state, OrderType type, Instant made, Instant ends, Instant served, boolean breach,
             boolean inNorth) {
        OrderDetails details = ReportFixtures.order(ReportFixtures.caseNumber(), type, Relationship.FORMER_SPOUSE,
                made, ends, served, "Applicant " + state, "Respondent " + state);
        UUID id = SignedIn.as(users, ReportFixtures.user(Role.POINT_OF_CONTACT, code),
                () -> orders.create(details, "register fixture"));
        if (breach) {
            jdbc.update("insert into breach_report (id, force_id, reference, order_id, reported_at, recorded_at, "
                    + "recorded_by, reporter_kind, domestic_abuse) values (?, ?, ?, ?, now(), now(), 'test', "
                    + "'VICTIM', true)", UUID.randomUUID(), force.id(), "RL-" + UUID.randomUUID().toString()
                    .substring(0, 12), id);
        }
        if (inNorth) {
            jdbc.update("insert into order_district_choice (order_id, force_id, district_id, chosen_by, chosen_at) "
                    + "values (?, ?, ?, 'test', now())", id, force.id(), north);
        }
        boolean awaiting = state.equals("unserved") || state.equals("ending-soon");
        fixtures.put(state, new Fixture(id, details, state, breach, awaiting, inNorth));
    }

    List<String> api(String query) throws Exception {
        JsonNode page = json.readTree(mvc.perform(get("/api/v1/orders?" + query)
                        .with(httpBasic(ReportFixtures.user(Role.POINT_OF_CONTACT, code), "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<String> cases = new ArrayList<>();
        page.get("rows").forEach(r -> cases.add(r.get("caseNumber").asString()));
        assertThat(page.get("total").asLong()).isEqualTo(cases.size());
        // a few orders are counted exactly (the count stops only past 10,000)
        assertThat(page.get("totalExact").asBoolean()).isTrue();
        return cases;
    }

    List<String> expected(Predicate<Fixture> which) {
        return fixtures.values().stream().filter(which).map(f -> f.details().caseNumber()).toList();
    }

    @Test
    void eachFilterListsWhatAJavaCheckOfTheFixturesPicks() throws Exception {
        assertThat(api("")).containsExactlyInAnyOrderElementsOf(expected(f -> true));
        assertThat(api("status=IN_FORCE")).containsExactlyInAnyOrderElementsOf(
                expected(f -> List.of("in-force", "ending-soon", "no-end").contains(f.state())));
        assertThat(api("status=PENDING_SERVICE")).containsExactly(fixtures.get("unserved").details().caseNumber());
        assertThat(api("status=EXPIRED")).containsExactly(fixtures.get("expired").details().caseNumber());
        assertThat(api("status=DISCHARGED")).isEmpty();
        assertThat(api("type=NMO")).containsExactlyInAnyOrderElementsOf(
                expected(f -> f.details().orderType() == OrderType.NMO));
        assertThat(api("district=" + north)).containsExactlyInAnyOrderElementsOf(expected(Fixture::inNorth));
        // a plain space: the request builder encodes the URI itself, so a typed "%20" arrives as the text "%20"
        assertThat(api("court=leeds family court")).hasSize(5);
        assertThat(api("court=Bristol")).isEmpty();
        assertThat(api("endingWithinDays=30")).containsExactly(fixtures.get("ending-soon").details().caseNumber());
        assertThat(api("unserved=true")).containsExactly(fixtures.get("unserved").details().caseNumber());
        assertThat(api("withBreach=true")).containsExactlyInAnyOrderElementsOf(expected(Fixture::breach));
        assertThat(api("awaitingQuality=true")).containsExactlyInAnyOrderElementsOf(expected(Fixture::awaiting));
        assertThat(api("withBreach=true&type=NMO")).containsExactly(fixtures.get("expired").details().caseNumber());
        // sorted: made, newest first by default; ends, soonest first when asked
        assertThat(api("sort=MADE")).containsExactly(expected(f -> true).stream()
                .sorted((a, b) -> fixture(b).details().madeAt().compareTo(fixture(a).details().madeAt())).toArray(String[]::new));
        assertThat(api("sort=ENDS&direction=asc")).first().isEqualTo(fixtures.get("expired").details().caseNumber());
        // paged, with the total
        JsonNode page2 = json.readTree(mvc.perform(get("/api/v1/orders?size=2&page=2")
                        .with(httpBasic(ReportFixtures.user(Role.POINT_OF_CONTACT, code), "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page2.get("total").asLong()).isEqualTo(5);
        assertThat(page2.get("rows")).hasSize(2);
        // the old searches still answer a list
        String caseNumber = fixtures.get("in-force").details().caseNumber();
        mvc.perform(get("/api/v1/orders").param("caseNumber", caseNumber)
                        .with(httpBasic(ReportFixtures.user(Role.POINT_OF_CONTACT, code), "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].caseNumber").value(caseNumber));
    }

    Fixture fixture(String caseNumber) {
        return fixtures.values().stream().filter(f -> f.details().caseNumber().equals(caseNumber)).findFirst()
                .orElseThrow();
    }

    @Test
    void aWrongFilterIsRefusedNamingItAndAnalystsCannotList() throws Exception {
        var poc = httpBasic(ReportFixtures.user(Role.POINT_OF_CONTACT, code), "demo");
        for (String[] wrong : List.of(new String[]{"status", "ACTIVE"}, new String[]{"type", "PARKING"},
                new String[]{"district", "north"}, new String[]{"endingWithinDays", "-1"},
                new String[]{"size", "1000"}, new String[]{"page", "0"}, new String[]{"sort", "NAME"},
                new String[]{"unserved", "maybe"})) {
            mvc.perform(get("/api/v1/orders").param(wrong[0], wrong[1]).with(poc))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(wrong[0]));
        }
        mvc.perform(get("/api/v1/orders").with(httpBasic(ReportFixtures.user(Role.ANALYST, code), "demo")))
                .andExpect(status().isForbidden());
        // pages are signed in to with a session (the form), the API with HTTP Basic
        mvc.perform(get("/register").with(user(users.loadUserByUsername(ReportFixtures.user(Role.ANALYST, code)))))
                .andExpect(status().isForbidden());
    }

    static final Pattern ROW_CASE = Pattern.compile("href=\"/orders/[0-9a-f-]+\">([A-Z0-9]+)</a>");

    @Test
    void thePageListsWhatTheApiListsAndTheCsvHoldsThePagesRowsInItsWords() throws Exception {
        var poc = user(users.loadUserByUsername(ReportFixtures.user(Role.POINT_OF_CONTACT, code)));
        for (String query : List.of("", "status=IN_FORCE", "withBreach=true", "unserved=true&sort=COURT",
                "district=" + north + "&sort=ENDS&direction=asc", "awaitingQuality=true", "endingWithinDays=30")) {
            long logged = logged();
            String html = mvc.perform(get("/register?" + query).with(poc)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            List<String> page = new ArrayList<>();
            Matcher m = ROW_CASE.matcher(html);
            while (m.find()) {
                page.add(m.group(1));
            }
            assertThat(page).as(query).containsExactlyElementsOf(api(query));
            assertThat(logged() - logged).as("one access-log entry per row shown, and the API's")
                    .isEqualTo(2L * page.size());
            String csv = mvc.perform(get("/register/orders.csv?" + query).with(poc)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords();
            assertThat(records.stream().map(r -> r.get("Case number")).toList()).as(query).containsExactlyElementsOf(page);
            for (CSVRecord record : records) {
                for (String cell : record.values()) {
                    assertThat(html).contains(cell.isEmpty() ? "" : org.springframework.web.util.HtmlUtils.htmlEscape(cell));
                }
            }
        }
    }

    long logged() {
        return jdbc.queryForObject("select count(*) from access_log where force_id = ? and action in "
                + "('SEARCH', 'EXPORT') and detail like '%register%'", Long.class, force.id()) / 1;
    }

    @Test
    void anotherForcesOrdersNeverAppear() throws Exception {
        List<String> theirs = api("");
        assertThat(theirs).hasSize(5);
        String other = "ro" + UUID.randomUUID().toString().substring(0, 8);
        ReportFixtures.force(accounts, other);
        String html = mvc.perform(get("/register").with(user(users.loadUserByUsername(
                ReportFixtures.user(Role.POINT_OF_CONTACT, other))))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (String caseNumber : theirs) {
            assertThat(html).doesNotContain(caseNumber);
        }
    }
}
