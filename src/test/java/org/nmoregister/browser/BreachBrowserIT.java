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

        // when it happened: the GOV.UK date input with hour and minute (the report's own time is filled in: now)
        var when = Instant.now().minus(3, ChronoUnit.HOURS).atZone(ZoneId.of("Europe/London"));
        assertThat(driver.findElement(By.id("reportedAt-year")).getAttribute("value")).isNotBlank();
        driver.findElement(By.id("occurredAt-day")).sendKeys(String.valueOf(when.getDayOfMonth()));
        driver.findElement(By.id("occurredAt-month")).sendKeys(String.valueOf(when.getMonthValue()));
        driver.findElement(By.id("occurredAt-year")).sendKeys(String.valueOf(when.getYear()));
        driver.findElement(By.id("occurredAt-hour")).sendKeys(String.valueOf(when.getHour()));
        new Select(driver.findElement(By.id("reporterKind"))).selectByValue("VICTIM");
        // what he did was two things: texts, then coming to the door; each with its own means
        driver.findElement(By.id("conducts-CONTACT")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("channel-CONTACT")));
        new Select(driver.findElement(By.id("channel-CONTACT"))).selectByValue("TEXT");
        assertThat(driver.findElement(By.id("channel-APPROACH")).isDisplayed()).as("revealed only when ticked")
                .isFalse();
        driver.findElement(By.id("conducts-APPROACH")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("channel-APPROACH")));
        new Select(driver.findElement(By.id("channel-APPROACH"))).selectByValue("IN_PERSON");
        driver.findElement(By.id("description")).sendKeys("Twelve texts between 9pm and midnight asking to meet,"
                + " then he knocked at the door");
        driver.findElement(By.id("witnesses")).sendKeys("None");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('conducts').scrollIntoView();");
        screenshot("breach-report-1280-two-conducts");
        driver.findElement(By.id("submit-report")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reference")));
        assertThat(driver.findElement(By.id("reference")).getText()).matches("BR-\\d{4}-\\d{6}");
        String incident = driver.findElement(By.id("incident-1")).getText();
        assertThat(incident).contains("Likely breach", "Twelve texts", "Judged against version",
                "Contact by text message, Approach in person", "Contact by text message:", "Approach in person:",
                "The verdict above is the most serious of theirs");
        assertThat(driver.findElements(By.cssSelector("#incident-1 .nmo-check__conduct"))).hasSize(2);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('incident-1').scrollIntoView();");
        screenshot("breach-file-1280-two-conducts");
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        assertThat(driver.findElement(By.id("task-risk")).isDisplayed()).isTrue();
        screenshot("breach-file-likely-breach");

        // after the report: the confirmation and what happens next, then the task list
        assertThat(driver.findElement(By.id("reported-panel")).getText()).contains("Breach reported");
        assertThat(driver.findElement(By.id("what-happens-next")).getText()).contains("Record the crime by");
        assertThat(driver.findElement(By.id("task-crime-status")).getText()).isEqualTo("Not started");
        assertThat(driver.findElement(By.id("task-interview-status")).getText()).isEqualTo("Cannot start yet");
        String file = driver.getCurrentUrl();
        screenshot("breach-tasks-1280-reported");

        // the crime stage on its own page; sent with the month left out, it comes back with the error at the top
        driver.findElement(By.cssSelector("#task-crime a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("crime")));
        assertThat(driver.getTitle()).startsWith("Record the crime");
        driver.findElement(By.id("crimeReference")).sendKeys("CR/BROWSER/77");
        new Select(driver.findElement(By.id("classification"))).selectByIndex(1);
        var now = Instant.now().atZone(ZoneId.of("Europe/London"));
        driver.findElement(By.id("crimedAt-day")).sendKeys(String.valueOf(now.getDayOfMonth()));
        driver.findElement(By.id("crimedAt-year")).sendKeys(String.valueOf(now.getYear()));
        driver.findElement(By.id("crimedAt-hour")).sendKeys(String.valueOf(now.getHour()));
        driver.findElement(By.id("crimedAt-minute")).sendKeys(String.format("%02d", now.getMinute()));
        driver.findElement(By.id("record-crime")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-error-summary")));
        assertThat(driver.getTitle()).startsWith("Error: Record the crime");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("The date and time the crime was recorded must include a month");
        assertThat(driver.findElement(By.id("crimeReference")).getAttribute("value")).isEqualTo("CR/BROWSER/77");
        Number scrolled = (Number) ((JavascriptExecutor) driver).executeScript("return window.scrollY;");
        assertThat(scrolled.intValue()).as("the error is at the top, not thousands of pixels down").isLessThan(300);
        screenshot("breach-tasks-1280-crime-error");
        driver.findElement(By.cssSelector(".govuk-error-summary a")).click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("crimedAt-month");
        driver.findElement(By.id("crimedAt-month")).sendKeys(String.valueOf(now.getMonthValue()));
        driver.findElement(By.id("record-crime")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tasks")));
        assertThat(driver.findElement(By.id("task-crime-status")).getText()).isEqualTo("Completed");
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("Crime recorded", "CR/BROWSER/77");
        screenshot("breach-tasks-1280-crime-recorded");

        // on a phone: the incident's two conducts, the task list, a stage and back again
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        driver.get(file);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("incident-1")));
        ((JavascriptExecutor) driver).executeScript("document.getElementById('incident-1').scrollIntoView();");
        screenshot("breach-file-390-two-conducts");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tasks")));
        ((JavascriptExecutor) driver).executeScript("document.getElementById('tasks').scrollIntoView();");
        screenshot("breach-tasks-390-list");
        Number wide = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth;");
        assertThat(wide.intValue()).as("nothing scrolls the page sideways").isLessThanOrEqualTo(390);
        driver.findElement(By.cssSelector("#task-arrest a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("arrest")));
        driver.findElement(By.id("decision-ARRESTED")).click();
        // the date with its hour and minute boxes fits a phone: nothing scrolls sideways
        ((JavascriptExecutor) driver).executeScript(
                "document.getElementById('arrestedAt').closest('fieldset').scrollIntoView();");
        assertThat(driver.findElement(By.id("arrestedAt-minute")).isDisplayed()).isTrue();
        Number stageWide = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth;");
        assertThat(stageWide.intValue()).as("the stage page does not scroll sideways").isLessThanOrEqualTo(390);
        screenshot("breach-tasks-390-arrest");
        driver.findElement(By.id("record-arrest")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tasks")));
        assertThat(driver.findElement(By.id("task-arrest-status")).getText()).isEqualTo("Completed");
        assertThat(driver.findElement(By.id("task-interview-status")).getText()).isEqualTo("Not started");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('timeline').scrollIntoView();");
        screenshot("breach-tasks-390-timeline");

        // the report form on a phone: the date boxes and the boxes to tick fit, and a wrong date names its part
        open("/breaches/new?orderId=" + orderId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("occurredAt-day")));
        driver.findElement(By.id("occurredAt-day")).sendKeys("31");
        driver.findElement(By.id("occurredAt-month")).sendKeys("11");
        driver.findElement(By.id("occurredAt-year")).sendKeys(String.valueOf(when.getYear()));
        driver.findElement(By.id("occurredAt-hour")).sendKeys("21");
        new Select(driver.findElement(By.id("reporterKind"))).selectByValue("VICTIM");
        driver.findElement(By.id("conducts-ENTRY")).click();
        driver.findElement(By.id("description")).sendKeys("Came into the garden");
        driver.findElement(By.id("submit-report")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-error-summary")));
        assertThat(driver.getTitle()).startsWith("Error: ");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("When it happened must be a real date");
        assertThat(driver.findElement(By.id("occurredAt-day")).getAttribute("value")).isEqualTo("31");
        assertThat(driver.findElement(By.id("conducts-ENTRY")).isSelected()).isTrue();
        Number formWide = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth;");
        assertThat(formWide.intValue()).as("the report form does not scroll sideways").isLessThanOrEqualTo(390);
        screenshot("breach-report-390-date-error");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('conducts').scrollIntoView();");
        screenshot("breach-report-390-conducts");
    }
}
