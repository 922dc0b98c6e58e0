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
        String orderId = orderFromCourtFeed(caseNumber, made, "Priya Raman", "Daniel Keogh", "FORMER_COHABITANT");

        signIn("officer.northshire");
        open("/breaches/new?caseNumber=" + caseNumber);
        driver.findElement(By.partialLinkText(caseNumber)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chosen-order")));
        assertThat(driver.findElement(By.id("chosen-order")).getText()).contains("Daniel Keogh", "IN FORCE");
        assertThat(driver.getCurrentUrl()).contains(orderId);

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
    }
}
