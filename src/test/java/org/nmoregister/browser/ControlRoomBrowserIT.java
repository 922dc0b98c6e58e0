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
        String orderId = orderFromCourtFeed(caseNumber, made, "Catherine " + surname, "Robert " + surname,
                "FORMER_SPOUSE");
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
