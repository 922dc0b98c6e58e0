package org.nmoregister.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every role starts from what needs doing: signed in, the point of contact, the supervisor and the officer land on
 * their counts and the control room on the lookup with its own; a count opens the list it counts, which shows that
 * many; at 1280 px and on a 390 px phone nothing scrolls sideways. Screenshots in target/screenshots.
 */
class StartPageBrowserIT extends BrowserTest {

    @Test
    void eachRoleLandsOnItsCountsAndACountOpensItsList() {
        for (int width : new int[] {1280, 390}) {
            driver.manage().window().setSize(new Dimension(width, 1000));
            for (String username : List.of("poc.northshire", "supervisor.northshire", "officer.northshire")) {
                signIn(username);
                assertThat(driver.getCurrentUrl()).as(username + " starts at the start page").isEqualTo(url("/"));
                assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("What needs doing");
                assertThat(driver.getTitle()).isEqualTo("What needs doing – NMO Register");
                assertThat(counts()).as(username + "'s counts").isNotEmpty();
                assertNoSidewaysScroll(username + " at " + width);
                screenshot("start-" + username + "-" + width);
                open("/logout");
            }
        }
    }

    @Test
    void thePointOfContactsCountOfNotificationsOpensAQueueOfThatMany() {
        signIn("poc.northshire");
        WebElement toTriage = counts().stream()
                .filter(link -> link.getAttribute("href").endsWith("/notifications")).findFirst().orElseThrow();
        long count = Long.parseLong(toTriage.findElement(By.className("nmo-todo__count")).getText());
        toTriage.click();
        wait.until(ExpectedConditions.urlToBe(url("/notifications")));
        assertThat(listTotal()).isEqualTo(count);
        screenshot("start-poc-opens-notifications");

        open("/");
        counts().stream().filter(link -> link.getAttribute("href").endsWith("/quality?show=blocked")).findFirst()
                .orElseThrow().click();
        wait.until(ExpectedConditions.urlContains("show=blocked"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Blocked by an error finding");
        assertThat(driver.findElement(By.cssSelector(".nmo-list-filter [aria-current=page]")).getText())
                .isEqualTo("Blocked by an error finding");
        screenshot("start-poc-opens-blocked");
    }

    @Test
    void theControlRoomStartsAtTheLookupWithItsCountOfOrdersNotYetChecked() {
        signIn("control.northshire");
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/lookup"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Is there an order?");
        WebElement held = counts().stream().filter(link -> link.getAttribute("href").endsWith("/lookup/held"))
                .findFirst().orElseThrow();
        long count = Long.parseLong(held.findElement(By.className("nmo-todo__count")).getText());
        screenshot("start-control-room-1280");
        held.click();
        wait.until(ExpectedConditions.urlToBe(url("/lookup/held")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Orders held, not yet checked");
        assertThat(listTotal()).isEqualTo(count);
        driver.manage().window().setSize(new Dimension(390, 1000));
        assertNoSidewaysScroll("/lookup/held on a phone");
        screenshot("control-room-held-390");
    }

    @Test
    void aBadPageNumberIsExplainedWithTheWayBack() {
        signIn("supervisor.northshire");
        open("/breaches?show=crime-overdue&page=abc");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("This list cannot be shown as asked");
        assertThat(driver.getPageSource()).contains("The page number must be a whole number");
        screenshot("list-bad-page");
        driver.findElement(By.id("problem-back")).click();
        wait.until(ExpectedConditions.urlToBe(url("/breaches?show=crime-overdue")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Breaches");
    }

    @Test
    void theAccessLogsDatesAreTypedInDayMonthAndYearAndAMissingPartIsNamed() {
        signIn("supervisor.northshire");
        open("/access-log");
        driver.findElement(By.id("from-day")).sendKeys("31");
        driver.findElement(By.id("from-month")).sendKeys("4");
        driver.findElement(By.id("from-year")).sendKeys("2026");
        driver.findElement(By.id("to-day")).sendKeys("2");
        driver.findElement(By.id("to-year")).sendKeys("2026");
        driver.findElement(By.id("filter")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertThat(driver.getTitle()).startsWith("Error: ");
        assertThat(driver.findElement(By.id("error-summary")).getText()).contains("From must be a real date")
                .contains("To must include a month");
        assertThat(driver.findElement(By.id("to-month")).getAttribute("class")).contains("govuk-input--error");
        assertThat(driver.findElement(By.id("to-day")).getAttribute("class")).doesNotContain("govuk-input--error");
        assertThat(driver.findElement(By.id("from-day")).getAttribute("value")).isEqualTo("31");
        screenshot("access-log-date-input-errors-1280");
        driver.findElement(By.cssSelector("#error-summary a[href='#to-month']")).click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("to-month");
        driver.manage().window().setSize(new Dimension(390, 1000));
        assertNoSidewaysScroll("/access-log with errors on a phone");
        screenshot("access-log-date-input-errors-390");
    }

    private List<WebElement> counts() {
        return driver.findElements(By.cssSelector("#to-do a.nmo-todo__link"));
    }

    private long listTotal() {
        return Long.parseLong(driver.findElement(By.cssSelector("[data-list-total]")).getAttribute("data-list-total"));
    }

    private void assertNoSidewaysScroll(String where) {
        Number overflow = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as(where + " scrolls the whole page sideways by (px)").isLessThanOrEqualTo(0);
    }
}
