package org.nmoregister.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.monitoring.priority.Suggestions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A supervisor finds a suggested priority subject with its reason, accepts it (a mistake shown in the error summary
 * first), and finds the respondent on the priority list, at desktop and phone widths.
 */
class PriorityListBrowserIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Suggestions suggestions;

    @Test
    void aSuggestionIsAcceptedAndTheSubjectIsOnThePriorityList() throws Exception {
        for (int width : new int[] {1280, 390}) {
            String surname = "Quarrington" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "q");
            String respondent = "Dale " + surname;
            String orderId = orderFromCourtFeed("LS26F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                    Instant.now().minus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS), "Erin " + surname,
                    respondent, "FORMER_SPOUSE");
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                    "select count(*) from monitoring_order where order_id = ?", Integer.class,
                    UUID.fromString(orderId)) == 1);
            api("poc.northshire", "/api/v1/monitoring/offender-flags", """
                    {"orderId": "%s", "kind": "MAPPA", "detail": "category 1, level 2"}""".formatted(orderId));
            suggestions.sweep();

            driver.manage().window().setSize(new Dimension(width, 1024));
            signIn("supervisor.northshire");
            open("/monitoring/priority");
            driver.findElement(By.id("suggestions-link")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("suggestions")));
            assertThat(driver.findElement(By.id("suggestions")).getText()).contains(respondent,
                    "Under integrated offender management or MAPPA", "Managed under MAPPA (category 1, level 2)");
            screenshot("priority-suggestions-" + width);
            driver.findElement(By.linkText(respondent)).click();

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accept")));
            driver.findElement(By.id("accept")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
            assertThat(driver.getTitle()).startsWith("Error:");
            assertThat(driver.findElement(By.id("error-summary")).getText())
                    .contains("Name the offender manager or neighbourhood officer who owns it", "Enter the review date");
            screenshot("priority-accept-errors-" + width);

            LocalDate review = LocalDate.now().plusDays(1);
            driver.findElement(By.id("ownerName")).sendKeys("DC Priya Shah, IOM team");
            driver.findElement(By.cssSelector("label[for=ownerRole]")).click();
            driver.findElement(By.id("reviewOn-day")).sendKeys(String.valueOf(review.getDayOfMonth()));
            driver.findElement(By.id("reviewOn-month")).sendKeys(String.valueOf(review.getMonthValue()));
            driver.findElement(By.id("reviewOn-year")).sendKeys(String.valueOf(review.getYear()));
            driver.findElement(By.id("accept")).click();

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("owner")));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains(respondent + " is now a priority subject",
                    "DC Priya Shah, IOM team (offender manager)", "Managed under MAPPA");
            screenshot("priority-subject-" + width);
            assertNoContentSecurityPolicyViolation();

            driver.findElement(By.id("back")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("subjects")));
            assertThat(driver.findElement(By.id("subjects")).getText()).contains(respondent);
            screenshot("priority-list-" + width);
            driver.manage().deleteAllCookies();
        }
    }
}
