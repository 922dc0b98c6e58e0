package org.nmoregister.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.platform.web.ApiRequestBodies;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 10's fuzz test: every JSON write endpoint of the API (found from the request mappings, so a new one cannot
 * be missed) is sent a valid body and then seeded mutations of it: invalid JSON, wrong types, huge and NUL-bearing
 * strings, out-of-range dates and numbers, unknown and misspelt fields, oversized lists and bodies. No answer may be
 * a 5xx; every 4xx is problem+json; a mutation that can only be the field's fault (NUL, over-long text, a date no
 * calendar of the register holds, an unknown field, an object where a value belongs) is a 400 naming that field;
 * and a refused request changes nothing stored. The seed is printed; set {@code -Dfuzz.seed=} to replay a run.
 */
@IntegrationTest
class WriteEndpointFuzzTest {

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT.*Z");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-.*");
    private static final Pattern ENUM = Pattern.compile("[A-Z][A-Z_]+");
    /** Tables written by other people's reads, sign-ins and background jobs, not by the request under test. */
    private static final Set<String> NOT_COMPARED = Set.of("access_log", "event_publication", "shedlock",
            "flyway_schema_history", "marker_export", "user_account", "user_account_role");
    /** Jobs that must be among the scheduled jobs found, or the search for them is broken. */
    private static final List<String> KNOWN_JOBS = List.of("marker-withdrawal", "marker-export", "liaison-sweep");
    /** Upload endpoints take files, not JSON: their own tests cover them. */
    private static final Set<String> MULTIPART = Set.of("POST /api/v1/notifications/documents",
            "POST /api/v1/notifications/emails", "POST /api/v1/imports", "POST /api/v1/gazetteer/imports",
            "POST /api/v1/breaches/{id}/evidence", "POST /api/v1/districts/coverage",
            // a CSV file, not JSON: RetentionIntegrationTest and ScheduleCsvTest cover it
            "PUT /api/v1/retention/schedule");
    /** Endpoints that read no body (the path names all they act on): nothing to mutate; their own tests cover them. */
    private static final Set<String> BODILESS = Set.of(
            "DELETE /api/v1/safeguarding/plans/{orderId}/measures/{measureId}",
            "POST /api/v1/cross-force/requests/{id}/answered",
            "DELETE /api/v1/monitoring/devices/{deviceId}/orders/{orderId}",
            "POST /api/v1/monitoring/offender-flags/{id}/withdrawal",
            "POST /api/v1/retention/sweep");

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    OrderRegister register;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.nmoregister.safeguarding.internal.Districts districts;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    final List<String> failures = new ArrayList<>();
    int cases;

    /** One write endpoint: who may call it, the path with its ids filled in, and a body it accepts. */
    record Endpoint(String key, String user, String path, String body) {
    }

    @Test
    void noMutationOfAnyWriteRequestBreaksARequestOrARecord() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("WriteEndpointFuzzTest seed: " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        long started = System.nanoTime();

        List<Endpoint> endpoints = new ArrayList<>(endpoints());
        endpoints.addAll(retentionEndpoints());
        endpoints.addAll(rectificationEndpoints());
        Set<String> covered = new TreeSet<>(endpoints.stream().map(Endpoint::key).toList());
        covered.addAll(MULTIPART);
        covered.addAll(BODILESS);
        assertThat(covered).as("every write endpoint has a base body in this test")
                .containsAll(writeEndpoints());

        Map<String, Integer> baseStatus = new TreeMap<>();
        holdBackgroundJobs();
        countWrites();
        try {
            for (Endpoint endpoint : endpoints) {
                JsonNode base = json.readTree(endpoint.body());
                for (Mutation mutation : mutations(base, random, !endpoint.key().equals(TERMS_CHECK))) {
                    send(endpoint, mutation);
                }
                // the unmutated body last, so the record's state does not make the mutations moot
                baseStatus.put(endpoint.key(), send(endpoint, new Mutation("base", endpoint.body(), null, false)));
            }
        } finally {
            stopCountingWrites();
            releaseBackgroundJobs();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("WriteEndpointFuzzTest: %d cases on %d endpoints in %.0f s, seed %d%n", cases,
                endpoints.size(), seconds, seed);
        System.out.println("WriteEndpointFuzzTest base bodies: " + baseStatus);
        assertThat(failures).as("fuzz failures (seed " + seed + ")").isEmpty();
    }

    /** A body to send; {@code field}, when set, is the field that alone is at fault and must be named. */
    record Mutation(String name, String body, String field, boolean mustName) {
    }

    private int send(Endpoint endpoint, Mutation mutation) throws Exception {
        cases++;
        String before = fingerprint();
        HttpMethod method = HttpMethod.valueOf(endpoint.key().substring(0, endpoint.key().indexOf(' ')));
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request(method, endpoint.path())
                            .with(as(endpoint.user())).contentType(MediaType.APPLICATION_JSON)
                            .content(mutation.body()))
                    .andReturn().getResponse();
        } catch (Exception unhandled) {
            // MockMvc rethrows what no handler answered: in a server that is a 500
            Throwable cause = unhandled;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            failures.add(endpoint.key() + " [" + mutation.name() + "] -> 500: " + abbreviate(String.valueOf(cause)));
            settle();
            return 500;
        }
        int status = response.getStatus();
        String what = endpoint.key() + " [" + mutation.name() + "] -> " + status;
        if (status >= 500) {
            failures.add(what + ": " + abbreviate(response.getContentAsString()));
        } else if (status >= 400) {
            String type = response.getContentType();
            if (type == null || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(type))) {
                failures.add(what + ": not problem+json (" + type + ")");
            } else if (mutation.mustName()) {
                List<String> named = new ArrayList<>();
                JsonNode errors = json.readTree(response.getContentAsString()).get("errors");
                if (errors != null) {
                    errors.forEach(error -> named.add(error.path("field").asString()));
                }
                // naming a field inside the one at fault (override.a for an object in override) names it too
                if (status != 400 || named.stream().noneMatch(n -> n.equals(mutation.field())
                        || n.startsWith(mutation.field() + "."))) {
                    failures.add(what + ": expected 400 naming " + mutation.field() + ", named " + named);
                }
            }
            String after = fingerprint();
            if (!after.equals(before)) {
                failures.add(what + ": refused, but stored changes: " + difference(before, after));
            }
        } else {
            settle();
            if (mutation.mustName()) {
                failures.add(what + ": accepted, but " + mutation.field() + " was at fault");
            }
        }
        return status;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    // ---- what is stored ------------------------------------------------------------------------------------

    private List<String> tables;

    /**
     * Counts every row written to a compared table while the test runs: a row trigger on each adds one to the table's
     * count in {@code fuzz_stored_writes}, in the writing transaction, so a write rolled back is not counted and one
     * committed is. Reading the counts is one small query; reading every table's row count and newest row version
     * instead (as this test first did) scanned the whole database twice a case, a third of the suite's time.
     */
    private void countWrites() {
        tables = jdbc.queryForList("select tablename from pg_tables where schemaname = current_schema() "
                + "order by tablename", String.class).stream()
                .filter(t -> !NOT_COMPARED.contains(t) && !t.equals("fuzz_stored_writes")).toList();
        jdbc.execute("create table if not exists fuzz_stored_writes (table_name text primary key, writes bigint not null)");
        jdbc.execute("truncate fuzz_stored_writes");
        jdbc.execute("""
                create or replace function fuzz_count_write() returns trigger language plpgsql as $$
                begin
                    insert into fuzz_stored_writes values (tg_table_name, 1)
                        on conflict (table_name) do update set writes = fuzz_stored_writes.writes + 1;
                    return null;
                end
                $$""");
        for (String table : tables) {
            jdbc.execute("drop trigger if exists fuzz_count_write on \"" + table + "\"");
            jdbc.execute("create trigger fuzz_count_write after insert or update or delete on \"" + table
                    + "\" for each row execute function fuzz_count_write()");
        }
        // the counter sees a write: not a check that can never fail
        assertThat(tables).contains("district");
        String before = fingerprint();
        jdbc.update("update district set name = name where id = (select min(id::text)::uuid from district)");
        assertThat(fingerprint()).as("a row written is counted").isNotEqualTo(before);
    }

    /** Takes the triggers away again, so no later test's writes are counted. */
    private void stopCountingWrites() {
        if (tables != null) {
            for (String table : tables) {
                jdbc.execute("drop trigger if exists fuzz_count_write on \"" + table + "\"");
            }
        }
        jdbc.execute("drop table if exists fuzz_stored_writes");
        jdbc.execute("drop function if exists fuzz_count_write()");
    }

    /** Rows written so far to each compared table that has been written to: any insert, update or delete adds one. */
    private String fingerprint() {
        return jdbc.queryForObject("select coalesce(string_agg(table_name || '=' || writes, ',' order by table_name), "
                + "'') from fuzz_stored_writes", String.class);
    }

    private static String difference(String before, String after) {
        List<String> a = List.of(before.split(","));
        return String.join(",", List.of(after.split(",")).stream().filter(t -> !a.contains(t)).toList());
    }

    /**
     * The flag jobs withdraw markers of orders that have ended (any test's, any cached context's) every few
     * seconds: such a write during a refused request would be taken for the request's. Holding their ShedLock
     * locks keeps every instance's jobs off for the run, as a second instance holding them would.
     */
    private void holdBackgroundJobs() {
        for (String job : scheduledJobs()) {
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.update(
                    "insert into shedlock (name, lock_until, locked_at, locked_by) "
                            + "values (?, now() + interval '1 hour', now(), 'WriteEndpointFuzzTest') "
                            + "on conflict (name) do update set lock_until = excluded.lock_until, "
                            + "locked_at = excluded.locked_at, locked_by = excluded.locked_by "
                            + "where shedlock.lock_until <= now()", job) == 1);
        }
    }

    /**
     * Every job of the application that runs under a scheduling lock, found on the beans rather than listed: a list
     * by hand missed the courts' 7 a.m. liaison sweep, which then wrote during a refused request when the suite ran
     * at seven.
     */
    private Set<String> scheduledJobs() {
        Set<String> jobs = new TreeSet<>();
        for (String bean : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(bean, false);
            if (type == null) {
                continue;
            }
            for (java.lang.reflect.Method method : org.springframework.util.ClassUtils.getUserClass(type)
                    .getDeclaredMethods()) {
                net.javacrumbs.shedlock.spring.annotation.SchedulerLock lock = method.getAnnotation(
                        net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class);
                if (lock != null) {
                    jobs.add(lock.name());
                }
            }
        }
        assertThat(jobs).as("scheduled jobs found on the beans").containsAll(KNOWN_JOBS);
        return jobs;
    }

    private void releaseBackgroundJobs() {
        jdbc.update("update shedlock set lock_until = now() where locked_by = 'WriteEndpointFuzzTest'");
    }

    /** Waits for the listeners an accepted change set off, so their writes are not taken for the next case's. */
    private void settle() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Integer open = jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
                    + "and publication_date > now() - interval '10 minutes'", Integer.class);
            if (open == null || open == 0) {
                return;
            }
            Thread.sleep(50);
        }
    }

    // ---- the endpoints ------------------------------------------------------------------------------------

    /** Every POST, PUT, PATCH and DELETE mapping under /api/, as "METHOD /pattern". */
    private Set<String> writeEndpoints() {
        Set<String> keys = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                if (method == RequestMethod.GET || method == RequestMethod.HEAD || method == RequestMethod.OPTIONS) {
                    continue;
                }
                for (String pattern : info.getPatternValues()) {
                    if (pattern.startsWith("/api/")) {
                        keys.add(method.name() + " " + pattern);
                    }
                }
            }
        });
        return keys;
    }

    private final Map<String, RequestPostProcessor> signedIn = new java.util.HashMap<>();

    /** Signed in as a demo user without checking the password each time: bcrypt would be most of the run. */
    private RequestPostProcessor as(String username) {
        return signedIn.computeIfAbsent(username, name -> user(users.loadUserByUsername(name)));
    }

    private UUID idOf(MockHttpServletResponse response, String field) throws Exception {
        JsonNode value = json.readTree(response.getContentAsString()).findValue(field);
        return value == null || value.isNull() ? null : UUID.fromString(value.asString());
    }

    private MockHttpServletResponse post(String user, String path, String body) throws Exception {
        return mvc.perform(request(HttpMethod.POST, path).with(as(user))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    /**
     * Retention's write endpoints, on a case past its review that is under a legal hold from the start, so that no
     * mutation disposes of it (dispose answers 409 while held; retain, hold and lift are accepted or refused).
     */
    private List<Endpoint> retentionEndpoints() throws Exception {
        Instant made = now.minus(9 * 365, ChronoUnit.DAYS);
        OrderDetails base = OrderFixtures.withNoticeNmo(OrderFixtures.uniqueCaseNumber(), made, "Jane Smith",
                "John Smith", made.plus(1, ChronoUnit.DAYS));
        UUID held = org.nmoregister.support.SignedIn.as(users, "poc.northshire",
                () -> register.create(base, "fuzz: retention"));
        MockHttpServletResponse swept = post("admin.northshire", "/api/v1/retention/sweep", "");
        assertThat(swept.getStatus()).as(swept.getContentAsString()).isEqualTo(200);
        String cases = "/api/v1/retention/cases/" + held;
        MockHttpServletResponse hold = post("supervisor.northshire", cases + "/holds",
                "{\"kind\": \"LITIGATION\", \"reason\": \"Claim KB-2026-000001\"}");
        assertThat(hold.getStatus()).as(hold.getContentAsString()).isEqualTo(200);
        MockHttpServletResponse second = post("supervisor.northshire", cases + "/holds",
                "{\"kind\": \"INQUIRY\", \"reason\": \"Inquiry reference INQ-7\"}");
        String holdId = json.readTree(second.getContentAsString()).get("holds").get(1).get("id").asString();
        return List.of(
                new Endpoint("POST /api/v1/retention/cases/{orderId}/holds", "supervisor.northshire",
                        cases + "/holds", "{\"kind\": \"COMPLAINT\", \"reason\": \"Complaint CO/2026/1\"}"),
                new Endpoint("POST /api/v1/retention/cases/{orderId}/holds/{holdId}/lift", "supervisor.northshire",
                        cases + "/holds/" + holdId + "/lift", "{\"reason\": \"Inquiry closed\"}"),
                new Endpoint("POST /api/v1/retention/cases/{orderId}/dispose", "supervisor.northshire",
                        cases + "/dispose", "{\"reason\": \"Reviewed: no risk remains\"}"),
                new Endpoint("POST /api/v1/retention/cases/{orderId}/retain", "supervisor.northshire",
                        cases + "/retain", "{\"reason\": \"Risk remains\", \"nextReview\": \""
                                + java.time.LocalDate.now().plusYears(1) + "\"}"),
                new Endpoint("POST /api/v1/subject-access", "supervisor.northshire", "/api/v1/subject-access",
                        "{\"reference\": \"SAR-2026-0001\", \"name\": \"Jane Smith\", \"dateOfBirth\": "
                                + "\"1990-01-02\"}"));
    }

    /**
     * The right to rectification: a restriction of the respondent's name as contested, which can be decided again
     * (a correction would change the value the next request says is held).
     */
    private List<Endpoint> rectificationEndpoints() {
        Instant made = now.minus(2, ChronoUnit.DAYS);
        OrderDetails base = OrderFixtures.withNoticeNmo(OrderFixtures.uniqueCaseNumber(), made, "Jane Smith",
                "John Smith", made.plus(1, ChronoUnit.DAYS));
        UUID order = SignedIn.as(users, "poc.northshire", () -> register.create(base, "fuzz: rectification"));
        String respondent = SignedIn.as(users, "poc.northshire",
                () -> register.current(order).details().respondent().name());
        return List.of(new Endpoint("POST /api/v1/subject-access/rectifications", "supervisor.northshire",
                "/api/v1/subject-access/rectifications", "{\"orderId\": \"" + order + "\", \"role\": \"RESPONDENT\","
                        + " \"personName\": \"" + respondent + "\", \"fact\": \"NAME\", \"heldValue\": \""
                        + respondent + "\", \"reason\": \"Says the spelling is wrong; no document\","
                        + " \"requestedBy\": \"The respondent, by letter\", \"decision\": \"RESTRICT\"}"));
    }

    /** The base bodies, taken from the other tests' payloads, against records made here for this run. */
    private List<Endpoint> endpoints() throws Exception {
        String caseNumber = OrderFixtures.uniqueCaseNumber();
        Instant made = now.minus(3, ChronoUnit.DAYS);
        UUID order = SignedIn.as(users, "poc.northshire",
                () -> register.create(OrderFixtures.withoutNoticeNmo(caseNumber, made), "fuzz test"));
        String poc = "poc.northshire";
        String supervisor = "supervisor.northshire";
        String incident = """
                {"occurredAt": "%s", "occurredTo": "%s", "conduct": "CONTACT", "channel": "TEXT", "direct": true,
                 "viaThirdParty": false, "protectedPerson": "applicant", "description": "Forty texts overnight",
                 "othersPresent": "Amy (child)", "witnesses": "Neighbour at no. 16",
                 "termReported": "Paragraph 2: no contact", "purpose": null, "awarenessEvidence": "Told by PC 4417",
                 "location": {"latitude": 53.81992, "longitude": -1.5765, "postcode": "LS6 2AB",
                   "address": "14 Acacia Avenue, Leeds", "placeKind": "HOME", "atVictimOrSuspectAddress": true}}
                """.formatted(now.minus(3, ChronoUnit.HOURS), now.minus(2, ChronoUnit.HOURS));
        String report = """
                {"orderId": "%s", "reportedAt": "%s", "reporterKind": "VICTIM", "reporterName": "Jane Smith",
                 "reporterOrganisation": null, "protectedPerson": "Jane Smith", "actionTaken": "Officer sent",
                 "incidents": [%s]}
                """.formatted(order, now.minus(1, ChronoUnit.HOURS), incident);
        MockHttpServletResponse reported = post(supervisor, "/api/v1/breaches", report);
        assertThat(reported.getStatus()).as(reported.getContentAsString()).isEqualTo(201);
        UUID breach = idOf(reported, "id");
        // The risk module opens the assessment when it is told of the report, after the report is committed.
        await().atMost(Duration.ofSeconds(20)).until(() -> idOf(mvc.perform(get("/api/v1/breaches/{id}", breach)
                .with(as(supervisor))).andReturn().getResponse(), "assessmentId") != null);
        UUID assessment = idOf(mvc.perform(get("/api/v1/breaches/{id}", breach).with(as(supervisor)))
                .andReturn().getResponse(), "assessmentId");
        post(supervisor, "/api/v1/breaches/" + breach + "/directions",
                "{\"reasons\": [\"NO_ARREST_DECISION\"], \"direction\": \"Consider arrest today.\"}");
        UUID direction = UUID.fromString(json.readTree(mvc.perform(get("/api/v1/breaches/{id}", breach)
                        .with(as(supervisor))).andReturn().getResponse().getContentAsString())
                .get("directions").get(0).get("id").asString());
        UUID liaison = idOf(post(poc, "/api/v1/orders/" + order + "/liaison-requests",
                "{\"kind\": \"MISSING_DATA\", \"note\": \"Please send the return date\", \"dueAt\": \""
                        + now.plus(7, ChronoUnit.DAYS) + "\"}"), "id");
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        MockHttpServletResponse drawn = post(supervisor, "/api/v1/breaches/dip-samples",
                "{\"weekStart\": \"" + monday.minusWeeks(1) + "\"}");
        UUID sample = drawn.getStatus() == 201 ? idOf(drawn, "id") : idOf(mvc.perform(
                get("/api/v1/breaches/dip-samples").with(as(supervisor))).andReturn().getResponse(),
                "sampleId");
        String court = "Fuzz Court " + UUID.randomUUID();
        UUID courtId = idOf(post("admin.northshire", "/api/v1/courts", "{\"name\": \"" + court
                + "\", \"reason\": \"New court listed by HMCTS\"}"), "id");
        String externalReference = "FZ-" + caseNumber;
        String notification = """
                {"source": "MANUAL", "manualOrigin": "COURT_OTHER", "externalReference": null,
                 "court": "Leeds Family Court", "caseNumber": "%s", "orderType": "NMO", "madeAt": "%s",
                 "withoutNotice": true, "returnHearing": {"at": "%s", "court": "Leeds Family Court"},
                 "endsAt": "%s", "untilFurtherOrder": false, "untilNextHearing": false, "penalNotice": true,
                 "applicant": {"name": "Jane Smith", "dateOfBirth": "1990-05-01", "aliases": ["Janey Smith"],
                   "address": {"line1": "14 Acacia Avenue", "line2": "Refuge Wing", "town": "Leeds",
                     "postcode": "LS6 2AB", "confidential": true},
                   "addresses": [], "contacts": [{"kind": "PHONE", "value": "07700 900123", "confidential": true}]},
                 "otherProtectedPersons": [],
                 "respondent": {"name": "John Smith", "dateOfBirth": "1988-04-12", "aliases": ["Johnny Smith"],
                   "address": {"line1": "3 Mill Lane", "town": "Leeds", "postcode": "LS12 1AA"},
                   "addresses": [], "contacts": [], "description": "White male, 6ft", "vehicles": ["YX19 ABC"],
                   "officerSafety": {"warnings": ["DOGS"], "notes": "Two dogs"}},
                 "children": [{"name": "Amy Smith", "dateOfBirth": "2015-03-03"}], "relationship": "FORMER_SPOUSE",
                 "terms": ["The respondent John Smith must not use or threaten violence against Jane Smith."],
                 "servedAt": "%s", "serviceMethod": "PERSONAL", "servedBy": "PC 4417", "dischargedAt": null,
                 "notes": "Sealed order attached"}
                """.formatted("F" + caseNumber, made, made.plus(14, ChronoUnit.DAYS),
                made.plus(14, ChronoUnit.DAYS).plus(6, ChronoUnit.HOURS), made.plus(1, ChronoUnit.DAYS));
        UUID queued = idOf(post(poc, "/api/v1/notifications", notification), "id");
        String data = json.writeValueAsString(((ObjectNode) json.readTree(notification))
                .without(List.of("source", "manualOrigin", "externalReference")));
        UUID second = idOf(post(poc, "/api/v1/notifications", notification.replace("\"F" + caseNumber,
                "\"G" + caseNumber)), "id");
        String version = """
                {"kind": "VARIATION", "effectiveFrom": "%s", "note": "FL404 varied", "court": null,
                 "caseNumber": null, "madeAt": null, "withoutNotice": false,
                 "returnHearing": {"at": "%s", "court": "Leeds Family Court"}, "duration": "UNTIL_DATE",
                 "endsAt": "%s", "penalNotice": true,
                 "applicant": {"name": "Jane Smith", "dateOfBirth": "1990-05-01", "aliases": [],
                   "addresses": [{"line1": "14 Acacia Avenue", "line2": null, "town": "Leeds", "postcode": "LS6 2AB",
                     "confidential": true}], "contacts": [{"kind": "PHONE", "value": "07700 900123",
                     "confidential": true}]},
                 "otherProtectedPersons": [], "children": [{"name": "Amy Smith", "dateOfBirth": "2015-03-03",
                   "aliases": [], "addresses": [], "contacts": []}],
                 "respondent": {"name": "John Smith", "dateOfBirth": "1988-04-12", "aliases": ["Johnny Smith"],
                   "addresses": [], "contacts": [], "description": "White male", "vehicles": ["YX19 ABC"],
                   "officerSafety": {"warnings": ["DOGS"], "notes": "Two dogs"}},
                 "relationship": "FORMER_SPOUSE", "terms": ["The respondent must not contact Jane Smith."],
                 "dischargedAt": null, "notes": "Varied on the return date"}
                """.formatted(made.plus(1, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS),
                now.plus(365, ChronoUnit.DAYS));
        String dash = "{\"answers\": {\"q1\": \"YES\", \"q2\": \"NO\", \"q3\": \"NOT_KNOWN\"}, \"earlierBreaches\": 1, "
                + "\"override\": {\"level\": \"HIGH\", \"reason\": \"Escalating threats\"}}";
        String check = """
                {"orderId": "%s", "occurredAt": "%s", "occurredTo": null, "conduct": "APPROACH", "channel": null,
                 "direct": true, "viaThirdParty": false, "protectedPerson": "applicant", "location": null,
                 "latitude": 53.81992, "longitude": -1.5765, "placeKind": "HOME", "purpose": null,
                 "awarenessEvidence": "Served in person", "description": "Seen outside the house"}
                """.formatted(order, now.minus(1, ChronoUnit.HOURS));
        String classification = json.readTree(mvc.perform(get("/api/v1/breaches/reference/crime-classifications")
                .with(as(supervisor))).andReturn().getResponse().getContentAsString()).findValues("code").get(0)
                .asString();
        String b = "/api/v1/breaches/" + breach;
        // A briefing waiting for its district (the fixture's LS6 postcode is in no demo district), and a district
        // of the run's own to edit.
        UUID briefed = SignedIn.as(users, poc, () -> register.create(OrderFixtures.withoutNoticeNmo(
                OrderFixtures.uniqueCaseNumber(), made), "fuzz test briefing"));
        assertThat(post(poc, "/api/v1/orders/" + briefed + "/quality-assurance", "{}").getStatus()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> idOf(mvc.perform(get("/api/v1/safeguarding/tasks")
                .param("orderId", briefed.toString()).with(as(poc))).andReturn().getResponse(), "id") != null);
        UUID briefing = idOf(mvc.perform(get("/api/v1/safeguarding/tasks").param("orderId", briefed.toString())
                .with(as(poc))).andReturn().getResponse(), "id");
        UUID northshire = jdbc.queryForObject("select id from force where code = 'northshire'", UUID.class);
        var fuzzDistrict = districts.create(northshire, "Fuzz district " + caseNumber);
        UUID central = districts.of(northshire).stream().filter(d -> d.name().equals("Northshire Central"))
                .findFirst().orElseThrow().id();
        var random = java.util.concurrent.ThreadLocalRandom.current();
        String area = "Z" + (char) ('A' + random.nextInt(26)) + random.nextInt(10) + (char) ('A' + random.nextInt(26));
        // Victim contact: an order of its own, assured, whose contact with the applicant the safeguarding unit works.
        UUID contactOrder = SignedIn.as(users, poc, () -> register.create(OrderFixtures.withoutNoticeNmo(
                OrderFixtures.uniqueCaseNumber(), made), "fuzz test: victim contact"));
        post(supervisor, "/api/v1/orders/" + contactOrder + "/quality-assurance",
                "{\"overrideReason\": \"Court confirmed the order as made (fuzz test)\"}");
        String contactTasks = "select id from safeguarding_task where order_id = ? and kind = 'VICTIM_CONTACT'";
        await().atMost(Duration.ofSeconds(20)).until(() -> !jdbc.queryForList(contactTasks, UUID.class,
                contactOrder).isEmpty());
        String contact = "/api/v1/safeguarding/contacts/" + jdbc.queryForList(contactTasks, UUID.class, contactOrder)
                .get(0);
        // Safety plans and expiry planning, on the same order (made three days ago, it ends within the planning lead
        // time, so its expiry task is made as soon as it is recorded).
        String expiryTasks = "select id from safeguarding_task where order_id = ? and kind = 'EXPIRY_PLANNING'";
        await().atMost(Duration.ofSeconds(20)).until(() -> !jdbc.queryForList(expiryTasks, UUID.class,
                contactOrder).isEmpty());
        UUID expiryTask = jdbc.queryForList(expiryTasks, UUID.class, contactOrder).get(0);
        String plan = "/api/v1/safeguarding/plans/" + contactOrder;
        String measure = "{\"person\": \"Jane Smith\", \"kind\": \"ALARM\", \"details\": \"TecSOS phone issued\", "
                + "\"owner\": \"PC 1234 Ellis\", \"reviewOn\": \"" + java.time.LocalDate.now().plusMonths(1)
                + "\", \"endsOn\": null}";
        MockHttpServletResponse planned = post(supervisor, plan + "/measures", measure);
        assertThat(planned.getStatus()).as(planned.getContentAsString()).isEqualTo(200);
        String measureId = json.readTree(planned.getContentAsString()).get("measures").get(0).get("id").asString();
        // Across forces: a northshire order southvale's control room finds as a card and asks about (sharing is on
        // by default; the lookup holds the order within a second of its recording).
        UUID askedAbout = SignedIn.as(users, poc, () -> register.create(OrderFixtures.withoutNoticeNmo(
                OrderFixtures.uniqueCaseNumber(), made), "fuzz test: a card another force asks about"));
        String ask = "{\"orderId\": \"" + askedAbout + "\", \"reason\": \"INC-20261204-0001\", "
                + "\"note\": \"Call PC 12 on 01632 960001\"}";
        await().atMost(Duration.ofSeconds(20)).until(() ->
                post("control.southvale", "/api/v1/cross-force/requests", ask).getStatus() == 201);
        // Transfers: an order to offer, and one request each to accept, decline and withdraw (issue 13).
        UUID toTransfer = SignedIn.as(users, poc, () -> register.create(OrderFixtures.withoutNoticeNmo(
                OrderFixtures.uniqueCaseNumber(), made), "fuzz test: transfer"));
        UUID[] transfers = new UUID[3];
        for (int i = 0; i < transfers.length; i++) {
            UUID offered = SignedIn.as(users, poc, () -> register.create(OrderFixtures.withoutNoticeNmo(
                    OrderFixtures.uniqueCaseNumber(), made), "fuzz test: transfer decision"));
            MockHttpServletResponse asked = post(poc, "/api/v1/transfers", "{\"orderId\": \"" + offered
                    + "\", \"toForce\": \"southvale\", \"reason\": \"VICTIM_MOVED\"}");
            assertThat(asked.getStatus()).as(asked.getContentAsString()).isEqualTo(201);
            transfers[i] = idOf(asked, "id");
        }
        // Electronic monitoring: a device linked to the order, and a tamper alert on it to acknowledge and close.
        String device = "FUZZ-" + caseNumber;
        MockHttpServletResponse linked = post(poc, "/api/v1/monitoring/devices",
                "{\"orderId\": \"" + order + "\", \"deviceId\": \"" + device + "\"}");
        assertThat(linked.getStatus()).as(linked.getContentAsString()).isEqualTo(201);
        String tamper = "[{\"deviceId\": \"" + device + "\", \"at\": \"" + now.minus(2, ChronoUnit.MINUTES)
                + "\", \"kind\": \"TAMPER\", \"detail\": \"Case opened\"}]";
        MockHttpServletResponse tampered = post("monitoring-feed.northshire", "/api/v1/monitoring/events", tamper);
        assertThat(tampered.getStatus()).as(tampered.getContentAsString()).isEqualTo(200);
        String monitoringAlert = "/api/v1/monitoring/alerts/" + jdbc.queryForObject(
                "select id from monitoring_alert where device_id = ?", UUID.class, device);
        return java.util.stream.Stream.of(List.of(
                new Endpoint("PUT /api/v1/cross-force/sharing", "admin.northshire", "/api/v1/cross-force/sharing",
                        "{\"sharesByDefault\": true, \"controlRoomTelephone\": \"0300 555 0101\", "
                                + "\"exceptions\": {\"southvale\": true}}"),
                new Endpoint("POST /api/v1/cross-force/requests", "control.southvale", "/api/v1/cross-force/requests",
                        ask),
                new Endpoint("POST /api/v1/transfers", poc, "/api/v1/transfers", "{\"orderId\": \"" + toTransfer
                        + "\", \"toForce\": \"southvale\", \"reason\": \"RESPONDENT_MOVED\", \"note\": "
                        + "\"Respondent now lives in Southvale; incidents there\"}"),
                new Endpoint("POST /api/v1/transfers/{id}/accept", "poc.southvale",
                        "/api/v1/transfers/" + transfers[0] + "/accept", "{\"reason\": \"Ours now\"}"),
                new Endpoint("POST /api/v1/transfers/{id}/decline", "poc.southvale",
                        "/api/v1/transfers/" + transfers[1] + "/decline", "{\"reason\": \"Victim has not moved\"}"),
                new Endpoint("POST /api/v1/transfers/{id}/withdraw", poc,
                        "/api/v1/transfers/" + transfers[2] + "/withdraw", "{\"reason\": \"Asked in error\"}"),
                new Endpoint("POST /api/v1/monitoring/devices", poc, "/api/v1/monitoring/devices",
                        "{\"orderId\": \"" + order + "\", \"deviceId\": \"" + device + "-2\"}"),
                new Endpoint("POST /api/v1/monitoring/locations", "monitoring-feed.northshire",
                        "/api/v1/monitoring/locations", "[{\"deviceId\": \"" + device + "\", \"at\": \""
                        + now.minus(1, ChronoUnit.MINUTES) + "\", \"latitude\": 53.8199, \"longitude\": -1.5765, "
                        + "\"accuracyMetres\": 12.5}]"),
                new Endpoint("POST /api/v1/monitoring/events", "monitoring-feed.northshire",
                        "/api/v1/monitoring/events", "[{\"deviceId\": \"" + device + "\", \"at\": \""
                        + now.minus(1, ChronoUnit.MINUTES) + "\", \"kind\": \"LOW_BATTERY\", \"detail\": \"12%\"}]"),
                new Endpoint("POST /api/v1/monitoring/alerts/{id}/acknowledgement", "control.northshire",
                        monitoringAlert + "/acknowledgement", "{}"),
                new Endpoint("POST /api/v1/monitoring/alerts/{id}/closure", "control.northshire",
                        monitoringAlert + "/closure", "{\"outcome\": \"DEVICE_FAULT\", \"note\": \"Provider says the case "
                        + "sensor is faulty\"}"),
                new Endpoint("POST /api/v1/safeguarding/plans/{orderId}/measures", supervisor,
                        plan + "/measures", measure),
                new Endpoint("PUT /api/v1/safeguarding/plans/{orderId}/measures/{measureId}", supervisor,
                        plan + "/measures/" + measureId, measure.replace("TecSOS phone issued", "TecSOS phone replaced")),
                new Endpoint("POST /api/v1/safeguarding/expiry/{taskId}/decision", supervisor,
                        "/api/v1/safeguarding/expiry/" + expiryTask + "/decision",
                        "{\"decision\": \"EXTENSION_APPLIED\", \"note\": \"Applicant to apply on FL403\"}"),
                new Endpoint("PUT /api/v1/safeguarding/contacts/{taskId}/safe-contact", supervisor,
                        contact + "/safe-contact", "{\"route\": \"EMAIL\", \"phone\": \"07700 900456\", "
                        + "\"email\": \"safe@example.org\", \"address\": \"Flat 2, 5 High Street, Leeds LS1 1AA\", "
                        + "\"timesToAvoid\": \"Evenings\", \"respondentKnowsNumber\": \"NO\", \"language\": "
                        + "\"Polish\", \"interpreterNeeded\": true, \"communicationNeeds\": \"Prefers text\"}"),
                new Endpoint("POST /api/v1/safeguarding/contacts/{taskId}/attempts", supervisor,
                        contact + "/attempts", "{\"attemptedAt\": \"" + now.minus(1, ChronoUnit.HOURS)
                        + "\", \"method\": \"PHONE\", \"outcome\": \"NO_ANSWER\", \"note\": \"Rang twice\"}"),
                new Endpoint("POST /api/v1/safeguarding/contacts/{taskId}/outcome", supervisor,
                        contact + "/outcome", "{\"outcome\": \"NOT_REACHED\", \"note\": \"Five attempts\"}"),
                new Endpoint("POST /api/v1/safeguarding/tasks/{id}/district", poc,
                        "/api/v1/safeguarding/tasks/" + briefing + "/district",
                        "{\"districtId\": \"" + central + "\"}"),
                new Endpoint("POST /api/v1/safeguarding/tasks/{id}/acknowledgement", "neighbourhood.northshire",
                        "/api/v1/safeguarding/tasks/" + briefing + "/acknowledgement",
                        "{\"note\": \"Briefed at the 2pm shift briefing\"}"),
                new Endpoint("PUT /api/v1/districts/{id}", "admin.northshire", "/api/v1/districts/" + fuzzDistrict.id(),
                        "{\"name\": \"Fuzz district " + caseNumber + "\", \"teamEmail\": \"team@example.org\", "
                                + "\"supervisorEmail\": \"inspector@example.org\", \"areas\": [\"" + area + "\"]}"),
                new Endpoint("POST /api/v1/orders/{id}/versions", poc, "/api/v1/orders/" + order + "/versions", version),
                new Endpoint("POST /api/v1/orders/{id}/service", poc, "/api/v1/orders/" + order + "/service",
                        "{\"servedAt\": \"" + made.plus(1, ChronoUnit.DAYS) + "\", \"method\": \"PERSONAL\", "
                                + "\"servedBy\": \"PC 4417\", \"proofDocument\": \"N215\", \"notes\": \"In person\"}"),
                new Endpoint("POST /api/v1/orders/{id}/quality-assurance", supervisor,
                        "/api/v1/orders/" + order + "/quality-assurance",
                        "{\"overrideReason\": \"Return date confirmed by telephone with the court\"}"),
                new Endpoint("POST /api/v1/orders/{id}/liaison-requests", poc,
                        "/api/v1/orders/" + order + "/liaison-requests",
                        "{\"kind\": \"MISSING_DATA\", \"note\": \"Please send the return date\", \"dueAt\": \""
                                + now.plus(7, ChronoUnit.DAYS) + "\"}"),
                new Endpoint("POST /api/v1/liaison-requests/{id}/response", poc,
                        "/api/v1/liaison-requests/" + liaison + "/response",
                        "{\"response\": \"Return hearing listed for 3 March\"}"),
                new Endpoint("POST /api/v1/liaison-requests/{id}/withdraw", poc,
                        "/api/v1/liaison-requests/" + liaison + "/withdraw", "{\"reason\": \"Answered by phone\"}"),
                // the court directory is national reference data: only administrators change it, with a reason
                new Endpoint("POST /api/v1/courts", "admin.northshire", "/api/v1/courts",
                        "{\"name\": \"" + court + " B\", \"address\": \"1 Oxford Row, Leeds LS1 3BG\", "
                                + "\"email\": \"family@example.org\", \"phone\": \"0113 306 2800\", "
                                + "\"reason\": \"New court listed by HMCTS\"}"),
                new Endpoint("PUT /api/v1/courts/{id}", "admin.northshire", "/api/v1/courts/" + courtId,
                        "{\"name\": \"" + court + "\", \"address\": \"1 Oxford Row\", "
                                + "\"email\": \"family@example.org\", \"phone\": \"0113 306 2800\", "
                                + "\"reason\": \"The court's e-mail of 3 December\"}"),
                new Endpoint("POST /api/v1/sign-in-locks/unlock", "admin.northshire", "/api/v1/sign-in-locks/unlock",
                        "{\"account\": \"officer.northshire\", \"address\": null, "
                                + "\"reason\": \"Identified on a call to the service desk\"}"),
                new Endpoint("POST /api/v1/notifications", poc, "/api/v1/notifications", notification
                        .replace("\"externalReference\": null", "\"externalReference\": \"" + externalReference + "\"")
                        .replace("\"F" + caseNumber, "\"H" + caseNumber)),
                new Endpoint("PUT /api/v1/notifications/{id}/data", poc, "/api/v1/notifications/" + queued + "/data",
                        data),
                new Endpoint("POST /api/v1/notifications/{id}/accept", poc,
                        "/api/v1/notifications/" + queued + "/accept",
                        "{\"data\": " + data + ", \"changeKind\": null, \"rowVersion\": null}"),
                new Endpoint("POST /api/v1/notifications/{id}/reject", poc,
                        "/api/v1/notifications/" + second + "/reject",
                        "{\"reason\": \"Not an order of this force\", \"rowVersion\": null}"),
                new Endpoint("POST /api/v1/notifications/{id}/duplicate", poc,
                        "/api/v1/notifications/" + second + "/duplicate",
                        "{\"duplicateOf\": \"" + queued + "\", \"rowVersion\": null}"),
                new Endpoint("POST /api/v1/breaches", supervisor, "/api/v1/breaches", report),
                new Endpoint("POST /api/v1/breaches/check", supervisor, "/api/v1/breaches/check", check),
                new Endpoint("POST /api/v1/breaches/{id}/incidents", supervisor, b + "/incidents", incident),
                new Endpoint("POST /api/v1/breaches/{id}/recheck", supervisor, b + "/recheck",
                        "{\"orderId\": \"" + order + "\"}"),
                new Endpoint("POST /api/v1/breaches/{id}/crime", supervisor, b + "/crime",
                        "{\"crimeReference\": \"NS/12345/26\", \"classification\": \"" + classification
                                + "\", \"crimedAt\": \""
                                + now.minus(30, ChronoUnit.MINUTES) + "\"}"),
                new Endpoint("POST /api/v1/breaches/{id}/response", supervisor, b + "/response",
                        "{\"kind\": \"ATTENDANCE\", \"respondedAt\": \"" + now.minus(40, ChronoUnit.MINUTES) + "\"}"),
                new Endpoint("POST /api/v1/breaches/{id}/response/justification", supervisor,
                        b + "/response/justification", "{\"justification\": \"Suspect in custody elsewhere\"}"),
                new Endpoint("POST /api/v1/breaches/{id}/arrest", supervisor, b + "/arrest",
                        "{\"decision\": \"ARRESTED\", \"reason\": \"Breach of a non-molestation order\", "
                                + "\"arrestedAt\": \"" + now.minus(20, ChronoUnit.MINUTES) + "\"}"),
                new Endpoint("POST /api/v1/breaches/{id}/interview", supervisor, b + "/interview",
                        "{\"interviewedAt\": \"" + now.minus(10, ChronoUnit.MINUTES) + "\", \"account\": \"DENIED\", "
                                + "\"notes\": \"Says he was at work\"}"),
                new Endpoint("POST /api/v1/breaches/{id}/investigation", supervisor, b + "/investigation",
                        "{\"evidenceSecured\": \"Screenshots of texts\", \"allocation\": \"RESPONSE\", "
                                + "\"allocatedOfficer\": \"PC 4417\", \"partnerReferrals\": \"IDVA\"}"),
                new Endpoint("POST /api/v1/breaches/{id}/outcome", supervisor, b + "/outcome",
                        "{\"route\": \"CRIMINAL\", \"outcome\": \"CHARGED\", \"reason\": \"Evidence of contact\"}"),
                new Endpoint("POST /api/v1/breaches/{id}/court-results", supervisor, b + "/court-results",
                        "{\"result\": \"CONVICTED\", \"court\": \"Leeds Magistrates\", \"decidedOn\": \""
                                + LocalDate.now(ZoneOffset.UTC).minusDays(1) + "\", \"sentence\": \"12 weeks\"}"),
                new Endpoint("POST /api/v1/breaches/{id}/directions", supervisor, b + "/directions",
                        "{\"reasons\": [\"NO_ARREST_DECISION\"], \"direction\": \"Consider arrest today.\"}"),
                new Endpoint("POST /api/v1/breaches/{id}/directions/{directionId}/answer", supervisor,
                        b + "/directions/" + direction + "/answer", "{\"answer\": \"Attended 14:00, arrested\"}"),
                new Endpoint("POST /api/v1/breaches/dip-samples", supervisor, "/api/v1/breaches/dip-samples",
                        "{\"weekStart\": \"" + monday.minusWeeks(1 + new Random().nextInt(500)) + "\"}"),
                new Endpoint("POST /api/v1/breaches/dip-samples/{id}/findings", supervisor,
                        "/api/v1/breaches/dip-samples/" + sample + "/findings",
                        "{\"reportId\": \"" + breach + "\", \"finding\": \"GOOD_PRACTICE\", \"notes\": \"x\"}"),
                new Endpoint("POST /api/v1/risk/dash", supervisor, "/api/v1/risk/dash", dash),
                new Endpoint("POST /api/v1/risk/assessments/{id}/answers", supervisor,
                        "/api/v1/risk/assessments/" + assessment + "/answers",
                        "{\"answers\": {\"q1\": \"YES\", \"q2\": \"NO\"}, \"override\": {\"level\": \"HIGH\", "
                                + "\"reason\": \"Escalating threats\"}, \"version\": null}"),
                new Endpoint("POST /api/v1/risk/assessments/{id}/correction", supervisor,
                        "/api/v1/risk/assessments/" + assessment + "/correction",
                        "{\"answers\": {\"q1\": \"NO\"}, \"override\": null, \"reason\": \"Q1 recorded in error\", "
                                + "\"version\": null}"),
                new Endpoint("POST /api/v1/risk/assessments/{id}/marac-referral", supervisor,
                        "/api/v1/risk/assessments/" + assessment + "/marac-referral",
                        "{\"note\": \"Referred to MARAC\", \"version\": null}"),
                new Endpoint("POST /api/v1/risk/assessments/{id}/safety-plan-review", supervisor,
                        "/api/v1/risk/assessments/" + assessment + "/safety-plan-review",
                        "{\"note\": \"Plan reviewed with the IDVA\", \"version\": null}"),
                new Endpoint("POST /api/v1/terms/check", supervisor, "/api/v1/terms/check",
                        "{\"text\": \"The respondent must not contact the applicant.\", \"order\": {\"type\": \"NMO\"}}"),
                new Endpoint("POST /api/v1/gazetteer/imports", "admin.northshire", "/api/v1/gazetteer/imports",
                        "{\"path\": \"/nonexistent/fuzz/onspd.csv\"}")), monitoringEndpoints(poc, supervisor, now))
                .flatMap(List::stream).toList();
    }

    /** Monitoring: a DAPO of its own (notification from service), a subject, a suggestion and a check on it. */
    private List<Endpoint> monitoringEndpoints(String poc, String supervisor, Instant now) throws Exception {
        Instant served = now.minus(1, ChronoUnit.DAYS);
        OrderDetails nmo = OrderFixtures.withNoticeNmo(OrderFixtures.uniqueCaseNumber(), served.minus(1,
                ChronoUnit.DAYS), "Fuzz Applicant", "Fuzz Respondent " + UUID.randomUUID().toString().substring(0, 6),
                served);
        UUID dapo = SignedIn.as(users, poc, () -> register.create(new OrderDetails(nmo.court(),
                nmo.caseNumber(), OrderType.DAPO, nmo.madeAt(), false, null, nmo.duration(), nmo.endsAt(), true,
                nmo.applicant(), List.of(), List.of(), nmo.respondent(), nmo.relationship(), nmo.terms(),
                nmo.service(), null, null), "fuzz test: monitoring"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from monitoring_order where order_id = ?", Integer.class, dapo) == 1);
        String m = "/api/v1/monitoring";
        MockHttpServletResponse subject = post(supervisor, m + "/priority-subjects", "{\"orderId\": \"" + dapo
                + "\", \"reason\": \"Fuzz\", \"ownerName\": \"DC Fuzz\", \"ownerRole\": \"OFFENDER_MANAGER\", "
                + "\"reviewOn\": \"" + LocalDate.now().plusMonths(1) + "\"}");
        assertThat(subject.getStatus()).as(subject.getContentAsString()).isEqualTo(201);
        UUID subjectId = idOf(subject, "id");
        UUID suggestion = UUID.randomUUID();
        jdbc.update("insert into priority_suggestion (id, force_id, respondent_key, respondent_name, reason, why, "
                + "evidence, status, suggested_at) select ?, id, ?, 'Fuzz Suggested', 'OFFENDER_MANAGEMENT', 'Fuzz', "
                + "'flag:fuzz', 'OPEN', now() from force where code = 'northshire'", suggestion,
                "fuzz suggested " + suggestion + "|?");
        UUID district = jdbc.queryForObject("select d.id from district d join force f on f.id = d.force_id where "
                + "f.code = 'northshire' and d.name = 'Northshire Central'", UUID.class);
        String check = "{\"orderId\": \"" + dapo + "\", \"subjectId\": \"" + subjectId + "\", \"kind\": \"PATROL\", "
                + "\"ownerName\": \"PC Fuzz\", \"districtId\": \"" + district + "\", \"dueOn\": \""
                + LocalDate.now().plusDays(2) + "\", \"note\": \"Past the house\"}";
        MockHttpServletResponse planned = post(supervisor, m + "/checks", check);
        assertThat(planned.getStatus()).as(planned.getContentAsString()).isEqualTo(201);
        UUID checkId = idOf(planned, "id");
        MockHttpServletResponse flag = post(poc, m + "/offender-flags", "{\"orderId\": \"" + dapo
                + "\", \"kind\": \"MAPPA\", \"detail\": \"category 1\"}");
        assertThat(flag.getStatus()).as(flag.getContentAsString()).isEqualTo(201);
        String o = m + "/orders/" + dapo;
        return List.of(
                new Endpoint("POST /api/v1/monitoring/priority-subjects", supervisor, m + "/priority-subjects",
                        "{\"orderId\": \"" + dapo + "\", \"reason\": \"Fuzz\", \"ownerName\": \"DC Fuzz\", "
                                + "\"ownerRole\": \"NEIGHBOURHOOD_OFFICER\", \"reviewOn\": \""
                                + LocalDate.now().plusMonths(2) + "\"}"),
                new Endpoint("POST /api/v1/monitoring/priority-subjects/{id}/review", supervisor,
                        m + "/priority-subjects/" + subjectId + "/review", "{\"nextReview\": \""
                                + LocalDate.now().plusMonths(3) + "\", \"ownerName\": \"DC Fuzz\", "
                                + "\"note\": \"Still a priority\", \"version\": null}"),
                new Endpoint("POST /api/v1/monitoring/priority-subjects/{id}/end", supervisor,
                        m + "/priority-subjects/" + subjectId + "/end", "{\"reason\": \"Moved away\", "
                                + "\"version\": null}"),
                new Endpoint("POST /api/v1/monitoring/suggestions/{id}/acceptance", supervisor,
                        m + "/suggestions/" + suggestion + "/acceptance", "{\"reason\": null, \"ownerName\": "
                                + "\"DC Fuzz\", \"ownerRole\": \"OFFENDER_MANAGER\", \"reviewOn\": \""
                                + LocalDate.now().plusMonths(1) + "\"}"),
                new Endpoint("POST /api/v1/monitoring/suggestions/{id}/dismissal", supervisor,
                        m + "/suggestions/" + suggestion + "/dismissal", "{\"reason\": \"Known to the IOM team\"}"),
                new Endpoint("POST /api/v1/monitoring/offender-flags", poc, m + "/offender-flags",
                        "{\"orderId\": \"" + dapo + "\", \"kind\": \"IOM\", \"detail\": \"Cohort A\"}"),
                new Endpoint("POST /api/v1/monitoring/checks", supervisor, m + "/checks", check),
                new Endpoint("POST /api/v1/monitoring/checks/{id}/result", supervisor,
                        m + "/checks/" + checkId + "/result", "{\"result\": \"CONCERN\", \"note\": \"Car seen "
                                + "nearby\", \"version\": null}"),
                new Endpoint("PUT /api/v1/monitoring/orders/{orderId}/dapo-requirements", poc,
                        o + "/dapo-requirements", "{\"notification\": true, \"from\": \"SERVICE\", "
                                + "\"electronicMonitoring\": false, \"note\": \"Court's letter\"}"),
                new Endpoint("POST /api/v1/monitoring/orders/{orderId}/notifications", poc, o + "/notifications",
                        "{\"receivedAt\": \"" + now.minus(1, ChronoUnit.HOURS) + "\", \"where\": \"Leeds "
                                + "station\", \"names\": \"Fuzz Respondent\", \"noFixedAbode\": false, "
                                + "\"address\": {\"line1\": \"3 Mill Lane\", \"line2\": null, \"town\": "
                                + "\"Leeds\", \"postcode\": \"LS12 1AA\", \"confidential\": false}, "
                                + "\"changedOn\": null}"),
                new Endpoint("POST /api/v1/monitoring/orders/{orderId}/changes", poc, o + "/changes",
                        "{\"changedOn\": \"" + LocalDate.now().minusDays(1) + "\", \"what\": \"Moved, says "
                                + "his sister\"}"));
    }

    // ---- the mutations ------------------------------------------------------------------------------------

    /** Public, stores nothing and takes text of up to 100,000 characters: only the structural rules apply. */
    private static final String TERMS_CHECK = "POST /api/v1/terms/check";

    private List<Mutation> mutations(JsonNode base, Random random, boolean storesText) {
        List<Mutation> all = new ArrayList<>();
        String text = base.toString();
        all.add(new Mutation("truncated", text.substring(0, text.length() / 2), null, false));
        all.add(new Mutation("not JSON", "name=John&dob=1980", null, false));
        all.add(new Mutation("empty", "", null, false));
        all.add(new Mutation("null", "null", null, false));
        all.add(new Mutation("array", "[" + text + "]", null, false));
        all.add(new Mutation("string", "\"" + "x".repeat(100) + "\"", null, false));
        all.add(new Mutation("empty object", "{}", null, false));
        all.add(new Mutation("deep nesting", "[".repeat(5000) + "]".repeat(5000), null, false));
        all.add(new Mutation("3 MB body", text.substring(0, text.length() - 1) + ", \"padding\": \""
                + "x".repeat(3 * 1024 * 1024) + "\"}", null, false));
        all.add(new Mutation("NUL outside a string", text.replaceFirst("\\{", "{\u0000"), null, false));
        if (base instanceof ObjectNode object) {
            ObjectNode unknown = object.deepCopy();
            unknown.put("zzUnknownField", 1);
            all.add(new Mutation("unknown field", unknown.toString(), "zzUnknownField", true));
            for (String name : object.propertyNames()) {
                if (!name.toLowerCase().equals(name)) {
                    ObjectNode misspelt = object.deepCopy();
                    misspelt.set(name.toLowerCase(), misspelt.remove(name));
                    all.add(new Mutation("misspelt " + name, misspelt.toString(), name.toLowerCase(), true));
                    break;
                }
            }
        }
        List<List<Object>> paths = new ArrayList<>();
        leaves(base, new ArrayList<>(), paths);
        for (List<Object> path : paths) {
            JsonNode value = at(base, path);
            String field = render(path);
            for (Map.Entry<String, JsonNode> change : changes(value, random).entrySet()) {
                // answers is a map of question ids: an unknown id is the DASH rules' to name, after the state checks
                boolean must = change.getKey().startsWith("!") && !field.startsWith("answers") && (storesText
                        || !change.getKey().contains("NUL") && !change.getKey().contains("characters"));
                JsonNode mutated = base.deepCopy();
                replace(mutated, path, change.getValue());
                String blamed = change.getKey().contains("nested unknown") ? field + ".zzNested" : field;
                all.add(new Mutation(field + " " + change.getKey(), mutated.toString(), blamed, must));
            }
        }
        return all;
    }

    /** What to put in place of {@code value}; a name starting with "!" is a change only the field can be blamed for. */
    private Map<String, JsonNode> changes(JsonNode value, Random random) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Map<String, JsonNode> changes = new LinkedHashMap<>();
        changes.put("null", nodes.nullNode());
        changes.put("!object", nodes.objectNode().put("a", 1));
        if (value.isObject()) {
            changes.put("!nested unknown field", ((ObjectNode) value.deepCopy()).put("zzNested", "x"));
            changes.put("string", nodes.stringNode("x"));
            changes.remove("!object");
            return changes;
        }
        if (value.isArray()) {
            ArrayNode many = nodes.arrayNode();
            for (int i = 0; i < 300; i++) {
                many.add(value.isEmpty() ? nodes.stringNode("x") : value.get(0).deepCopy());
            }
            changes.put("300 items", many);
            changes.put("string", nodes.stringNode("x"));
            return changes;
        }
        if (value.isNumber()) {
            changes.put("huge", nodes.numberNode(new java.math.BigDecimal("1e400")));
            changes.put("beyond long", nodes.numberNode(new java.math.BigInteger("92233720368547758080")));
            changes.put("negative", nodes.numberNode(-1e308));
            changes.put("text", nodes.stringNode("twelve"));
            return changes;
        }
        if (value.isBoolean()) {
            changes.put("text", nodes.stringNode("perhaps"));
            changes.put("number", nodes.numberNode(2));
            return changes;
        }
        String text = value.asString();
        changes.put("!NUL", nodes.stringNode(text + "\u0000x"));
        changes.put("!" + (ApiRequestBodies.MAX_TEXT_LENGTH + 1) + " characters",
                nodes.stringNode("x".repeat(ApiRequestBodies.MAX_TEXT_LENGTH + 1)));
        int[] lengths = {61, 101, 201, 256, 501, 2001, 4001};
        int length = lengths[random.nextInt(lengths.length)];
        changes.put(length + " characters", nodes.stringNode("y".repeat(length)));
        changes.put("control characters", nodes.stringNode("a\u0001\u001b[31m\u2028\uFEFFb"));
        changes.put("number", nodes.numberNode(12345));
        if (INSTANT.matcher(text).matches()) {
            changes.put("!year 300000", nodes.stringNode("+300000-01-01T00:00:00Z"));
            changes.put("!year -5000", nodes.stringNode("-005000-01-01T00:00:00Z"));
            changes.put("!year 1800", nodes.stringNode("1800-01-01T00:00:00Z"));
            changes.put("year 2999", nodes.stringNode("2999-01-01T00:00:00Z"));
            changes.put("!not a date", nodes.stringNode("2026-13-45T25:61:00Z"));
            changes.put("epoch number", nodes.numberNode(1e18));
        } else if (DATE.matcher(text).matches()) {
            changes.put("!year 300000", nodes.stringNode("+300000-01-01"));
            changes.put("!year 1800", nodes.stringNode("1800-01-01"));
            changes.put("year 2999", nodes.stringNode("2999-01-01"));
            changes.put("!not a date", nodes.stringNode("2026-02-30"));
        } else if (UUID_TEXT.matcher(text).matches()) {
            changes.put("unknown id", nodes.stringNode(UUID.randomUUID().toString()));
            changes.put("!not an id", nodes.stringNode("not-a-uuid"));
        } else if (ENUM.matcher(text).matches()) {
            changes.put("unknown value", nodes.stringNode("NO_SUCH_" + text));
            changes.put("lower case", nodes.stringNode(text.toLowerCase()));
        }
        // a seeded half of the rest, to keep the run short; the "!" cases always run
        changes.entrySet().removeIf(e -> !e.getKey().startsWith("!") && !e.getKey().equals("null")
                && random.nextBoolean());
        return changes;
    }

    private static void leaves(JsonNode node, List<Object> path, List<List<Object>> out) {
        if (!path.isEmpty()) {
            out.add(List.copyOf(path));
        }
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                path.add(name);
                leaves(node.get(name), path, out);
                path.remove(path.size() - 1);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            path.add(0);
            leaves(node.get(0), path, out);
            path.remove(path.size() - 1);
        }
    }

    private static JsonNode at(JsonNode node, List<Object> path) {
        for (Object step : path) {
            node = step instanceof Integer i ? node.get(i) : node.get((String) step);
        }
        return node;
    }

    private static void replace(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode parent = at(root, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set((Integer) last, value);
        }
    }

    private static String render(List<Object> path) {
        StringBuilder text = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                text.append('[').append(i).append(']');
            } else {
                text.append(text.isEmpty() ? "" : ".").append(step);
            }
        }
        return text.toString();
    }
}
