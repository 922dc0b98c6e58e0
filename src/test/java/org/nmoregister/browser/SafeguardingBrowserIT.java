package org.nmoregister.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A neighbourhood officer's briefing, through a real browser at 1280 px and on a 390 px phone: from the start page's
 * count to the workbench, the task (its timeline), the briefing (the confidential address as its area only) and the
 * acknowledgement, after which the task is done. Screenshots in target/screenshots.
 */
class SafeguardingBrowserIT extends BrowserTest {

    @Test
    void theNeighbourhoodOfficerReadsTheBriefingAndAcknowledgesIt() throws Exception {
        for (int width : new int[] {1280, 390}) {
            String applicant = "Briony Testwell " + UUID.randomUUID().toString().substring(0, 6);
            String orderId = briefedOrder(applicant);
            driver.manage().window().setSize(new Dimension(width, 1000));
            signIn("neighbourhood.northshire");
            WebElement count = driver.findElements(By.cssSelector("#to-do a.nmo-todo__link")).stream()
                    .filter(a -> a.getText().contains("briefing")).findFirst().orElseThrow();
            screenshot("safeguarding-start-" + width);
            count.click();
            wait.until(ExpectedConditions.urlContains("/safeguarding"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Safeguarding workbench");
            assertThat(driver.findElement(By.id("own-district")).getText()).contains("Northshire Central");
            WebElement row = wait.until(d -> d.findElements(By.cssSelector("#tasks tbody tr")).stream()
                    .filter(r -> r.getText().contains(applicant)).findFirst().orElse(null));
            assertNoSidewaysScroll("the workbench at " + width);
            screenshot("safeguarding-workbench-" + width);
            row.findElement(By.partialLinkText("Task history")).click();

            wait.until(ExpectedConditions.urlContains("/safeguarding/tasks/"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Briefing to the district");
            assertThat(driver.findElement(By.id("timeline")).getText()).contains("Task created");
            assertNoSidewaysScroll("the task at " + width);
            screenshot("safeguarding-task-" + width);
            driver.findElement(By.id("work-page")).click();

            wait.until(ExpectedConditions.urlContains("/safeguarding/briefings/"));
            String page = driver.findElement(By.tagName("main")).getText();
            assertThat(page).contains(applicant).contains("Neville Crane").contains("Northshire, NX2 area")
                    .doesNotContain("Larkspur").doesNotContain("NX2 4QZ").doesNotContain("07700 900456");
            assertNoSidewaysScroll("the briefing at " + width);
            screenshot("safeguarding-briefing-" + width);
            driver.findElement(By.id("note")).sendKeys("Briefed at the 2pm shift briefing");
            driver.findElement(By.cssSelector("#acknowledge button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-notification-banner--success")));
            assertThat(driver.findElement(By.id("closed")).getText()).contains("Done")
                    .contains("Briefed at the 2pm shift briefing");
            assertThat(driver.findElements(By.id("acknowledge"))).isEmpty();
            screenshot("safeguarding-acknowledged-" + width);
            assertNoContentSecurityPolicyViolation();
            assertThat(orderId).isNotBlank();
            driver.manage().deleteAllCookies(); // signed out: the next width signs in afresh
        }
    }

    /** An order from the court feed protecting someone at a confidential address in Northshire Central, assured. */
    private String briefedOrder(String applicant) throws Exception {
        Instant made = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String caseNumber = "NX26F" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        String notification = api("court-feed.northshire", "/api/v1/notifications", """
                {"source": "COURT_FEED", "externalReference": "FL-%s", "court": "Leeds Family Court",
                 "caseNumber": "%s", "orderType": "NMO", "madeAt": "%s", "withoutNotice": false,
                 "endsAt": "%s", "untilFurtherOrder": false, "penalNotice": true,
                 "applicant": {"name": "%s", "dateOfBirth": "1990-01-20",
                   "address": {"line1": "9 Larkspur Close", "town": "Northshire", "postcode": "NX2 4QZ",
                     "confidential": true},
                   "contacts": [{"kind": "PHONE", "value": "07700 900456", "confidential": true}]},
                 "respondent": {"name": "Neville Crane", "dateOfBirth": "1984-09-09",
                   "address": {"line1": "40 Kirkstall Lane", "town": "Northshire", "postcode": "NX8 3BD"},
                   "description": "Tall, grey beard"},
                 "relationship": "FORMER_COHABITANT", "servedAt": "%s", "serviceMethod": "PERSONAL", "servedBy": "PC 88",
                 "terms": ["The respondent must not use or threaten violence against the applicant, and must not instruct, encourage or in any way suggest that any other person should do so.",
                           "The respondent must not go within 100 metres of 9 Larkspur Close, Northshire NX2 4QZ."]}
                """.formatted(caseNumber, caseNumber, made, made.plus(180, ChronoUnit.DAYS), applicant,
                made.plus(1, ChronoUnit.HOURS)));
        String orderId = field(api("poc.northshire", "/api/v1/notifications/" + field(notification, "id")
                + "/accept", "{}"), "orderId");
        if (post("poc.northshire", "/api/v1/orders/" + orderId + "/quality-assurance", "{}") != 200) {
            // the made-up NX address is in no gazetteer: a supervisor assures it as the point of contact checked it
            api("supervisor.northshire", "/api/v1/orders/" + orderId + "/quality-assurance",
                    "{\"overrideReason\": \"Address confirmed with the court by telephone (browser test)\"}");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> get("neighbourhood.northshire",
                "/api/v1/safeguarding/tasks?orderId=" + orderId).contains("\"DISSEMINATION\""));
        return orderId;
    }

    private int post(String user, String path, String json) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path)))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build();
        return java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private String get(String user, String path) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path)))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .GET().build();
        return java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    private void assertNoSidewaysScroll(String where) {
        Number overflow = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as(where + " scrolls the whole page sideways by (px)").isLessThanOrEqualTo(0);
    }
}
