package org.nmoregister.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The safeguarding unit adds a measure to a victim's safety plan, at desktop and phone widths: a mistake is shown in
 * the error summary with what was typed kept, the saved measure is on the plan and on the order's page.
 */
class SafetyPlanBrowserIT extends BrowserTest {

    @Test
    void aMeasureAddedToTheSafetyPlanShowsOnThePlanAndTheOrderPage() throws Exception {
        signIn("safeguarding.northshire");
        for (int width : new int[] {1280, 390}) {
            String caseNumber = "LS26F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            Instant made = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
            String applicant = "Rosa Penhallow" + width;
            String orderId = orderFromCourtFeed(caseNumber, made, applicant, "Tom Penhallow", "FORMER_SPOUSE");
            driver.manage().window().setSize(new Dimension(width, 1024));

            open("/safeguarding/plans/" + orderId);
            driver.findElement(By.id("add-measure")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kind")));
            new Select(driver.findElement(By.id("person"))).selectByVisibleText(applicant);
            new Select(driver.findElement(By.id("kind"))).selectByValue("ALARM");
            driver.findElement(By.id("details")).sendKeys("TecSOS phone issued");
            driver.findElement(By.id("save")).click();

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
            assertThat(driver.getTitle()).startsWith("Error:");
            assertThat(driver.findElement(By.id("error-summary")).getText())
                    .contains("Enter who owns the measure", "Enter the date the measure is to be reviewed");
            assertThat(driver.findElement(By.id("details")).getAttribute("value")).isEqualTo("TecSOS phone issued");
            screenshot("safety-plan-measure-errors-" + width);

            LocalDate review = LocalDate.now().plusMonths(2);
            driver.findElement(By.id("owner")).sendKeys("PC 1234 Ellis");
            driver.findElement(By.id("reviewOn-day")).sendKeys(String.valueOf(review.getDayOfMonth()));
            driver.findElement(By.id("reviewOn-month")).sendKeys(String.valueOf(review.getMonthValue()));
            driver.findElement(By.id("reviewOn-year")).sendKeys(String.valueOf(review.getYear()));
            driver.findElement(By.id("save")).click();

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-version")));
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains("The measure is added", "Alarm", "TecSOS phone issued", "PC 1234 Ellis", "Version 1");
            screenshot("safety-plan-" + width);

            driver.findElement(By.id("back")).click();
            // The unit gives its reason for reading the order, as everyone but the point of contact does.
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reason")));
            driver.findElement(By.id("reason")).sendKeys("INC-20261204-0101 safety plan");
            driver.findElement(By.id("give-reason")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("order-safety-plan")));
            assertThat(driver.findElement(By.id("order-safety-plan")).getText())
                    .contains("Alarm", applicant, "TecSOS phone issued", "Open the safety plan");
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "document.getElementById('order-safety-plan').scrollIntoView()");
            screenshot("order-page-safety-plan-" + width);
            assertNoContentSecurityPolicyViolation();
        }
    }
}
