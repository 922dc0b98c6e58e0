package org.nmoregister.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderStatus;
import org.nmoregister.orders.OrderStatusRule;
import org.nmoregister.orders.OrderType;
import org.nmoregister.orders.Relationship;
import org.nmoregister.platform.web.Labels;
import org.nmoregister.platform.web.UkTime;
import org.nmoregister.quality.LiaisonKind;
import org.nmoregister.quality.internal.LiaisonService;
import org.nmoregister.quality.internal.QualityService;
import org.nmoregister.reporting.internal.Report;
import org.nmoregister.reporting.internal.Reports;
import org.nmoregister.reporting.rules.Percentiles;
import org.nmoregister.reporting.rules.Suppression;
import org.nmoregister.safeguarding.internal.ExpiryPlanning;
import org.nmoregister.security.Accounts;
import org.nmoregister.security.Force;
import org.nmoregister.security.Role;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.MovableClock;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures on PostgreSQL, each checked against a count made another way (in Java from the fixtures the test made,
 * or with PostgreSQL's own percentile_cont over the modules' tables), in a force of the test's own and a past
 * half-year no other test writes to. Requests to courts, quality assurance (and the markers it raises) and decisions
 * before an order's end are made through the services, at instants set on the application's clock ({@link
 * MovableClock}).
 */
@IntegrationTest
@Import(MovableClock.Config.class)
class ReportingIntegrationTest {

    static final LocalDate FROM = LocalDate.of(2023, 1, 1);
    static final LocalDate TO = LocalDate.of(2023, 6, 30);

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    OrderRegister orders;
    @Autowired
    UserDetailsService users;
    @Autowired
    Reports reports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    MovableClock clock;
    @Autowired
    LiaisonService liaison;
    @Autowired
    QualityService quality;
    @Autowired
    ExpiryPlanning expiry;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Labels labels;

    String code;
    Force force;
    UUID north;
    final Random random = new Random(20260415);

    record Made(UUID id, OrderDetails details, boolean inNorth) {
    }

    record Breach(UUID orderId, Instant reported, String reporter, Instant crimed, String arrest, String outcome,
                  String check, String victim, String respondent, boolean inNorth) {
    }

    /** A notification as made: {@code orderId} is the order it became (version 1), null unless accepted. */
    record Notification(String source, Instant received, Instant decided, String status, UUID orderId,
                        boolean inNorth) {
    }

    /** A request to a court as raised, answered or withdrawn (then {@code closed}), or still open. */
    record CourtRequest(LiaisonKind kind, String status, Instant raised, Instant closed, boolean inNorth) {
    }

    /** An order's first version quality-assured at {@code assured}, its markers raised at {@code flagged}. */
    record Assured(Instant assured, Instant flagged) {
    }

    /** A decision before an order's end. */
    record Decision(String decision, Instant decided, boolean inNorth) {
    }

    record Task(String kind, String status, Instant due, Instant closed) {
    }

    final List<Made> made = new ArrayList<>();
    final List<Breach> breaches = new ArrayList<>();
    final List<Notification> notifications = new ArrayList<>();
    final List<Task> tasks = new ArrayList<>();
    final List<CourtRequest> courtRequests = new ArrayList<>();
    final Map<UUID, Assured> assurances = new HashMap<>();
    final List<Decision> decisions = new ArrayList<>();
    final Map<String, Long> levels = new HashMap<>();
    long maracRequired;
    long maracReferred;

    @BeforeEach
    void aForce() {
        code = "rp" + UUID.randomUUID().toString().substring(0, 8);
        force = ReportFixtures.force(accounts, code);
        north = force.districts().stream().filter(d -> d.name().startsWith("North")).findFirst().orElseThrow().id();
    }

    Instant inRange() {
        long start = FROM.atStartOfDay(UkTime.LONDON).toEpochSecond();
        long end = TO.plusDays(1).atStartOfDay(UkTime.LONDON).toEpochSecond();
        return Instant.ofEpochSecond(start + (long) (random.nextDouble() * (end - start - 86400)));
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    <T> T as(Role role, java.util.function.Supplier<T> work) {
        return SignedIn.as(users, ReportFixtures.user(role, code), work);
    }

    void makeFixtures() {
        List<OrderType> types = List.of(OrderType.NMO, OrderType.NMO, OrderType.RESTRAINING_ORDER,
                OrderType.STALKING_PROTECTION_ORDER);
        List<Relationship> relationships = List.of(Relationship.FORMER_SPOUSE, Relationship.COHABITANT,
                Relationship.FORMER_COHABITANT, Relationship.RELATIVE);
        for (int i = 0; i < 24; i++) {
            Instant madeAt = inRange().truncatedTo(ChronoUnit.SECONDS);
            Instant ends = random.nextInt(4) == 0 ? null : madeAt.plus(30 + random.nextInt(150), ChronoUnit.DAYS);
            Instant served = random.nextInt(5) == 0 ? null : madeAt.plus(random.nextInt(15 * 24), ChronoUnit.HOURS);
            if (served != null && ends != null && !served.isBefore(ends)) {
                served = null;
            }
            OrderDetails details = ReportFixtures.order(ReportFixtures.caseNumber(), pick(types), pick(relationships),
                    madeAt, ends, served, "Applicant " + i, "Respondent " + i);
            UUID id = as(Role.POINT_OF_CONTACT, () -> orders.create(details, "reporting fixture"));
            boolean inNorth = i % 2 == 0;
            if (inNorth) {
                jdbc.update("insert into order_district_choice (order_id, force_id, district_id, chosen_by, chosen_at) "
                        + "values (?, ?, ?, 'test', now())", id, force.id(), north);
            }
            made.add(new Made(id, details, inNorth));
        }
        List<String> sources = List.of("COURT_FEED", "EMAIL", "UPLOAD", "MANUAL");
        for (int i = 0; i < 30; i++) {
            Made order = pick(made);
            Instant received = inRange().truncatedTo(ChronoUnit.SECONDS);
            Instant decided = random.nextInt(6) == 0 ? null : received.plus(random.nextInt(60 * 48), ChronoUnit.MINUTES);
            String status = decided == null ? "NEW" : random.nextInt(3) == 0 ? "REJECTED" : "ACCEPTED";
            notification(pick(sources), received, decided, status, order);
        }
        List<String> reporters = List.of("OFFICER", "CONTROL_ROOM", "PARTNER_AGENCY", "VICTIM", "WITNESS");
        List<String> arrestsKinds = new ArrayList<>(List.of("ARRESTED", "NOT_ARRESTED", "SUSPECT_NOT_LOCATED"));
        arrestsKinds.add(null);
        List<String> outcomes = new ArrayList<>(List.of("CHARGED", "NO_FURTHER_ACTION", "CONTEMPT_APPLICATION"));
        outcomes.add(null);
        List<String> checks = List.of("LIKELY_BREACH", "POSSIBLE_BREACH", "NOT_COVERED");
        List<String> victims = List.of("Ann Lee", "Bea Moss", "Cara Nash", "Dee Owen", "Eve Pratt", "Fay Quinn");
        for (int i = 0; i < 40; i++) {
            Made order = pick(made);
            Instant reported = inRange().truncatedTo(ChronoUnit.SECONDS);
            Instant crimed = random.nextInt(4) == 0 ? null : reported.plus(random.nextInt(48 * 60), ChronoUnit.MINUTES);
            Breach b = new Breach(order.id(), reported, pick(reporters), crimed, pick(arrestsKinds), pick(outcomes),
                    pick(checks), pick(victims), "Resp " + pick(victims), order.inNorth());
            UUID id = UUID.randomUUID();
            jdbc.update("insert into breach_report (id, force_id, reference, order_id, reported_at, recorded_at, "
                            + "recorded_by, reporter_kind, protected_person, respondent_name, domestic_abuse, crimed_at, "
                            + "arrest_decision, arrested_at, outcome, response_kind, responded_at) "
                            + "values (?, ?, ?, ?, ?, ?, 'test', ?, ?, ?, true, ?, ?, ?, ?, 'ATTENDANCE', ?)",
                    id, force.id(), "RP-" + id.toString().substring(0, 12), b.orderId(), Timestamp.from(reported),
                    Timestamp.from(reported), b.reporter(), b.victim(), b.respondent(),
                    crimed == null ? null : Timestamp.from(crimed), b.arrest(),
                    "ARRESTED".equals(b.arrest()) ? Timestamp.from(reported.plus(5, ChronoUnit.HOURS)) : null,
                    b.outcome(), Timestamp.from(reported.plus(1 + random.nextInt(300), ChronoUnit.MINUTES)));
            UUID incident = UUID.randomUUID();
            jdbc.update("insert into breach_incident (id, report_id, number, occurred_from, direct, "
                            + "via_third_party, description, check_outcome, check_blockers, check_result, checked_at) "
                            + "values (?, ?, 1, ?, true, false, 'fixture', ?, '', '{}'::jsonb, ?)",
                    incident, id, Timestamp.from(reported), b.check(), Timestamp.from(reported));
            jdbc.update("insert into breach_incident_conduct (incident_id, position, conduct, channel) "
                    + "values (?, 1, 'CONTACT', 'PHONE')", incident);
            breaches.add(b);
        }
        for (int i = 0; i < 12; i++) {
            String level = pick(List.of("HIGH", "MEDIUM", "STANDARD"));
            boolean required = level.equals("HIGH");
            boolean referred = required && random.nextBoolean();
            Instant completed = inRange();
            jdbc.update("insert into risk_assessment (id, force_id, source_type, source_id, order_id, victim_name, "
                            + "reason, earlier_breaches, question_set, question_set_version, opened_at, opened_by, "
                            + "completed_at, completed_by, score, level, marac_required, marac_referred_at, escalated) "
                            + "values (?, ?, 'TEST', ?, ?, 'Someone', 'fixture', 0, 'DASH', '2009', ?, 'test', ?, "
                            + "'test', 3, ?, ?, ?, false)",
                    UUID.randomUUID(), force.id(), UUID.randomUUID(), pick(made).id(), Timestamp.from(completed),
                    Timestamp.from(completed), level, required, referred ? Timestamp.from(completed) : null);
            levels.merge(level, 1L, Long::sum);
            maracRequired += required ? 1 : 0;
            maracReferred += referred ? 1 : 0;
        }
        for (int i = 0; i < 16; i++) {
            String kind = i % 2 == 0 ? "DISSEMINATION" : "VICTIM_CONTACT";
            Instant due = inRange();
            String status = pick(List.of("DONE", "DONE", "OPEN", "CANCELLED"));
            Instant closed = status.equals("OPEN") ? null
                    : due.plus(random.nextInt(48) - 24, ChronoUnit.HOURS);
            Made order = pick(made);
            jdbc.update("insert into safeguarding_task (id, force_id, order_id, order_version, kind, dedupe_key, "
                            + "status, due_at, created_at, closed_at) values (?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID(), force.id(), order.id(), kind, "fixture-" + i, status, Timestamp.from(due),
                    Timestamp.from(due.minus(2, ChronoUnit.DAYS)), closed == null ? null : Timestamp.from(closed));
            tasks.add(new Task(kind, status, due, closed));
        }
        // what follows is done through the register's own services at the instants the test sets the clock to, so
        // the work each service sets off after its commit must be over before the clock moves on
        made.forEach(m -> settled(m.id()));
        try {
            makeCourtRequests();
            makeAssurancesAndFlags();
            makeExpiryDecisions();
        } finally {
            clock.reset();
        }
    }

    void notification(String source, Instant received, Instant decided, String status, Made order) {
        boolean accepted = status.equals("ACCEPTED");
        jdbc.update("insert into notification (id, force_id, source, manual_origin, received_at, received_by, "
                        + "status, data, delivered, order_id, order_version, rejection_reason, decided_at, decided_by) "
                        + "values (?, ?, ?, ?, ?, 'test', ?, '{}'::jsonb, '{}'::jsonb, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), force.id(), source, source.equals("MANUAL") ? "VICTIM" : null,
                Timestamp.from(received), status, accepted ? order.id() : null, accepted ? 1 : null,
                status.equals("REJECTED") ? "not ours" : null, decided == null ? null : Timestamp.from(decided),
                decided == null ? null : "test");
        notifications.add(new Notification(source, received, decided, status, accepted ? order.id() : null,
                accepted && order.inNorth()));
    }

    /** Waits until every listener of every event about the order has finished (the event publication registry). */
    void settled(UUID orderId) {
        await("the work set off by events about order " + orderId).atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject("select count(*) from event_publication where completion_date is "
                        + "null and serialized_event like ?", Integer.class, "%" + orderId + "%") == 0);
    }

    /**
     * Twenty requests to courts from the point of contact, on the first twelve orders, of every kind: three in five
     * answered and one in five withdrawn, hours to days after they were raised, the rest still open; the last raised
     * before the period (so counted in no figure).
     */
    void makeCourtRequests() {
        LiaisonKind[] kinds = LiaisonKind.values();
        for (int i = 0; i < 20; i++) {
            Made order = made.get(i % 12);
            // each order asked once of a kind at a time: the second round asks its orders of the next kind
            LiaisonKind kind = kinds[(i + i / 12) % kinds.length];
            Instant madeAt = order.details().madeAt();
            Instant end = TO.plusDays(1).atStartOfDay(UkTime.LONDON).toInstant();
            Instant raised = i == 19 ? FROM.atStartOfDay(UkTime.LONDON).toInstant().minus(3, ChronoUnit.DAYS)
                    : madeAt.plusSeconds((long) (random.nextDouble() * (end.getEpochSecond() - madeAt.getEpochSecond())))
                    .truncatedTo(ChronoUnit.SECONDS);
            clock.set(raised);
            UUID id = as(Role.POINT_OF_CONTACT, () -> liaison.raise(order.id(), kind,
                    "Please confirm the details of this order.", null)).id();
            String status = switch (i % 5) {
                case 3 -> "WITHDRAWN";
                case 4 -> i == 19 ? "ANSWERED" : "OPEN";
                default -> "ANSWERED";
            };
            Instant closed = status.equals("OPEN") ? null
                    : raised.plus(30 + random.nextInt(14 * 24 * 60), ChronoUnit.MINUTES);
            if (closed != null) {
                clock.set(closed);
                as(Role.POINT_OF_CONTACT, () -> status.equals("ANSWERED")
                        ? liaison.respond(id, "The order stands as made.")
                        : liaison.withdraw(id, "Found the answer in the court's bundle."));
            }
            courtRequests.add(new CourtRequest(kind, status, raised, closed, order.inNorth()));
        }
    }

    /**
     * The point of contact assures the first version of eight orders no request to a court holds up, in the first
     * days after the period (so the briefings and contacts assurance opens fall due after it, and leave the
     * safeguarding figures as they were), and their markers are raised hours later (the clock is moved on before the
     * assurance commits, so the markers' listener reads the later instant). Each of those orders is also notified
     * again in the period's last days, so the times straddle their targets.
     */
    void makeAssurancesAndFlags() {
        Instant periodEnd = TO.plusDays(1).atStartOfDay(UkTime.LONDON).toInstant();
        for (int i = 12; i < 20; i++) {
            Made order = made.get(i);
            Instant received = periodEnd.minus(1 + random.nextInt(80 * 60), ChronoUnit.MINUTES)
                    .truncatedTo(ChronoUnit.SECONDS);
            notification(pick(List.of("COURT_FEED", "EMAIL", "UPLOAD", "MANUAL")), received,
                    received.plus(random.nextInt(60 * 20), ChronoUnit.MINUTES), "ACCEPTED", order);
            Instant assured = periodEnd.plus(1 + random.nextInt(30 * 60), ChronoUnit.MINUTES)
                    .truncatedTo(ChronoUnit.SECONDS);
            Instant flagged = assured.plus(1 + random.nextInt(60 * 60), ChronoUnit.MINUTES);
            transactions.executeWithoutResult(tx -> {
                clock.set(assured);
                as(Role.POINT_OF_CONTACT, () -> quality.assure(order.id(), null));
                clock.set(flagged);
            });
            settled(order.id());
            assurances.put(order.id(), new Assured(assured, flagged));
        }
    }

    /**
     * Seven orders made in the period and recorded twenty days before their end (within the four weeks' lead, so
     * safeguarding opens the planning for it at once); six of their decisions recorded, every kind, one after the
     * period (counted in no figure).
     */
    void makeExpiryDecisions() {
        List<String> kinds = List.of("EXTENSION_APPLIED", "ANOTHER_ORDER", "VICTIM_DECLINES", "NO_FURTHER_ACTION",
                "EXTENSION_APPLIED", "VICTIM_DECLINES", "ANOTHER_ORDER");
        for (int j = 0; j < 7; j++) {
            Instant madeAt = FROM.atStartOfDay(UkTime.LONDON).toInstant()
                    .plus(5 + 20 * j + random.nextInt(10), ChronoUnit.DAYS).plusSeconds(random.nextInt(86400));
            Instant ends = madeAt.plus(60 + random.nextInt(20), ChronoUnit.DAYS);
            Instant recorded = ends.minus(20, ChronoUnit.DAYS);
            OrderDetails details = ReportFixtures.order(ReportFixtures.caseNumber(), OrderType.NMO,
                    Relationship.FORMER_SPOUSE, madeAt, ends, madeAt.plus(2, ChronoUnit.DAYS), "Applicant e" + j,
                    "Respondent e" + j);
            clock.set(recorded);
            UUID id = as(Role.POINT_OF_CONTACT, () -> orders.create(details, "reporting fixture"));
            boolean inNorth = j % 3 != 2;
            if (inNorth) {
                jdbc.update("insert into order_district_choice (order_id, force_id, district_id, chosen_by, "
                        + "chosen_at) values (?, ?, ?, 'test', now())", id, force.id(), north);
            }
            made.add(new Made(id, details, inNorth));
            settled(id);
            if (j == 5) {
                continue; // not decided yet
            }
            UUID task = expiryTask(id);
            Instant decided = j == 6 ? TO.plusDays(1).atStartOfDay(UkTime.LONDON).toInstant().plus(2, ChronoUnit.HOURS)
                    : recorded.plus(1 + random.nextInt(10 * 24), ChronoUnit.HOURS);
            String decision = kinds.get(j);
            clock.set(decided);
            as(Role.SUPERVISOR, () -> expiry.decide(task, decision,
                    decision.equals("NO_FURTHER_ACTION") ? "The respondent has moved abroad." : null));
            decisions.add(new Decision(decision, decided, inNorth));
        }
    }

    /** The order's expiry-planning task, as the safeguarding unit finds it in its list. */
    UUID expiryTask(UUID orderId) {
        try {
            JsonNode list = json.readTree(mvc.perform(get("/api/v1/safeguarding/tasks")
                            .param("orderId", orderId.toString()).param("kind", "EXPIRY_PLANNING")
                            .with(httpBasic(ReportFixtures.user(Role.SUPERVISOR, code), "demo")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(list.get("items")).as("the expiry planning of order " + orderId).hasSize(1);
            return UUID.fromString(list.get("items").get(0).get("id").asString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @AfterEach
    void theClockIsTheSystemsAgain() {
        clock.reset();
    }

    Report report(String district) {
        return as(Role.ANALYST, () -> reports.report(reports.scope(FROM.toString(), TO.toString(), district, "7")));
    }

    static long count(Report.Counts figure, String key) {
        return figure.row(key).orElseThrow(() -> new AssertionError(figure.id() + " has no row " + key)).cell().count();
    }

    @Test
    void threeCourtFeedNotificationsMoveTodaysCourtFeedCountByExactlyThree() throws Exception {
        String today = LocalDate.now(UkTime.LONDON).toString();
        long before = summary(today).get("notificationsReceived").get("COURT_FEED").asLong();
        for (int i = 0; i < 3; i++) {
            String caseNumber = ReportFixtures.caseNumber();
            Instant madeAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            mvc.perform(post("/api/v1/notifications").with(httpBasic(ReportFixtures.user(Role.COURT_FEED, code), "demo"))
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"source": "COURT_FEED", "externalReference": "FL-%s", "court": "Leeds Family Court",
                                     "caseNumber": "%s", "orderType": "NMO", "madeAt": "%s", "withoutNotice": false,
                                     "endsAt": "%s", "untilFurtherOrder": false, "penalNotice": true,
                                     "applicant": {"name": "Priya Sharma"}, "respondent": {"name": "Karl Dawson"},
                                     "relationship": "FORMER_COHABITANT",
                                     "terms": ["The respondent must not contact the applicant."]}
                                    """.formatted(caseNumber, caseNumber, madeAt, madeAt.plus(180, ChronoUnit.DAYS))))
                    .andExpect(status().isCreated());
        }
        JsonNode after = summary(today);
        assertThat(after.get("notificationsReceived").get("COURT_FEED").asLong()).isEqualTo(before + 3);
        assertThat(after.get("notificationsReceived").get("EMAIL").asLong()).isZero();
        String csv = mvc.perform(get("/api/v1/reports/summary").param("from", today).param("to", today)
                        .accept("text/csv").with(httpBasic(ReportFixtures.user(Role.SUPERVISOR, code), "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("notificationsReceived,COURT_FEED," + (before + 3));
    }

    JsonNode summary(String day) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/reports/summary").param("from", day).param("to", day)
                        .with(httpBasic(ReportFixtures.user(Role.ANALYST, code), "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theDateRangeIsCheckedAndNamesTheField() throws Exception {
        var analyst = httpBasic(ReportFixtures.user(Role.ANALYST, code), "demo");
        mvc.perform(get("/api/v1/reports/summary").param("from", "2023-13-01").with(analyst))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/reports/summary").param("from", "2020-01-01").param("to", "2025-01-01")
                        .with(analyst))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/reports/summary").param("from", "2023-05-01").param("to", "2023-04-01")
                        .with(analyst))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/reports/summary").param("district", "nowhere").with(analyst))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("district"));
        mvc.perform(get("/api/v1/reports/summary").with(httpBasic(ReportFixtures.user(Role.OFFICER, code), "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePagesPeriodIsAskedWithDateInputsAndAWrongDateIsExplainedBesideItKeepingWhatWasTyped() throws Exception {
        var analyst = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername(ReportFixtures.user(Role.ANALYST, code)));
        String page = mvc.perform(get("/reports").param("from-day", "1").param("from-month", "feb")
                        .param("from-year", "2023").param("to-day", "31").param("to-month", "3")
                        .param("to-year", "2023").with(analyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("From 1 February 2023 to 31 March 2023").doesNotContain("There is a problem")
                .contains("id=\"from-day\"").contains("value=\"feb\"");
        String wrong = mvc.perform(get("/reports").param("from-day", "31").param("from-month", "2")
                        .param("from-year", "2023").param("to-day", "").param("to-month", "4")
                        .param("to-year", "2023").with(analyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("There is a problem").contains("href=\"#from-day\">From must be a real date")
                .contains("href=\"#to-day\">To must include a day").contains("id=\"from-error\"")
                .contains("id=\"to-error\"").contains("value=\"31\"");
        String backwards = mvc.perform(get("/reports").param("from-day", "1").param("from-month", "5")
                        .param("from-year", "2023").param("to-day", "1").param("to-month", "4")
                        .param("to-year", "2023").with(analyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(backwards).contains("href=\"#to-day\">To must be on or after the From date");
        // an ISO date in a link (the CSV and PDF links, a bookmark) is still read, and a wrong one shown as typed
        String iso = mvc.perform(get("/reports").param("from", "2023-13-01").with(analyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(iso).contains("href=\"#from-day\">From must be a real date").contains("value=\"13\"");
        // under a period error only the error and the form: no figures of another period (the page used to show
        // this month's beside the wrong date), no period sentence, no downloads
        assertThat(page).contains("id=\"period\"").contains("id=\"figure-notifications-by-channel\"");
        for (String withError : List.of(wrong, backwards, iso)) {
            assertThat(withError).contains("id=\"period-form\"").contains("id=\"no-figures\"")
                    .doesNotContain("id=\"period\"").doesNotContain("class=\"nmo-figure\"")
                    .doesNotContain("id=\"download-csv\"").doesNotContain("id=\"intake\"");
        }
    }

    @Test
    void everyFigureMatchesACountMadeAnotherWay() {
        makeFixtures();
        Report report = report(null);

        // intake
        Report.Counts channels = report.counts("notifications-by-channel");
        for (String source : List.of("COURT_FEED", "EMAIL", "UPLOAD", "MANUAL")) {
            assertThat(count(channels, source)).as(source)
                    .isEqualTo(notifications.stream().filter(n -> n.source().equals(source)).count());
        }
        assertThat(channels.total().count()).isEqualTo(notifications.size());
        Report.TimeRow triage = report.times("intake-times").rows().get(0);
        assertThat(triage.count()).isEqualTo(notifications.stream().filter(n -> n.decided() != null).count());
        assertThat(triage.medianHours()).isCloseTo(pgPercentile(0.5, "decided_at is not null"),
                org.assertj.core.api.Assertions.within(1e-6));
        assertThat(triage.p90Hours()).isCloseTo(pgPercentile(0.9, "decided_at is not null"),
                org.assertj.core.api.Assertions.within(1e-6));
        Report.TimeRow acceptance = report.times("intake-times").rows().get(1);
        assertThat(acceptance.medianHours()).isCloseTo(pgPercentile(0.5, "status = 'ACCEPTED'"),
                org.assertj.core.api.Assertions.within(1e-6));
        assertThat(triage.shareWithinTarget()).isEqualTo((double) notifications.stream()
                .filter(n -> n.decided() != null && !n.decided().isAfter(n.received().plus(24, ChronoUnit.HOURS)))
                .count() / triage.count());

        // the register
        Instant start = FROM.atStartOfDay(UkTime.LONDON).toInstant();
        Instant end = TO.plusDays(1).atStartOfDay(UkTime.LONDON).toInstant();
        Report.Counts changes = report.counts("order-changes");
        assertThat(count(changes, "Made")).isEqualTo(made.size());
        assertThat(count(changes, "Varied")).isZero();
        assertThat(count(changes, "Expired")).isEqualTo(made.stream().map(m -> m.details().endsAt())
                .filter(e -> e != null && !e.isBefore(start) && e.isBefore(end)).count());
        for (OrderType type : OrderType.values()) {
            assertThat(count(report.counts("orders-by-type"), type.name())).as(type.name())
                    .isEqualTo(made.stream().filter(m -> m.details().orderType() == type).count());
        }
        for (Relationship r : Relationship.values()) {
            assertThat(count(report.counts("orders-by-relationship"), r.name()))
                    .isEqualTo(made.stream().filter(m -> m.details().relationship() == r).count());
        }
        Report.Counts served = report.counts("served-within");
        long within = made.stream().filter(m -> !m.details().service().isEmpty() && !m.details().service().get(0)
                .servedAt().isAfter(m.details().madeAt().plus(7, ChronoUnit.DAYS))).count();
        assertThat(served.rows().get(0).cell().count()).isEqualTo(within);
        assertThat(served.rows().get(2).cell().count())
                .isEqualTo(made.stream().filter(m -> m.details().service().isEmpty()).count());
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
        for (YearMonth m = YearMonth.from(FROM); !m.isAfter(YearMonth.from(TO)); m = m.plusMonths(1)) {
            Instant at = m.atEndOfMonth().plusDays(1).atStartOfDay(UkTime.LONDON).toInstant();
            long inForce = made.stream().filter(o -> OrderStatusRule.statusAt(o.details(), o.details().service(), at)
                    .orElse(null) == OrderStatus.IN_FORCE).count();
            assertThat(count(report.counts("in-force-at-month-end"), m.format(month))).as(m.toString())
                    .isEqualTo(inForce);
            YearMonth thisMonth = m;
            assertThat(count(report.counts("orders-by-month"), m.format(month))).isEqualTo(made.stream()
                    .filter(o -> YearMonth.from(o.details().madeAt().atZone(UkTime.LONDON)).equals(thisMonth)).count());
            assertThat(count(report.counts("breaches-by-month"), m.format(month))).isEqualTo(breaches.stream()
                    .filter(b -> YearMonth.from(b.reported().atZone(UkTime.LONDON)).equals(thisMonth)).count());
        }

        // breaches
        Report.Counts reporters = report.counts("breaches-by-reporter");
        assertThat(reporters.total().count()).isEqualTo(breaches.size());
        for (String kind : List.of("OFFICER", "CONTROL_ROOM", "PARTNER_AGENCY", "VICTIM", "WITNESS")) {
            assertThat(count(reporters, kind)).isEqualTo(breaches.stream().filter(b -> b.reporter().equals(kind)).count());
        }
        for (String check : List.of("LIKELY_BREACH", "POSSIBLE_BREACH", "NOT_COVERED")) {
            assertThat(count(report.counts("breaches-by-check"), check))
                    .isEqualTo(breaches.stream().filter(b -> b.check().equals(check)).count());
        }
        Report.Counts crimed = report.counts("breaches-crimed");
        assertThat(crimed.rows().get(0).cell().count()).isEqualTo(breaches.stream().filter(b -> b.crimed() != null
                && !b.crimed().isAfter(b.reported().plus(24, ChronoUnit.HOURS))).count());
        assertThat(crimed.rows().get(2).cell().count())
                .isEqualTo(breaches.stream().filter(b -> b.crimed() == null).count());
        assertThat(count(report.counts("breaches-arrests"), "ARRESTED"))
                .isEqualTo(breaches.stream().filter(b -> "ARRESTED".equals(b.arrest())).count());
        assertThat(count(report.counts("breaches-arrests"), "NONE"))
                .isEqualTo(breaches.stream().filter(b -> b.arrest() == null).count());
        for (String outcome : List.of("CHARGED", "NO_FURTHER_ACTION", "CONTEMPT_APPLICATION")) {
            assertThat(count(report.counts("breach-outcomes"), outcome))
                    .isEqualTo(breaches.stream().filter(b -> outcome.equals(b.outcome())).count());
        }
        Map<String, Long> perVictim = new HashMap<>();
        Map<String, Long> perRespondent = new HashMap<>();
        breaches.forEach(b -> {
            perVictim.merge(b.victim().toLowerCase(Locale.ROOT), 1L, Long::sum);
            perRespondent.merge(b.respondent().toLowerCase(Locale.ROOT), 1L, Long::sum);
        });
        Report.Counts repeats = report.counts("breach-repeats");
        assertThat(repeats.rows().get(0).cell().count()).isEqualTo(perVictim.values().stream().filter(n -> n >= 2).count());
        assertThat(repeats.rows().get(1).cell().count())
                .isEqualTo(perRespondent.values().stream().filter(n -> n >= 2).count());
        Report.TimeRow crimeTime = report.times("breach-times").rows().stream()
                .filter(r -> r.key().equals("crimed")).findFirst().orElseThrow();
        assertThat(crimeTime.medianHours()).isCloseTo(jdbc.queryForObject("select percentile_cont(0.5) within group "
                + "(order by extract(epoch from crimed_at - reported_at) / 3600) from breach_report where force_id = ? "
                + "and crimed_at is not null", Double.class, force.id()), org.assertj.core.api.Assertions.within(1e-6));
        Report.Counts byDistrict = report.counts("breaches-by-district");
        assertThat(byDistrict.rows().get(0).cell().count())
                .isEqualTo(breaches.stream().filter(Breach::inNorth).count());

        // risk and safeguarding
        for (String level : List.of("HIGH", "MEDIUM", "STANDARD")) {
            assertThat(count(report.counts("risk-levels"), level)).isEqualTo(levels.getOrDefault(level, 0L));
        }
        assertThat(report.counts("marac").rows().get(0).cell().count()).isEqualTo(maracRequired);
        assertThat(report.counts("marac").rows().get(1).cell().count()).isEqualTo(maracReferred);
        for (String kind : List.of("DISSEMINATION", "VICTIM_CONTACT")) {
            Report.Counts inTime = report.counts(kind.equals("DISSEMINATION") ? "dissemination" : "victim-contact");
            assertThat(inTime.rows().get(0).cell().count()).as(kind).isEqualTo(tasks.stream()
                    .filter(t -> t.kind().equals(kind) && t.status().equals("DONE") && !t.closed().isAfter(t.due()))
                    .count());
            assertThat(inTime.rows().get(1).cell().count()).isEqualTo(tasks.stream()
                    .filter(t -> t.kind().equals(kind) && t.status().equals("DONE") && t.closed().isAfter(t.due()))
                    .count());
            assertThat(inTime.rows().get(4).cell().count()).isEqualTo(tasks.stream()
                    .filter(t -> t.kind().equals(kind) && t.status().equals("CANCELLED")).count());
        }

        // requests to courts, the intake steps on other tables, notifications by month, decisions before an end (the
        // district's below)
        stepsAndRequestsMatch(report, start, end, false);

        // a district: its own orders' figures, and no number from 1 to 4 shown anywhere
        Report district = report(north.toString());
        stepsAndRequestsMatch(district, start, end, true);
        assertThat(district.counts("order-changes").row("Made").orElseThrow().cell().count())
                .isEqualTo(made.stream().filter(Made::inNorth).count());
        assertThat(district.counts("breaches-by-reporter").total().count())
                .isEqualTo(breaches.stream().filter(Breach::inNorth).count());
        assertThat(district.counts("notifications-by-channel").total().count())
                .isEqualTo(notifications.stream().filter(Notification::inNorth).count());
        assertThat(district.figure("breaches-by-district")).isEmpty();
        for (Report.Section section : district.sections()) {
            for (Report.Figure figure : section.figures()) {
                if (figure instanceof Report.Counts c) {
                    for (Report.Counts.Row row : c.rows()) {
                        if (Suppression.small(row.cell().count())) {
                            assertThat(row.cell().text()).as(c.id() + " " + row.label()).isEqualTo("fewer than 5");
                        }
                    }
                    long hidden = c.rows().stream().filter(r -> !r.cell().shown()).count();
                    if (c.showTotal() && c.total().shown()) {
                        assertThat(hidden).as(c.id() + ": one hidden cell would be revealed by the total").isNotEqualTo(1);
                    }
                } else if (figure instanceof Report.Times t) {
                    t.rows().stream().filter(r -> Suppression.small(r.count())).forEach(r -> {
                        assertThat(r.countText()).as(t.id() + " " + r.key()).isEqualTo("fewer than 5");
                        assertThat(List.of(r.medianText(), r.p90Text(), r.withinText())).as(t.id() + " " + r.key())
                                .containsOnly("");
                    });
                }
            }
        }
    }

    /**
     * The figures the services' fixtures feed, counted in Java from what the test did: requests to courts by kind and
     * outcome, the courts' response times by kind, receipt to quality assurance and to flags, notifications by month
     * and decisions before an order's end; for a district, its orders' only, with the times of fewer than five cases
     * not shown.
     */
    void stepsAndRequestsMatch(Report report, Instant start, Instant end, boolean district) {
        java.util.function.Predicate<Instant> inPeriod = t -> !t.isBefore(start) && t.isBefore(end);
        List<CourtRequest> requests = courtRequests.stream().filter(r -> inPeriod.test(r.raised()))
                .filter(r -> !district || r.inNorth()).toList();
        assertThat(requests).as("requests to courts in the period").hasSizeGreaterThan(district ? 4 : 12);
        Map<String, Long> byKindAndOutcome = new java.util.TreeMap<>();
        requests.forEach(r -> byKindAndOutcome.merge(labels.of(r.kind()) + ": "
                + labels.of(r.status()).toLowerCase(Locale.ROOT), 1L, Long::sum));
        Report.Counts liaison = report.counts("liaison");
        Map<String, Long> shown = new java.util.TreeMap<>();
        liaison.rows().forEach(r -> shown.put(r.key(), r.cell().count()));
        assertThat(shown).as("requests to courts by kind and outcome").isEqualTo(byKindAndOutcome);
        assertThat(liaison.total().count()).isEqualTo(requests.size());
        assertThat(requests.stream().map(CourtRequest::status).distinct()).as("every outcome")
                .containsExactlyInAnyOrder("ANSWERED", "WITHDRAWN", "OPEN");

        // a withdrawal is not the court's answer: only answered requests are timed
        Report.Times responses = report.times("court-responses");
        for (LiaisonKind kind : LiaisonKind.values()) {
            double[] hours = requests.stream().filter(r -> r.kind() == kind && r.status().equals("ANSWERED"))
                    .mapToDouble(r -> hours(r.raised(), r.closed())).toArray();
            Report.TimeRow row = responses.rows().stream().filter(r -> r.key().equals(kind.name())).findFirst()
                    .orElseThrow();
            sameTimes(row, hours, null, district);
        }

        List<Notification> received = notifications.stream().filter(n -> inPeriod.test(n.received()))
                .filter(n -> !district || n.inNorth()).toList();
        List<Notification> assured = received.stream()
                .filter(n -> n.orderId() != null && assurances.containsKey(n.orderId())).toList();
        assertThat(assured).as("notifications whose order version was assured").hasSizeGreaterThan(district ? 2 : 8);
        Report.Times intake = report.times("intake-times");
        sameTimes(intake.rows().get(2), assured.stream()
                .mapToDouble(n -> hours(n.received(), assurances.get(n.orderId()).assured())).toArray(), 48.0, district);
        sameTimes(intake.rows().get(3), assured.stream()
                .mapToDouble(n -> hours(n.received(), assurances.get(n.orderId()).flagged())).toArray(), 72.0, district);
        if (!district) {
            // the fixtures straddle both targets, so a share of none or all would be wrong
            assertThat(intake.rows().get(2).shareWithinTarget()).isStrictlyBetween(0.0, 1.0);
            assertThat(intake.rows().get(3).shareWithinTarget()).isStrictlyBetween(0.0, 1.0);
            assertThat(intake.rows().get(3).medianHours()).isGreaterThan(intake.rows().get(2).medianHours());
        }

        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
        Report.Counts byMonth = report.counts("notifications-by-month");
        long monthsWithSome = 0;
        for (YearMonth m = YearMonth.from(FROM); !m.isAfter(YearMonth.from(TO)); m = m.plusMonths(1)) {
            YearMonth thisMonth = m;
            long n = received.stream().filter(x -> YearMonth.from(x.received().atZone(UkTime.LONDON))
                    .equals(thisMonth)).count();
            assertThat(count(byMonth, m.format(month))).as("notifications in " + m).isEqualTo(n);
            monthsWithSome += n > 0 ? 1 : 0;
        }
        assertThat(monthsWithSome).as("months with notifications").isGreaterThanOrEqualTo(2);
        assertThat(byMonth.total().count()).isEqualTo(received.size());

        List<Decision> decided = decisions.stream().filter(d -> inPeriod.test(d.decided()))
                .filter(d -> !district || d.inNorth()).toList();
        Report.Counts expiryDecisions = report.counts("expiry-decisions");
        for (String kind : List.of("EXTENSION_APPLIED", "ANOTHER_ORDER", "VICTIM_DECLINES", "NO_FURTHER_ACTION")) {
            assertThat(count(expiryDecisions, kind)).as("decisions " + kind)
                    .isEqualTo(decided.stream().filter(d -> d.decision().equals(kind)).count());
        }
        assertThat(expiryDecisions.total().count()).isEqualTo(decided.size()).isGreaterThan(district ? 2 : 4);
    }

    static double hours(Instant earlier, Instant later) {
        return Duration.between(earlier, later).getSeconds() / 3600.0;
    }

    /**
     * A time row against the hours counted in Java: how many, the median and 90th percentile by linear interpolation
     * between the closest ranks (Percentiles, as PERCENTILE.INC), the share within the target; in a district, the
     * times of one to four cases not shown.
     */
    static void sameTimes(Report.TimeRow row, double[] hours, Double targetHours, boolean district) {
        assertThat(row.count()).as(row.key() + ": how many").isEqualTo(hours.length);
        assertThat(row.suppressed()).as(row.key() + ": not shown").isEqualTo(district && Suppression.small(hours.length));
        if (hours.length == 0) {
            assertThat(row.medianHours()).as(row.key()).isNull();
            return;
        }
        assertThat(row.medianHours()).as(row.key() + ": median")
                .isCloseTo(Percentiles.median(hours).getAsDouble(), within(1e-9));
        assertThat(row.p90Hours()).as(row.key() + ": 90th percentile")
                .isCloseTo(Percentiles.of(hours, 90).getAsDouble(), within(1e-9));
        if (targetHours == null) {
            assertThat(row.shareWithinTarget()).as(row.key()).isNull();
        } else {
            assertThat(row.targetHours()).isEqualTo(targetHours);
            assertThat(row.shareWithinTarget()).as(row.key() + ": share within target")
                    .isCloseTo(Percentiles.shareWithin(hours, targetHours).getAsDouble(), within(1e-12));
        }
    }

    /**
     * The CSV and the PDF are the page's figures: every row of every table on the page (the force's report and a
     * district's, where small numbers are suppressed) is a line of the CSV with the same figure, label and values,
     * the CSV has no line the page does not show, and the PDF names every figure and row with its number.
     */
    @Test
    void theCsvAndThePdfHoldThePagesFigures() throws Exception {
        makeFixtures();
        var supervisor = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername(ReportFixtures.user(Role.SUPERVISOR, code)));
        for (String district : new String[] {"", "&district=" + north}) {
            String query = "from=" + FROM + "&to=" + TO + district;
            String page = mvc.perform(get("/reports?" + query).with(supervisor)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            String csvText = mvc.perform(get("/reports/report.csv?" + query).with(supervisor))
                    .andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            byte[] pdfBytes = mvc.perform(get("/reports/report.pdf?" + query).with(supervisor))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            String pdf;
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdfBytes)) {
                pdf = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            }

            List<List<String>> pageRows = new ArrayList<>();
            java.util.regex.Matcher figures = java.util.regex.Pattern.compile(
                    "(?s)<div class=\"nmo-figure\" id=\"figure-[^\"]+\">\\s*<h3[^>]*>(.*?)</h3>(.*?)</table>")
                    .matcher(page);
            while (figures.find()) {
                String title = text(figures.group(1));
                java.util.regex.Matcher rows = java.util.regex.Pattern.compile(
                        "(?s)<tr class=\"govuk-table__row\"[^>]*data-row=[^>]*>(.*?)</tr>").matcher(figures.group(2));
                while (rows.find()) {
                    List<String> cells = new ArrayList<>(List.of(title));
                    java.util.regex.Matcher cell = java.util.regex.Pattern.compile("(?s)<t[hd][^>]*>(.*?)</t[hd]>")
                            .matcher(rows.group(1));
                    while (cell.find()) {
                        cells.add(text(cell.group(1)));
                    }
                    pageRows.add(cells);
                }
            }
            assertThat(pageRows).as("the page's table rows").hasSizeGreaterThan(40);

            List<org.apache.commons.csv.CSVRecord> csv = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                    .setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csvText)).getRecords();
            assertThat(csv).as(query).hasSameSizeAs(pageRows);
            for (int i = 0; i < pageRows.size(); i++) {
                List<String> shown = pageRows.get(i);
                var line = csv.get(i);
                assertThat(line.get(1)).as("figure of row " + shown).isEqualTo(shown.get(0));
                assertThat(line.get(2)).as("label of row " + shown).isEqualTo(shown.get(1));
                assertThat(line.get(3)).as("number of row " + shown).isEqualTo(shown.get(2));
                if (shown.size() == 4) {
                    // a count with its share (the total's share cell is empty on the page and in the file)
                    assertThat(line.get(4)).as("share of row " + shown).isEqualTo(shown.get(3));
                } else if (shown.size() == 7) {
                    // a time: median, 90th percentile, target, within target
                    assertThat(List.of(line.get(5), line.get(6), line.get(7), line.get(8))).as("times of row " + shown)
                            .isEqualTo(shown.subList(3, 7));
                }
                assertThat(pdf).as("the PDF").contains(shown.get(0)).contains(shown.get(1));
                assertThat(pdf).as("the PDF's number for " + shown).contains(shown.get(2));
            }
        }
    }

    private static String text(String html) {
        return org.springframework.web.util.HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", "")).strip()
                .replaceAll("\\s+", " ");
    }

    double pgPercentile(double p, String condition) {
        return jdbc.queryForObject("select percentile_cont(?) within group (order by extract(epoch from decided_at - "
                + "received_at) / 3600) from notification where force_id = ? and " + condition, Double.class, p,
                force.id());
    }
}
