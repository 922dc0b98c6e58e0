package org.nmoregister.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The control room's alert page is live: with the page open, an alert the feed raises appears on it by itself within
 * a second or two (server-sent events read by a static script, under the strict content security policy), and it
 * links to the alert's own page with the victim-safety actions and the breach report.
 */
class MonitoringAlertBrowserIT extends BrowserTest {

    @Test
    void anAlertAppearsOnTheOpenControlRoomPageByItself() throws Exception {
        String surname = "Livewell" + UUID.randomUUID().toString().substring(0, 4).toLowerCase();
        Instant made = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String orderId = orderFromCourtFeed("LS26F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                made, "Nina " + surname, "Carl " + surname, "FORMER_SPOUSE");
        String device = "LIVE-" + UUID.randomUUID().toString().substring(0, 8);
        api("poc.northshire", "/api/v1/monitoring/devices",
                "{\"orderId\": \"" + orderId + "\", \"deviceId\": \"" + device + "\"}");

        signIn("control.northshire");
        open("/monitoring/alerts");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-status"), "Live alerts: on"));
        int rowsBefore = driver.findElements(By.cssSelector("#alert-rows tr")).size();

        long sent = System.nanoTime();
        api("monitoring-feed.northshire", "/api/v1/monitoring/events", "[{\"deviceId\": \"" + device
                + "\", \"at\": \"" + Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS)
                + "\", \"kind\": \"TAMPER\", \"detail\": \"Case opened\"}]");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#alert-rows tr.nmo-new-alert")));
        long millis = (System.nanoTime() - sent) / 1_000_000;
        screenshot("monitoring-live-alert");
        System.out.println("MonitoringAlertBrowserIT: the alert showed on the page " + millis + " ms after the feed "
                + "was answered");
        assertThat(driver.findElements(By.cssSelector("#alert-rows tr"))).hasSize(rowsBefore + 1);
        var row = driver.findElement(By.cssSelector("#alert-rows tr.nmo-new-alert"));
        assertThat(row.getText()).contains("Device tampered with").contains("New");
        assertThat(driver.findElement(By.id("live-alerts")).getText()).contains("New alert: Device tampered with");
        assertNoContentSecurityPolicyViolation();

        row.findElement(By.cssSelector("a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("safety-actions")));
        assertThat(driver.findElement(By.id("safety-actions")).getText()).contains("safe number");
        assertThat(driver.findElement(By.id("report-breach")).getAttribute("href"))
                .contains("/breaches/new?orderId=" + orderId);
        assertThat(driver.findElement(By.cssSelector(".govuk-back-link")).getText())
                .isEqualTo("Electronic-monitoring alerts");
        driver.findElement(By.id("acknowledge")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "Acknowledged by"));
        screenshot("monitoring-alert");
    }
}
