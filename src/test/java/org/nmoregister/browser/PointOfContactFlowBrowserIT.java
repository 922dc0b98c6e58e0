package org.nmoregister.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The point of contact's day, in a real browser: a court's electronic notification arrives, is accepted from the
 * queue, becomes an order whose page shows it is not yet served, and is quality-assured.
 */
class PointOfContactFlowBrowserIT extends BrowserTest {

    @Test
    void aCourtNotificationIsAcceptedIntoAnOrderAndQualityAssured() throws Exception {
        String caseNumber = "LS26F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        deliverFromTheCourt(caseNumber);

        signIn("poc.northshire");
        open("/notifications");
        By row = By.xpath("//tr[contains(., '" + caseNumber + "')]//a");
        onSomePage(row).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accept")));
        assertThat(driver.getPageSource()).contains("Priya Sharma");
        screenshot("poc-notification");

        driver.findElement(By.id("accept")).click();
        wait.until(ExpectedConditions.urlMatches(".*/orders/[0-9a-f-]{36}$"));
        assertThat(driver.findElement(By.id("status-banner")).getText()).contains("NOT SERVED");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(caseNumber);
        assertThat(driver.findElement(By.id("terms")).getText()).contains("within 100 metres");
        assertThat(driver.findElement(By.id("history")).getText()).contains("Made").doesNotContain("MADE").doesNotContain("COURT_FEED");
        screenshot("poc-order-page");

        driver.findElement(By.cssSelector("#qa-summary a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clauses")));
        assertThat(driver.findElement(By.id("clauses")).getText()).contains("Proximity", "Contact").doesNotContain("PROXIMITY");
        driver.findElement(By.id("assure")).click();
        wait.until(ExpectedConditions.textToBe(By.id("qa-status"), "Checked"));
        screenshot("poc-quality-assured");
    }

    /** What a court's case-management system sends, as the court-feed service account. */
    private void deliverFromTheCourt(String caseNumber) throws Exception {
        Instant made = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String json = """
                {"source": "COURT_FEED", "externalReference": "FL-%s", "court": "Leeds Family Court",
                 "caseNumber": "%s", "orderType": "NMO", "madeAt": "%s", "withoutNotice": true,
                 "returnHearing": {"at": "%s", "court": "Leeds Family Court"}, "endsAt": "%s",
                 "untilFurtherOrder": false, "penalNotice": true,
                 "applicant": {"name": "Priya Sharma", "dateOfBirth": "1992-07-19",
                   "address": {"line1": "8 Beech Grove", "town": "Leeds", "postcode": "LS6 3QT", "confidential": true}},
                 "respondent": {"name": "Karl Dawson", "dateOfBirth": "1987-02-03", "aliases": ["Kaz Dawson"],
                   "address": {"line1": "19 Kirkstall Road", "town": "Leeds", "postcode": "LS4 2AZ"}},
                 "relationship": "FORMER_COHABITANT",
                 "terms": ["The respondent Karl Dawson must not use or threaten violence against the applicant Priya Sharma, and must not instruct, encourage or in any way suggest that any other person should do so.",
                           "The respondent must not telephone, text, email or otherwise contact or attempt to contact the applicant, whether directly or indirectly through any third party.",
                           "The respondent must not go within 100 metres of 8 Beech Grove, Leeds LS6 3QT."],
                 "servedAt": null}
                """.formatted(caseNumber, caseNumber, made, made.plus(14, ChronoUnit.DAYS),
                made.plus(14, ChronoUnit.DAYS).plus(6, ChronoUnit.HOURS));
        var request = HttpRequest.newBuilder(URI.create(url("/api/v1/notifications")))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("court-feed.northshire:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
