package org.nmoregister.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A case offered northshire → southvale through the pages: northshire's point of contact asks from the order's page
 * (a missing reason is shown in the error summary), southvale's point of contact finds it in the queue with only the
 * summary, accepts it and lands on the order, now southvale's; northshire's list shows it accepted with a read-only
 * view of what it held. At desktop and phone widths.
 */
class TransferBrowserIT extends BrowserTest {

    @Test
    void aCaseIsOfferedFoundInTheQueueAndAccepted() throws Exception {
        for (int width : new int[] {1280, 390}) {
            String caseNumber = "LS26F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            Instant made = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
            String orderId = orderFromCourtFeed(caseNumber, made, "Ruth Calloway" + width, "Dean Calloway" + width,
                    "FORMER_SPOUSE");
            driver.manage().window().setSize(new Dimension(width, 1024));

            signIn("poc.northshire");
            open("/orders/" + orderId);
            driver.findElement(By.id("transfer-case")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("toForce")));
            new Select(driver.findElement(By.id("toForce"))).selectByValue("southvale");
            driver.findElement(By.id("send-request")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
            assertThat(driver.getTitle()).startsWith("Error:");
            assertThat(driver.findElement(By.id("error-summary")).getText()).contains("Say why the case should move");
            screenshot("transfer-request-error-" + width);
            driver.findElement(By.id("reason")).click();
            driver.findElement(By.id("note")).sendKeys("Victim moved to Southvale in November");
            driver.findElement(By.id("send-request")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("transfer-status")));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("is requested",
                    "Waiting for a decision", caseNumber);
            driver.manage().deleteAllCookies();

            signIn("poc.southvale");
            open("/transfers");
            onSomePage(By.linkText("Leeds Family Court, case " + caseNumber)).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("transfer-summary")));
            String decision = driver.findElement(By.tagName("main")).getText();
            assertThat(decision).contains("Northshire", "Victim moved to Southvale in November", "IN FORCE",
                    "A summary only").doesNotContain("Ruth Calloway").doesNotContain("Dean Calloway");
            screenshot("transfer-decision-" + width);
            driver.findElement(By.id("accept")).click();
            wait.until(ExpectedConditions.urlContains("/orders/" + orderId));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("The case is now your force's",
                    caseNumber, "Dean Calloway" + width);
            screenshot("transfer-accepted-order-" + width);
            driver.manage().deleteAllCookies();

            signIn("poc.northshire");
            open("/transfers/sent");
            onSomePage(By.linkText("Leeds Family Court, case " + caseNumber)).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("open-held")));
            assertThat(driver.findElement(By.id("transfer-status")).getText()).contains("Accepted");
            driver.findElement(By.id("open-held")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("held-history")));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Read only", caseNumber);
            screenshot("transfer-held-" + width);
            assertNoContentSecurityPolicyViolation();
            driver.manage().deleteAllCookies();
        }
    }
}
