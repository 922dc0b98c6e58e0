package org.nmoregister.usability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.Term;
import org.nmoregister.platform.web.ToDoList;
import org.nmoregister.quality.LiaisonKind;
import org.nmoregister.quality.internal.LiaisonService;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.ListPages;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every role starts from what needs doing: each count on the start page rises by exactly the work made for it in the
 * user's own force (and not by another force's), and each count opens a list that shows exactly that many items.
 * Counts are compared before and after the fixtures, so the test holds whatever else the database contains.
 */
@IntegrationTest
class StartPageIntegrationTest {

    private static final Pattern TO_DO = Pattern.compile(
            "nmo-todo__link\" href=\"([^\"]+)\">\\s*<span class=\"nmo-todo__count\">(\\d+)</span>");
    private static final Pattern LIST_TOTAL = Pattern.compile("data-list-total=\"(\\d+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRegister orders;
    @Autowired
    LiaisonService liaison;
    @Autowired
    ToDoList toDo;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void eachCountRisesByTheWorkMadeForItInTheUsersForceOnly() throws Exception {
        Map<String, Long> poc = counts("poc.northshire");
        Map<String, Long> supervisor = counts("supervisor.northshire");
        Map<String, Long> officer = counts("officer.northshire");
        Map<String, Long> control = counts("control.northshire");
        Map<String, Long> safeguarding = counts("safeguarding.northshire");

        // two notifications from the court, one received two days ago (past the 24-hour triage target)
        notification("court-feed.northshire");
        UUID late = notification("court-feed.northshire");
        jdbc.update("update notification set received_at = now() - interval '2 days' where id = ?", late);
        // an order whose term names no distance: an error finding blocks its assurance
        UUID blocked = order("poc.northshire", withTerms(OrderFixtures.withNoticeNmo(OrderFixtures.uniqueCaseNumber(),
                now.minus(2, ChronoUnit.DAYS), "Leanne Startpage", "Darren Startpage", now.minus(1, ChronoUnit.DAYS)),
                new Term(1, "The respondent must not go near the applicant.")));
        // an order made without notice ten days ago, not served, its return hearing in four days
        UUID unserved = order("poc.northshire", withTerms(OrderFixtures.withoutNoticeNmo(
                OrderFixtures.uniqueCaseNumber(), now.minus(10, ChronoUnit.DAYS)), violenceOnly()));
        // a served order with clean terms, which two breaches are reported against
        UUID served = order("poc.northshire", withTerms(OrderFixtures.withNoticeNmo(OrderFixtures.uniqueCaseNumber(),
                now.minus(10, ChronoUnit.DAYS), "Kerry Startpage", "Wayne Startpage", now.minus(9, ChronoUnit.DAYS)),
                violenceOnly().get(0), new Term(2, "The respondent must not telephone, text, email or otherwise "
                        + "contact or attempt to contact the applicant, whether directly or indirectly.")));
        awaitQualityReviews(blocked, unserved, served);
        // a question to the court, and one past its due date
        as("poc.northshire", () -> liaison.raise(unserved, LiaisonKind.CONFIRM_SERVICE, "Has he been served?",
                now.plus(2, ChronoUnit.DAYS)));
        var overdue = as("poc.northshire", () -> liaison.raise(blocked, LiaisonKind.CLARIFY_WORDING,
                "How near is near?", now.plus(1, ChronoUnit.HOURS)));
        jdbc.update("update liaison_request set due_at = now() - interval '1 hour' where id = ?", overdue.id());
        // the officer reports a breach an hour ago; the control room one 30 hours ago, never crimed
        UUID officers = breach("officer.northshire", served, now.minus(1, ChronoUnit.HOURS));
        breach("control.northshire", served, now.minus(30, ChronoUnit.HOURS));
        // the supervisor sends the officer's breach back with a direction
        mvc.perform(post("/api/v1/breaches/{id}/directions", officers).with(httpBasic("supervisor.northshire", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reasons\": [\"NO_ARREST_DECISION\"], \"direction\": \"Decide on arrest today.\"}"))
                .andExpect(status().isOk());

        // another force's work counts for nobody in Northshire
        notification("court-feed.southvale");
        order("poc.southvale", withTerms(OrderFixtures.withNoticeNmo(OrderFixtures.uniqueCaseNumber(),
                now.minus(2, ChronoUnit.DAYS), "Leanne Southcount", "Darren Southcount", null),
                new Term(1, "The respondent must not go near the applicant.")));

        assertThat(rises(poc, counts("poc.northshire"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "/notifications", 2L, "/notifications?show=overdue", 1L,
                "/quality", 3L, "/quality?show=blocked", 1L, "/quality?show=unserved", 1L,
                "/quality?show=questions", 2L, "/quality?show=overdue-questions", 1L));
        assertThat(withoutWorkbench(rises(supervisor, counts("supervisor.northshire"))))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                "/quality?show=blocked", 1L,
                // the control room's breach is not crimed in time; the officer's has an unanswered direction
                "/breaches/review", 2L, "/breaches?show=crime-overdue", 1L,
                // both are covered by the order and no arrest decision is recorded
                "/breaches?show=not-arrested", 2L));
        assertThat(rises(officer, counts("officer.northshire"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "/breaches?show=yours", 1L, "/breaches?show=your-directions", 1L));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            Map<String, Long> rose = rises(safeguarding, counts("safeguarding.northshire"));
            assertThat(withoutWorkbench(rose)).as("each breach opens a DASH assessment to complete")
                    .containsExactlyInAnyOrderEntriesOf(Map.of("/risk/assessments?show=to-complete", 2L));
            // and prompts a review of the victim's safety plan; the workbench counts the whole force's tasks, which
            // other tests' orders and breaches add to, so at least these two (safeguarding's own tests count exactly)
            assertThat(rose.getOrDefault("/safeguarding", 0L)).as("safety-plan reviews to do")
                    .isGreaterThanOrEqualTo(2L);
        });
        // The held list is the whole force's: an order another test made just before may reach the control room's
        // read model during this one, so the count rises by at least the three, and the list shows each of them.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(rises(control, counts("control.northshire")))
                    .as("the three orders are held, not yet checked, as the control room finds them")
                    .containsOnlyKeys("/lookup/held").extractingByKey("/lookup/held").satisfies(
                            rise -> assertThat(rise).isGreaterThanOrEqualTo(3L));
            for (UUID held : List.of(blocked, unserved, served)) {
                assertThat(ListPages.pageShowing(mvc, "/lookup/held",
                        user(users.loadUserByUsername("control.northshire")), held.toString()))
                        .as("the held list shows order " + held).isNotNull();
            }
        });
    }

    @Test
    void eachRoleSeesOnlyItsOwnWorkAndEveryCountOpensAListShowingThatMany() throws Exception {
        notification("court-feed.northshire");
        UUID served = order("poc.northshire", withTerms(OrderFixtures.withNoticeNmo(OrderFixtures.uniqueCaseNumber(),
                now.minus(10, ChronoUnit.DAYS), "Kerry Listcount", "Wayne Listcount", now.minus(9, ChronoUnit.DAYS)),
                violenceOnly()));
        breach("officer.northshire", served, now.minus(1, ChronoUnit.HOURS));

        Map<String, Map<String, Long>> pages = new LinkedHashMap<>();
        for (String username : List.of("poc.northshire", "supervisor.northshire", "officer.northshire",
                "safeguarding.northshire", "analyst.northshire", "admin.northshire")) {
            String page = page("/", username);
            assertThat(page).contains("<title>What needs doing – NMO Register</title>").contains("Northshire Police");
            pages.put(username, toDos(page));
        }
        assertThat(pages.get("poc.northshire")).containsKeys("/notifications", "/quality?show=blocked",
                "/quality?show=unserved", "/quality?show=overdue-questions")
                .doesNotContainKeys("/breaches/review", "/breaches?show=yours", "/lookup/held");
        assertThat(pages.get("supervisor.northshire")).containsOnlyKeys("/breaches/review",
                "/breaches?show=crime-overdue", "/breaches?show=not-arrested", "/breaches/dip-sampling",
                "/quality?show=blocked", "/safeguarding", "/safeguarding?show=overdue");
        assertThat(List.copyOf(pages.get("supervisor.northshire").keySet()).get(0))
                .as("a supervisor's breaches come first").isEqualTo("/breaches/review");
        assertThat(pages.get("officer.northshire")).containsOnlyKeys("/breaches?show=yours",
                "/breaches?show=your-directions");
        assertThat(pages.get("officer.northshire").get("/breaches?show=yours")).isPositive();
        assertThat(pages.get("safeguarding.northshire")).containsOnlyKeys("/risk/assessments?show=to-complete",
                "/risk/assessments?show=marac-due", "/safeguarding", "/safeguarding?show=overdue");
        assertThat(pages.get("admin.northshire")).containsOnlyKeys("/sign-in-locks");
        assertThat(pages.get("analyst.northshire")).isEmpty();
        assertThat(page("/", "analyst.northshire")).contains("Your role keeps no list of work here.");

        // the control room starts at the lookup, its counts under the search box
        mvc.perform(get("/").with(user(users.loadUserByUsername("control.northshire"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/lookup"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                toDos(page("/lookup", "control.northshire")).get("/lookup/held")).isPositive());
        pages.put("control.northshire", toDos(page("/lookup", "control.northshire")));

        // every count opens a list of exactly that many (the dip-sampling page counts by week instead)
        for (var role : pages.entrySet()) {
            for (var count : role.getValue().entrySet()) {
                if (count.getKey().equals("/breaches/dip-sampling")) {
                    continue;
                }
                String list = page(count.getKey(), role.getKey());
                Matcher total = LIST_TOTAL.matcher(list);
                assertThat(total.find()).as("%s shows how many it lists", count.getKey()).isTrue();
                assertThat(Long.parseLong(total.group(1))).as("%s as %s", count.getKey(), role.getKey())
                        .isEqualTo(count.getValue());
            }
        }
    }

    @Test
    void aListAskedForWithAPageOrViewItDoesNotHaveSaysSoInWords() throws Exception {
        for (String address : List.of("/breaches?page=two", "/breaches?page=0", "/breaches?page=100000",
                "/quality?show=everything", "/notifications?show=late&page=1", "/breaches/review?page=-1",
                "/quality?show=blocked&page=99999", "/risk/assessments?show=all", "/access-log?page=x",
                "/orders?name=Smith&page=0")) {
            String page = mvc.perform(get(address).with(user(users.loadUserByUsername("supervisor.northshire"))))
                    .andExpect(status().isBadRequest())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as(address).contains("This list cannot be shown as asked")
                    .containsPattern("The page number must be a whole number|There is no page|has no view called")
                    .contains("id=\"problem-back\"");
        }
        String wrongView = page("/quality?show=everything", "supervisor.northshire", 400);
        assertThat(wrongView).contains("\u201cBlocked by an error finding\u201d")
                .contains("href=\"/quality\"");
        assertThat(page("/breaches?show=crime-overdue&page=x", "supervisor.northshire", 400))
                .contains("href=\"/breaches?show=crime-overdue\"");
    }

    private Map<String, Long> counts(String username) {
        Map<String, Long> counts = new HashMap<>();
        as(username, () -> toDo.forSignedInUser()).forEach(group -> group.items()
                .forEach(item -> counts.merge(item.link(), item.count(), Long::sum)));
        return counts;
    }

    /** The rises without the safeguarding workbench's, which count the whole force's tasks. */
    private static Map<String, Long> withoutWorkbench(Map<String, Long> rises) {
        Map<String, Long> rest = new HashMap<>(rises);
        rest.keySet().removeIf(link -> link.startsWith("/safeguarding"));
        return rest;
    }

    private static Map<String, Long> rises(Map<String, Long> before, Map<String, Long> after) {
        assertThat(after.keySet()).isEqualTo(before.keySet());
        Map<String, Long> rises = new HashMap<>();
        after.forEach((link, count) -> {
            if (count - before.get(link) != 0) {
                rises.put(link, count - before.get(link));
            }
        });
        return rises;
    }

    private static Map<String, Long> toDos(String page) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Matcher m = TO_DO.matcher(page);
        while (m.find()) {
            counts.merge(m.group(1).replace("&amp;", "&"), Long.parseLong(m.group(2)), Long::sum);
        }
        return counts;
    }

    private String page(String address, String username) throws Exception {
        return page(address, username, 200);
    }

    private String page(String address, String username, int status) throws Exception {
        return mvc.perform(get(address).with(user(users.loadUserByUsername(username))))
                .andExpect(status().is(status))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private UUID notification(String feed) throws Exception {
        String reference = "FL-START-" + UUID.randomUUID().toString().substring(0, 8);
        String body = mvc.perform(post("/api/v1/notifications").with(httpBasic(feed, "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"source": "COURT_FEED", "externalReference": "%s", "court": "Leeds Family Court",
                                 "caseNumber": "%s", "orderType": "NMO", "madeAt": "%s", "withoutNotice": false,
                                 "endsAt": "%s", "untilFurtherOrder": false, "penalNotice": true,
                                 "applicant": {"name": "Nadia Queuecount", "dateOfBirth": "1990-01-20"},
                                 "respondent": {"name": "Carl Queuecount", "dateOfBirth": "1984-09-09"},
                                 "relationship": "FORMER_SPOUSE",
                                 "terms": ["The respondent must not use or threaten violence against the applicant."]}
                                """.formatted(reference, OrderFixtures.uniqueCaseNumber(), now.minus(1, ChronoUnit.DAYS),
                                now.plus(180, ChronoUnit.DAYS))))
                .andExpect(status().is2xxSuccessful())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    private UUID order(String username, OrderDetails details) {
        return as(username, () -> orders.create(details, "start page test"));
    }

    private void awaitQualityReviews(UUID... ids) {
        for (UUID id : ids) {
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                    "select count(*) from quality_review where order_id = ?", Long.class, id) == 1);
        }
    }

    private UUID breach(String username, UUID orderId, Instant reportedAt) throws Exception {
        String body = mvc.perform(post("/api/v1/breaches").with(httpBasic(username, "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"orderId": "%s", "reportedAt": "%s", "reporterKind": "VICTIM", "reporterName": "Kerry",
                                 "incidents": [{"occurredAt": "%s", "conduct": "CONTACT", "channel": "TEXT",
                                   "description": "Twelve texts overnight"}]}
                                """.formatted(orderId, reportedAt, reportedAt.minus(1, ChronoUnit.HOURS))))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    private static List<Term> violenceOnly() {
        return List.of(new Term(1, "The respondent must not use or threaten violence against the applicant, and must "
                + "not instruct, encourage or in any way suggest that any other person should do so."));
    }

    private static OrderDetails withTerms(OrderDetails d, Term... terms) {
        return withTerms(d, List.of(terms));
    }

    private static OrderDetails withTerms(OrderDetails d, List<Term> terms) {
        return new OrderDetails(d.court(), d.caseNumber(), d.orderType(), d.madeAt(), d.withoutNotice(),
                d.returnHearing(), d.duration(), d.endsAt(), d.penalNotice(), d.applicant(), d.otherProtectedPersons(),
                d.children(), d.respondent(), d.relationship(), terms, d.service(), d.dischargedAt(), d.notes());
    }

    private <T> T as(String username, Supplier<T> work) {
        return SignedIn.as(users, username, work);
    }
}
