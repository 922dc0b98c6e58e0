package org.nmoregister.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * axe-core (Deque's accessibility rules, WCAG 2.0 and 2.1 at levels A and AA) run on the main pages of each role's
 * journey, at 1280 px and on a 390 px phone: the point of contact, the control room, the officer, the supervisor and
 * the public draft checker. Every violation on every page is listed together (rule, page and width, the element's
 * selector) so that one run shows all that needs fixing. One browser for the whole walk, one sign-in per role.
 *
 * <p>The orders, notification and breach it opens are its own, made through the API as the court feed, the point of
 * contact and an officer would make them.
 */
class AccessibilityBrowserIT extends BrowserTest {

    /** What the register's public sector duty asks for: WCAG 2.1 AA, which includes 2.0 A and AA. */
    private static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final int[] WIDTHS = {1280, 390};

    /** In a journey, not a page but the form on the page before sent with nothing filled in. */
    private static final String STAGE_SENT_WRONG = "(the crime-recording page sent with a date missing its month)";
    private static final String SHARING_SENT_WRONG = "(the sharing settings sent with a telephone that is not one)";
    private static final String SENT_EMPTY = "(the form above, sent empty)";

    /** In a journey: on a phone, the service navigation's "Menu" button pressed to show the links it folds. */
    private static final String MENU_OPENED = "(the menu above, opened)";

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final List<String> violations = new ArrayList<>();
    private final List<String> toReview = new ArrayList<>();

    @Test
    void everyRolesMainPagesPassAxeAtDesktopAndPhoneWidths() throws Exception {
        String caseNumber = "LS26F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String surname = "Axwell" + UUID.randomUUID().toString().substring(0, 4).toLowerCase();
        Instant made = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String orderId = orderFromCourtFeed(caseNumber, made, "Hannah " + surname, "Marcus " + surname,
                "FORMER_COHABITANT");
        String notificationId = waitingNotification(made);
        // received yesterday, so that the queue shows it, and the way it marks one, past the triage target
        jdbc.update("update notification set received_at = now() - interval '30 hours' where id = ?",
                UUID.fromString(notificationId));
        String breachId = breachReported(orderId);
        // check before you accept: one ready to accept, one that Accept is disabled for (a correction took out its
        // terms), and the confirmation after accepting another
        String blockedId = waitingNotification(made);
        jdbc.update("update notification set data = data - 'terms' where id = ?", UUID.fromString(blockedId));
        String acceptedId = waitingNotification(made);
        api("poc.northshire", "/api/v1/notifications/" + acceptedId + "/accept", "{}");
        String briefingId = briefingWaitingForADistrict(orderId);
        // a case offered to southvale (issue 13): the request, the queue, the decision page
        String transferId = field(api("poc.northshire", "/api/v1/transfers", "{\"orderId\": \"" + orderId
                + "\", \"toForce\": \"southvale\", \"reason\": \"VICTIM_MOVED\"}"), "id");

        Map<String, List<String>> journeys = new LinkedHashMap<>();
        journeys.put("poc.northshire", List.of("/", MENU_OPENED, "/notifications?show=overdue",
                "/notifications/" + notificationId, "/notifications/" + notificationId + "/check",
                "/notifications/" + blockedId + "/check", "/notifications/" + acceptedId + "/accepted",
                "/notifications/new", "/quality", "/orders/" + orderId + "/quality",
                "/orders", "/orders/" + orderId, "/imports",
                "/orders/" + UUID.randomUUID(), // the page for an order not found
                "/register", "/register?status=IN_FORCE&sort=ENDS&direction=asc", "/register?endingWithinDays=x"));
        journeys.put("control.northshire", List.of("/lookup",
                "/lookup?reason=INC-20261204-0101&q=Marcus+" + surname, "/lookup/held"));
        String monitoringAlert = monitoringAlert(orderId);
        also(journeys, "control.northshire", List.of("/monitoring/alerts", "/monitoring/alerts?show=all",
                "/monitoring/alerts/" + monitoringAlert));
        journeys.put("officer.northshire", List.of("/breaches", "/breaches/new?orderId=" + orderId,
                SENT_EMPTY, "/breaches/" + breachId, "/breaches/" + breachId + "/crime", STAGE_SENT_WRONG,
                "/breaches/" + breachId + "/arrest", "/breaches/" + breachId + "/investigation",
                "/breaches/" + breachId + "/risk", "/breaches/" + breachId + "/outcome"));
        journeys.put("supervisor.northshire", List.of("/breaches/review", "/risk/meeting",
                "/breaches/dip-sampling", "/access-log", "/flags/reconciliation",
                "/breaches/" + breachId + "/response", "/breaches/" + breachId + "/directions",
                "/retention", "/retention/cases/" + orderId, "/retention/disposals", "/retention/schedule",
                "/retention/subject-access", "/retention/rectifications/" + orderId));
        journeys.put("safeguarding.northshire", List.of("/safeguarding", "/safeguarding?show=to-route",
                "/safeguarding/tasks/" + briefingId, "/safeguarding/briefings/" + briefingId,
                "/safeguarding/contacts/" + victimContact(orderId), "/safeguarding/plans/" + orderId,
                "/safeguarding/plans/" + orderId + "/measures/new", "/safeguarding/plans/" + orderId + "/history",
                "/safeguarding/expiry/lapsed"));
        journeys.put("neighbourhood.northshire", List.of("/", "/safeguarding", "/safeguarding?show=done"));
        journeys.put("admin.northshire", List.of("/safeguarding/districts", "/retention/schedule"));
        api("admin.northshire", "/api/v1/retention/sweep", "{}"); // the order's case, for its retention page
        // across forces: northshire's order as southvale's control room sees it, the point of contact's lists, and
        // a case offered to southvale from both sides
        journeys.put("control.southvale", List.of("/lookup?reason=INC-20261204-0101&q=Marcus+" + surname));
        journeys.put("poc.southvale", List.of("/cross-force", "/cross-force/notices", "/cross-force/requests",
                "/transfers", "/transfers/" + transferId, "/transfers/sent"));
        also(journeys, "poc.northshire", List.of("/orders/" + orderId + "/transfer", "/transfers/" + transferId,
                "/orders/" + orderId + "/victim-moved"));
        // monitoring: priority subjects, plans of checks and DAPO duties; a district's list of checks
        also(journeys, "supervisor.northshire", monitoringPages(orderId));
        also(journeys, "neighbourhood.northshire", List.of("/monitoring/checks"));
        // the force's sharing settings: changed by an administrator (and refused, with its error summary), read by
        // the point of contact
        also(journeys, "admin.northshire", List.of("/cross-force/sharing", SHARING_SENT_WRONG));
        also(journeys, "poc.southvale", List.of("/cross-force/sharing"));
        // the reports page with its period typed wrong in the date inputs, and as a wrong ISO date in a link
        journeys.put("analyst.northshire", List.of("/reports", "/reports?from=2026-13-01",
                "/reports?from-day=31&from-month=2&from-year=2026&to-day=&to-month=3&to-year=2026"));

        for (var journey : journeys.entrySet()) {
            driver.manage().window().setSize(new Dimension(WIDTHS[0], 1024));
            signIn(journey.getKey());
            for (int width : WIDTHS) {
                driver.manage().window().setSize(new Dimension(width, 1024));
                for (String page : journey.getValue()) {
                    if (page.equals(MENU_OPENED)) {
                        var toggle = driver.findElement(By.cssSelector(".govuk-service-navigation__toggle"));
                        if (!toggle.isDisplayed()) {
                            continue; // at desktop width the links are all shown, there is no Menu button
                        }
                        toggle.click();
                        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navigation")));
                    } else if (page.equals(STAGE_SENT_WRONG)) {
                        // a stage page sent with a date missing its month: its error summary and the date's boxes
                        driver.findElement(By.id("crimeReference")).sendKeys("CR/AXE/1");
                        driver.findElement(By.id("crimedAt-day")).sendKeys("4");
                        driver.findElement(By.id("crimedAt-year")).sendKeys("2026");
                        driver.findElement(By.id("crimedAt-hour")).sendKeys("14");
                        driver.findElement(By.id("crimedAt-minute")).sendKeys("30");
                        driver.findElement(By.id("record-crime")).click();
                        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-error-summary")));
                    } else if (page.equals(SHARING_SENT_WRONG)) {
                        open("/cross-force/sharing");
                        var telephone = driver.findElement(By.id("controlRoomTelephone"));
                        telephone.clear();
                        telephone.sendKeys("call us");
                        driver.findElement(By.cssSelector("#sharing button[type=submit]")).click();
                        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-error-summary")));
                    } else if (page.equals(SENT_EMPTY)) {
                        // the form just opened, sent with nothing said: the error summary and the fields' errors
                        driver.findElement(By.id("submit-report")).click();
                        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-error-summary")));
                    } else {
                        open(page);
                    }
                    assertThat(driver.getCurrentUrl()).as(journey.getKey() + " opening " + page)
                            .doesNotContain("/login");
                    check(journey.getKey() + " " + page, width);
                }
            }
            driver.manage().deleteAllCookies(); // signed out: the next role signs in afresh
        }

        for (int width : WIDTHS) {
            driver.manage().window().setSize(new Dimension(width, 1024));
            open("/login");
            check("public /login", width);
            open("/draft-check");
            check("public /draft-check", width);
            driver.findElement(By.id("text")).sendKeys("The respondent must not go within 100 metres of 2 Otley "
                    + "Road, Leeds, and must not contact the applicant by any means.");
            driver.findElement(By.id("check")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
            check("public /draft-check (a result)", width);
        }

        // The check itself can fail: an unlabelled field and an image without alternative text, added to the page
        // just checked, are both reported.
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                document.querySelector('main').insertAdjacentHTML('beforeend',
                    '<input type="text" id="canary-field"><img id="canary-image" src="/favicon.ico">');""");
        var canary = new AxeBuilder().withTags(WCAG_A_AND_AA).analyze(driver);
        assertThat(canary.getViolations()).extracting(Rule::getId).as("axe on a page given two known faults")
                .contains("label", "image-alt");

        if (!toReview.isEmpty()) {
            System.out.println("axe-core could not decide these (for a person to review):\n  "
                    + String.join("\n  ", toReview));
        }
        assertThat(violations).as("axe-core violations (WCAG 2.0/2.1 A and AA), one a line:\n"
                + String.join("\n", violations) + "\n").isEmpty();
    }

    /**
     * The safeguarding unit's contact with the applicant that the order's assurance makes (the order is assured once,
     * by {@link #briefingWaitingForADistrict}: assuring it again is refused).
     */
    private UUID victimContact(String orderId) {
        String sql = "select id from safeguarding_task where order_id = ? and kind = 'VICTIM_CONTACT'";
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> !jdbc.queryForList(sql, UUID.class, UUID.fromString(orderId)).isEmpty());
        return jdbc.queryForList(sql, UUID.class, UUID.fromString(orderId)).get(0);
    }

    /** Adds pages to an account's journey (one sign-in walks them all, after the pages it already had). */
    private static void also(Map<String, List<String>> journeys, String account, List<String> pages) {
        List<String> all = new ArrayList<>(journeys.getOrDefault(account, List.of()));
        all.addAll(pages);
        journeys.put(account, all);
    }

    /** Monitoring's pages: the order's respondent made a priority subject with a check planned on the order. */
    private List<String> monitoringPages(String orderId) throws Exception {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from monitoring_order where order_id = ?", Integer.class, UUID.fromString(orderId)) == 1);
        String subject = field(api("supervisor.northshire", "/api/v1/monitoring/priority-subjects", """
                {"orderId": "%s", "reason": "Two breaches in a month", "ownerName": "DC Priya Shah",
                 "ownerRole": "OFFENDER_MANAGER", "reviewOn": "%s"}""".formatted(orderId,
                java.time.LocalDate.now().plusMonths(1))), "id");
        String district = jdbc.queryForObject("select d.id::text from district d join force f on f.id = d.force_id "
                + "where f.code = 'northshire' and d.name = 'Northshire Central'", String.class);
        String check = field(api("supervisor.northshire", "/api/v1/monitoring/checks", """
                {"orderId": "%s", "subjectId": "%s", "kind": "REASSURANCE_VISIT", "ownerName": "PC Tom Reed",
                 "districtId": "%s", "dueOn": "%s"}""".formatted(orderId, subject, district,
                java.time.LocalDate.now())), "id");
        return List.of("/monitoring/priority", "/monitoring/suggestions", "/monitoring/priority/" + subject,
                "/monitoring/orders/" + orderId, "/monitoring/orders/" + orderId + "/checks/new",
                "/monitoring/checks", "/monitoring/checks/" + check, "/monitoring/duties");
    }

    /** Runs axe on the page as the browser shows it now, and keeps each failing element as one line. */
    private void check(String page, int width) {
        var results = new AxeBuilder().withTags(WCAG_A_AND_AA).analyze(driver);
        // What axe could not decide (text clipped inside a scrolling table or a full textarea) is for a person to
        // look at, not a failure: it is listed in the test's output.
        for (Rule rule : results.getIncomplete()) {
            for (CheckedNode node : rule.getNodes()) {
                toReview.add("%s  %s at %dpx  %s".formatted(rule.getId(), page, width, node.getTarget()));
            }
        }
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                violations.add("%s  %s at %dpx  %s  (%s)".formatted(rule.getId(), page, width, node.getTarget(),
                        rule.getHelp()));
            }
        }
    }

    /** A notification from the court feed, left waiting for the point of contact. */
    private String waitingNotification(Instant made) throws Exception {
        String caseNumber = "LS26F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String body = api("court-feed.northshire", "/api/v1/notifications", """
                {"source": "COURT_FEED", "externalReference": "FL-%s", "court": "Bradford Combined Court",
                 "caseNumber": "%s", "orderType": "NMO", "madeAt": "%s", "withoutNotice": true,
                 "returnHearing": {"at": "%s", "court": "Bradford Combined Court"}, "endsAt": "%s",
                 "untilFurtherOrder": false, "penalNotice": true,
                 "applicant": {"name": "Sofia Brennan", "dateOfBirth": "1993-04-02",
                   "address": {"line1": "9 Manningham Lane", "town": "Bradford", "postcode": "BD1 3EA",
                               "confidential": true}},
                 "respondent": {"name": "Lee Brennan", "dateOfBirth": "1989-11-30",
                   "address": {"line1": "12 Leeds Road", "town": "Bradford", "postcode": "BD3 9LA"}},
                 "relationship": "FORMER_SPOUSE",
                 "terms": ["The respondent must not use or threaten violence against the applicant.",
                           "The respondent must not go to, enter or attempt to enter 9 Manningham Lane, Bradford."]}
                """.formatted(caseNumber, caseNumber, made, made.plus(14, ChronoUnit.DAYS),
                made.plus(365, ChronoUnit.DAYS)));
        return field(body, "id");
    }

    /** A breach of the order reported by an officer: texts overnight, then at the door (two conducts, each checked). */
    private String breachReported(String orderId) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String body = api("officer.northshire", "/api/v1/breaches", """
                {"orderId": "%s", "reportedAt": "%s", "reporterKind": "VICTIM", "reporterName": "Hannah",
                 "incidents": [{"occurredAt": "%s", "conducts": [{"conduct": "CONTACT", "channel": "TEXT"},
                                {"conduct": "APPROACH", "channel": "IN_PERSON"}],
                   "description": "Eighteen texts overnight asking to meet, then at the door", "witnesses": "None"}]}
                """.formatted(orderId, now.minus(1, ChronoUnit.HOURS), now.minus(5, ChronoUnit.HOURS)));
        return field(body, "id");
    }

    /** The order's briefing (its LS6 postcode is in no demo district, so it waits for a district to be chosen). */
    private String briefingWaitingForADistrict(String orderId) throws Exception {
        api("supervisor.northshire", "/api/v1/orders/" + orderId + "/quality-assurance",
                "{\"overrideReason\": \"Checked against the sealed order (accessibility test)\"}");
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
                "select id::text from safeguarding_task where order_id = ? and kind = 'DISSEMINATION'", String.class,
                UUID.fromString(orderId)).stream().findFirst().orElse(null), java.util.Objects::nonNull);
    }

    /** An electronic-monitoring alert on the order: a device linked to it, then a tamper reported by the feed. */
    private String monitoringAlert(String orderId) throws Exception {
        String device = "AXE-" + UUID.randomUUID().toString().substring(0, 8);
        api("poc.northshire", "/api/v1/monitoring/devices",
                "{\"orderId\": \"" + orderId + "\", \"deviceId\": \"" + device + "\"}");
        api("monitoring-feed.northshire", "/api/v1/monitoring/events", "[{\"deviceId\": \"" + device
                + "\", \"at\": \"" + Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS)
                + "\", \"kind\": \"STRAP\"}]");
        return jdbc.queryForObject("select id::text from monitoring_alert where device_id = ?", String.class, device);
    }
}
