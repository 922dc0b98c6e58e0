package org.nmoregister.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The safeguarding unit's contact with a victim in a real browser, at a desktop width and on a 390 px phone: the
 * order arrives from a court's feed and is assured; the contact page shows the script in plain words (the confidential
 * home as "your home"), the warning about the letter, and records an attempt, sent first with nothing chosen.
 */
class VictimContactBrowserIT extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void theUnitReadsTheScriptAndRecordsAnAttemptAtDesktopAndPhoneWidths() throws Exception {
        String surname = "Corvell" + UUID.randomUUID().toString().substring(0, 4).toLowerCase();
        String orderId = orderFromCourtFeed("LS26F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS), "Nadia " + surname,
                "Victor " + surname, "FORMER_SPOUSE");
        api("poc.northshire", "/api/v1/orders/" + orderId + "/quality-assurance", "{}");
        String sql = "select id from safeguarding_task where order_id = ? and kind = 'VICTIM_CONTACT'";
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> !jdbc.queryForList(sql, UUID.class, UUID.fromString(orderId)).isEmpty());
        UUID task = jdbc.queryForList(sql, UUID.class, UUID.fromString(orderId)).get(0);

        driver.manage().window().setSize(new Dimension(1280, 1024));
        signIn("safeguarding.northshire");
        int attempt = 0;
        for (int width : new int[] {1280, 390}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            open("/safeguarding/contacts/" + task);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Nadia " + surname);
            String script = driver.findElement(By.id("script")).getText();
            assertThat(script).contains("Your non-molestation order is lodged with the police")
                    .contains("Victor " + surname + " must not:")
                    .contains("use or threaten violence against you, or get anyone else to do so")
                    .contains("contact you in any way").contains("section 42A")
                    .doesNotContain("Otley");
            assertThat(driver.findElement(By.id("no-letter")).getText()).contains("No letter can be made");
            screenshot("victim-contact-" + width);
            // when the attempt was: the one date and time input, its hour and minute never parted by a narrow screen
            assertThat(driver.findElement(By.id("attempted-minute")).getLocation().getY())
                    .isEqualTo(driver.findElement(By.id("attempted-hour")).getLocation().getY());
            assertThat(driver.findElement(By.id("attempted-hint")).getText()).contains("Leave empty if it was just now");
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "arguments[0].scrollIntoView()", driver.findElement(By.id("script-heading")));
            screenshot("victim-contact-" + width + "-script");

            // sent with nothing chosen: the error summary, the page's title says so, and the note is kept
            driver.findElement(By.id("note")).sendKeys("Tried at " + width);
            driver.findElement(By.id("record-attempt")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-error-summary")));
            assertThat(driver.getTitle()).startsWith("Error: ");
            assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                    .contains("Select how you tried to reach them").contains("Select what happened");
            assertThat(driver.findElement(By.id("note")).getAttribute("value")).isEqualTo("Tried at " + width);
            screenshot("victim-contact-" + width + "-error");
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "arguments[0].scrollIntoView()", driver.findElement(By.id("attempted-hint")));
            screenshot("victim-contact-" + width + "-when");

            driver.findElement(By.cssSelector("label[for='method-first']")).click();
            driver.findElement(By.cssSelector("label[for='attemptOutcome-NO_ANSWER']")).click();
            driver.findElement(By.id("record-attempt")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-notification-banner--success")));
            attempt++;
            assertThat(driver.findElements(By.cssSelector("#attempt-list tbody tr"))).hasSize(attempt);
            assertThat(driver.findElement(By.id("attempt-list")).getText()).contains("Phone call: No answer")
                    .contains("Tried at " + width).contains("by safeguarding.northshire");
            screenshot("victim-contact-" + width + "-recorded");
        }
        assertNoContentSecurityPolicyViolation();
    }
}
