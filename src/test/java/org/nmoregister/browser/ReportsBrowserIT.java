package org.nmoregister.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Trends and performance in a browser: the analyst's page draws every figure as a chart (server-side SVG, no script)
 * with its table beside it for screen readers, under the strict content security policy, and shows no name anywhere;
 * the register list, which names people, is not theirs. The order it counts is its own, notified today through the
 * court feed. Screenshots in target/screenshots.
 */
class ReportsBrowserIT extends BrowserTest {

    @Test
    void theAnalystSeesEveryFigureAsAChartWithItsTableAndNoName() throws Exception {
        String surname = "Chartwell" + UUID.randomUUID().toString().substring(0, 4).toLowerCase();
        String caseNumber = "LS26F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        orderFromCourtFeed(caseNumber, Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS),
                "Ruth " + surname, "Colin " + surname, "FORMER_SPOUSE");

        signIn("analyst.northshire");
        for (int width : new int[] {1280, 390}) {
            driver.manage().window().setSize(new Dimension(width, 1200));
            open("/reports");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Trends and performance");
            List<WebElement> figures = driver.findElements(By.cssSelector(".nmo-figure"));
            assertThat(figures).hasSizeGreaterThan(15);
            for (WebElement figure : figures) {
                String id = figure.getAttribute("id");
                WebElement chart = figure.findElement(By.cssSelector("svg.nmo-chart"));
                assertThat(chart.getAttribute("aria-hidden")).as(id + ": the chart is drawn for the eye")
                        .isEqualTo("true");
                WebElement table = figure.findElement(By.cssSelector("table.govuk-table"));
                assertThat(table.findElement(By.tagName("caption")).getText()).as(id).endsWith(": the figures");
                assertThat(figure.findElements(By.cssSelector("svg.nmo-chart text")).size()).as(id)
                        .isGreaterThanOrEqualTo(table.findElements(By.cssSelector("tbody tr")).size()
                                - (table.findElements(By.cssSelector("tr[data-row=total]")).size()));
            }
            // today's court-feed notification is counted and drawn: its bar has a length
            WebElement channels = driver.findElement(By.id("figure-notifications-by-channel"));
            long courtFeed = Long.parseLong(channels.findElement(By.cssSelector("tr[data-row=COURT_FEED] td"))
                    .getText());
            assertThat(courtFeed).isPositive();
            WebElement bar = channels.findElements(By.cssSelector("svg rect")).get(0);
            assertThat(bar.getAttribute("width")).isNotEqualTo("0.00%");
            String page = driver.getPageSource();
            assertThat(page).doesNotContain(surname).doesNotContain(caseNumber);
            assertNoContentSecurityPolicyViolation();
            screenshot("reports-analyst-" + width);
        }
        open("/register");
        assertThat(driver.getPageSource()).doesNotContain(surname);
        assertThat(driver.findElements(By.id("register"))).isEmpty();
    }

    @Test
    void theAnalystTypesThePeriodInDateInputsAndAWrongDateIsExplainedKeepingWhatWasTyped() throws Exception {
        signIn("analyst.northshire");
        open("/reports");
        type("from-day", "31");
        type("from-month", "2");
        type("from-year", "2026");
        type("to-day", "");
        type("to-month", "3");
        type("to-year", "2026");
        driver.findElement(By.cssSelector("#period-form button")).click();
        wait.until(d -> d.getCurrentUrl().contains("from-day=31"));
        WebElement summary = driver.findElement(By.id("error-summary"));
        assertThat(summary.getText()).contains("From must be a real date").contains("To must include a day");
        assertThat(driver.findElement(By.id("from-error")).getText()).contains("From must be a real date");
        assertThat(driver.findElement(By.id("to-error")).getText()).contains("To must include a day");
        assertThat(driver.findElement(By.id("from-day")).getAttribute("value")).isEqualTo("31");
        assertThat(driver.findElement(By.id("to-month")).getAttribute("value")).isEqualTo("3");
        assertThat(driver.getTitle()).startsWith("Error: ");
        summary.findElement(By.linkText("From must be a real date")).click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("from-day");
        screenshot("reports-period-errors");

        type("from-day", "1");
        type("to-day", "31");
        driver.findElement(By.cssSelector("#period-form button")).click();
        wait.until(d -> d.getCurrentUrl().contains("from-day=1&"));
        assertThat(driver.findElements(By.id("error-summary"))).isEmpty();
        assertThat(driver.findElement(By.id("period")).getText()).isEqualTo("From 1 February 2026 to 31 March 2026, UK time.");
        assertThat(driver.findElement(By.id("download-csv")).getAttribute("href"))
                .contains("from=2026-02-01&to=2026-03-31");
        assertNoContentSecurityPolicyViolation();
    }

    private void type(String id, String text) {
        WebElement box = driver.findElement(By.id(id));
        box.clear();
        box.sendKeys(text);
    }

    @Test
    void thePointOfContactFiltersTheRegisterAndDownloadsIt() throws Exception {
        String surname = "Listwell" + UUID.randomUUID().toString().substring(0, 4).toLowerCase();
        String caseNumber = "LS26F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        orderFromCourtFeed(caseNumber, Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS),
                "Ruth " + surname, "Colin " + surname, "FORMER_SPOUSE");
        signIn("poc.northshire");
        open("/register");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("status"))).selectByValue("IN_FORCE");
        driver.findElement(By.cssSelector("#filters button")).click();
        wait.until(d -> d.getCurrentUrl().contains("status=IN_FORCE"));
        assertThat(driver.findElement(By.id("register")).getText()).contains(caseNumber).contains("Colin " + surname);
        assertThat(driver.findElement(By.id("download")).getAttribute("href")).contains("status=IN_FORCE");
        assertNoContentSecurityPolicyViolation();
        screenshot("register-poc-in-force");
    }
}
