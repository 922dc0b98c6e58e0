package org.nmoregister.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A call-handler types a nickname and a reason into the control-room page and sees the in-force banner. */
class ControlRoomBrowserIT extends BrowserTest {

    @Test
    void aCallHandlerFindsAnOrderInForceFromANickname() throws Exception {
        String surname = "Threlkeld" + (char) ('a' + new java.util.Random().nextInt(26)) + "son";
        String caseNumber = "LS26F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Instant made = Instant.now().minus(5, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String notification = api("court-feed.northshire", "/api/v1/notifications", """
                {"source": "COURT_FEED", "externalReference": "FL-%s", "court": "Leeds Family Court",
                 "caseNumber": "%s", "orderType": "NMO", "madeAt": "%s", "withoutNotice": false,
                 "endsAt": "%s", "untilFurtherOrder": false, "penalNotice": true,
                 "applicant": {"name": "Catherine %s", "dateOfBirth": "1990-01-20",
                   "address": {"line1": "2 Otley Road", "town": "Leeds", "postcode": "LS6 2AB", "confidential": true}},
                 "respondent": {"name": "Robert %s", "dateOfBirth": "1984-09-09",
                   "address": {"line1": "40 Kirkstall Lane", "town": "Leeds", "postcode": "LS5 3BD"}},
                 "relationship": "FORMER_SPOUSE", "servedAt": "%s", "serviceMethod": "PERSONAL", "servedBy": "PC 88",
                 "terms": ["The respondent must not use or threaten violence against the applicant, and must not instruct, encourage or in any way suggest that any other person should do so.",
                           "The respondent must not telephone, text, email or otherwise contact or attempt to contact the applicant, whether directly or indirectly."]}
                """.formatted(caseNumber, caseNumber, made, made.plus(180, ChronoUnit.DAYS), surname, surname,
                made.plus(1, ChronoUnit.HOURS)));
        String orderId = field(api("poc.northshire", "/api/v1/notifications/" + field(notification, "id") + "/accept",
                "{}"), "orderId");
        api("poc.northshire", "/api/v1/orders/" + orderId + "/quality-assurance", "{}");

        signIn("control.northshire");
        open("/lookup");
        driver.findElement(By.id("reason")).sendKeys("INC-20261122-0107");
        driver.findElement(By.id("q")).sendKeys("Bob " + surname);
        var banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".nmo-status-IN_FORCE")));
        assertThat(banner.getText()).contains("IN FORCE", caseNumber);
        assertThat(driver.findElement(By.id("results")).getText()).contains("Robert " + surname, "respondent");
        screenshot("control-room-in-force");
    }
}
