package org.nmoregister.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** An officer reports a breach from the order, and the breach file shows the check against the order in force. */
class BreachBrowserIT extends BrowserTest {

    @Test
    void anOfficerReportsABreachAndSeesTheCheck() throws Exception {
        String caseNumber = "LS26F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Instant made = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String notification = api("court-feed.northshire", "/api/v1/notifications", """
                {"source": "COURT_FEED", "externalReference": "FL-%s", "court": "Leeds Family Court",
                 "caseNumber": "%s", "orderType": "NMO", "madeAt": "%s", "withoutNotice": false,
                 "endsAt": "%s", "untilFurtherOrder": false, "penalNotice": true,
                 "applicant": {"name": "Priya Raman", "dateOfBirth": "1991-02-11",
                   "address": {"line1": "2 Otley Road", "town": "Leeds", "postcode": "LS6 2AB", "confidential": true}},
                 "respondent": {"name": "Daniel Keogh", "dateOfBirth": "1987-06-30",
                   "address": {"line1": "40 Kirkstall Lane", "town": "Leeds", "postcode": "LS5 3BD"}},
                 "relationship": "FORMER_COHABITANT", "servedAt": "%s", "serviceMethod": "PERSONAL", "servedBy": "PC 88",
                 "terms": ["The respondent must not use or threaten violence against the applicant, and must not instruct, encourage or in any way suggest that any other person should do so.",
                           "The respondent must not telephone, text, email or otherwise contact or attempt to contact the applicant, whether directly or indirectly."]}
                """.formatted(caseNumber, caseNumber, made, made.plus(180, ChronoUnit.DAYS),
                made.plus(2, ChronoUnit.HOURS)));
        String orderId = field(api("poc.northshire", "/api/v1/notifications/" + field(notification, "id") + "/accept",
                "{}"), "orderId");

        signIn("officer.northshire");
        open("/breaches/new?caseNumber=" + caseNumber);
        driver.findElement(By.partialLinkText(caseNumber)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chosen-order")));
        assertThat(driver.findElement(By.id("chosen-order")).getText()).contains("Daniel Keogh", "IN FORCE");

        String when = Instant.now().minus(3, ChronoUnit.HOURS).atZone(ZoneId.of("Europe/London"))
                .toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
        ((JavascriptExecutor) driver).executeScript("document.getElementById('occurredAt').value = arguments[0];",
                when);
        new Select(driver.findElement(By.id("reporterKind"))).selectByValue("VICTIM");
        driver.findElement(By.id("conduct-CONTACT")).click();
        new Select(driver.findElement(By.id("channel"))).selectByValue("TEXT");
        driver.findElement(By.id("description")).sendKeys("Twelve texts between 9pm and midnight asking to meet");
        driver.findElement(By.id("witnesses")).sendKeys("None");
        driver.findElement(By.id("submit-report")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reference")));
        assertThat(driver.findElement(By.id("reference")).getText()).matches("BR-\\d{4}-\\d{6}");
        String incident = driver.findElement(By.id("incident-1")).getText();
        assertThat(incident).contains("Likely breach", "Twelve texts", "Judged against version");
        assertThat(driver.findElement(By.id("risk")).isDisplayed()).isTrue();
        screenshot("breach-file-likely-breach");
        assertThat(orderId).isNotBlank();
    }
}
