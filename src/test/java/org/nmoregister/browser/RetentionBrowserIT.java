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
 * A supervisor reviews a case past its review from the queue and disposes of it, confirming first, at desktop and
 * phone widths: without the confirmation nothing happens; with it the case's disposal record is shown and the order
 * is gone.
 */
class RetentionBrowserIT extends BrowserTest {

    @Test
    void aCaseDueForReviewIsDisposedOfAfterConfirmation() throws Exception {
        for (int width : new int[] {1280, 390}) {
            String caseNumber = "LS26F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            Instant made = Instant.now().minus(9 * 365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
            String surname = "Quarrendon" + UUID.randomUUID().toString().substring(0, 4).toLowerCase();
            String orderId = orderFromCourtFeed(caseNumber, made, "Ivy " + surname, "Rex " + surname, "FORMER_SPOUSE");
            api("admin.northshire", "/api/v1/retention/sweep", "{}");

            driver.manage().window().setSize(new Dimension(width, 1024));
            signIn("supervisor.northshire");
            open("/retention");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Cases due for review");
            screenshot("retention-queue-" + width);

            open("/retention/cases/" + orderId);
            assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Due for review");
            screenshot("retention-case-" + width);
            driver.findElement(By.id("dispose")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-disposal")));
            screenshot("retention-dispose-" + width);

            driver.findElement(By.id("reason")).sendKeys("Reviewed: no risk remains, no investigation open");
            driver.findElement(By.id("confirm-disposal")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("govuk-error-summary")));
            assertThat(driver.getTitle()).startsWith("Error:");
            assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
                    .contains("Confirm that the case's personal data is to be removed for good");
            screenshot("retention-dispose-unconfirmed-" + width);

            driver.findElement(By.id("reason")).clear();
            driver.findElement(By.id("reason")).sendKeys("Reviewed: no risk remains, no investigation open");
            driver.findElement(By.cssSelector("label[for=confirm]")).click();
            driver.findElement(By.id("confirm-disposal")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("disposal")));
            String page = driver.findElement(By.tagName("main")).getText();
            assertThat(page).contains("The case is disposed of", "Disposed of", "supervisor.northshire",
                    "orders.order_version: ").doesNotContain(surname).doesNotContain(caseNumber);
            screenshot("retention-disposed-" + width);
            assertNoContentSecurityPolicyViolation();

            // the order's own page no longer finds it
            open("/orders/" + orderId);
            assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain(surname);
            driver.manage().deleteAllCookies();
        }
    }
}
