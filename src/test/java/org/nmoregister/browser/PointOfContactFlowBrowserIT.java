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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The point of contact's day, in a real browser: a court's electronic notification arrives, opens from the queue on
 * "check before you accept" (labels, not codes; a Change link back to its field and Continue back to the check), is
 * accepted, the confirmation offers the quality check and the next notification, and the order is quality-assured.
 * At 1280 px and on a 390 px phone, with screenshots of each page.
 */
class PointOfContactFlowBrowserIT extends BrowserTest {

    @Test
    void aCourtNotificationIsCheckedAcceptedAndQualityAssured() throws Exception {
        for (int width : new int[] {1280, 390}) {
            driver.manage().window().setSize(new Dimension(width, 1024));
            String caseNumber = "LS26F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            deliverFromTheCourt(caseNumber);

            signIn("poc.northshire");
            open("/notifications");
            onSomePage(By.xpath("//tr[contains(., '" + caseNumber + "')]//a")).click();
            // complete, and with no document to read against: the queue opens it on the check
            wait.until(ExpectedConditions.urlMatches(".*/notifications/[0-9a-f-]{36}/check$"));
            String check = driver.findElement(By.tagName("main")).getText();
            assertThat(check).contains("Check before you accept", caseNumber, "Priya Sharma", "Karl Dawson",
                    "Former cohabitant", "Confidential (C8)", "Until ",
                    "3. The respondent must not go within 100 metres")
                    .doesNotContain("FORMER_COHABITANT", "COURT_FEED", "UNTIL_DATE", "You cannot accept");
            assertThat(driver.findElement(By.id("accept")).isEnabled()).isTrue();
            screenshot("poc-check-" + width);

            // "Change" goes to the field on the notification's form; Continue comes back to the check
            driver.findElement(By.xpath("//div[contains(@class,'govuk-summary-list__row')][dt[normalize-space()='Name']]"
                    + "[dd[contains(., 'Karl Dawson')]]//a[starts-with(normalize-space(), 'Change')]")).click();
            wait.until(ExpectedConditions.urlContains("#respondentName"));
            var name = driver.findElement(By.id("respondentName"));
            name.clear();
            name.sendKeys("Karl James Dawson");
            screenshot("poc-notification-" + width);
            click(By.id("continue"));
            wait.until(ExpectedConditions.urlContains("/check"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Karl James Dawson");

            click(By.id("accept"));
            wait.until(ExpectedConditions.urlMatches(".*/notifications/[0-9a-f-]{36}/accepted$"));
            assertThat(driver.findElement(By.id("confirmation")).getText()).contains("Notification accepted", caseNumber);
            screenshot("poc-accepted-" + width);
            assertNoSidewaysScroll(width);

            click(By.id("quality-link"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clauses")));
            assertThat(driver.findElement(By.id("clauses")).getText()).contains("Proximity", "Contact")
                    .doesNotContain("PROXIMITY");
            click(By.id("assure"));
            wait.until(ExpectedConditions.textToBe(By.id("qa-status"), "Checked"));
            screenshot("poc-quality-assured-" + width);
            driver.manage().deleteAllCookies();
        }
    }

    private void click(By what) {
        var element = wait.until(ExpectedConditions.elementToBeClickable(what));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private void assertNoSidewaysScroll(int width) {
        assertThat((Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .as("nothing scrolls the page sideways at " + width + " px").isLessThanOrEqualTo(0L);
    }

    /** What a court's case-management system sends, as the court-feed service account. */
    static String courtJson(String caseNumber) {
        Instant made = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        return """
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
    }

    private void deliverFromTheCourt(String caseNumber) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url("/api/v1/notifications")))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("court-feed.northshire:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(courtJson(caseNumber))).build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
