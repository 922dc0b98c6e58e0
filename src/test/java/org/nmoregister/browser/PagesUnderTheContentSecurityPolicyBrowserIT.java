package org.nmoregister.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The pages' scripts, now in files, still run under the strict policy: GOV.UK Frontend starts, and the control room's
 * search answers as the call-handler types, without the form being sent.
 */
class PagesUnderTheContentSecurityPolicyBrowserIT extends BrowserTest {

    @Test
    void govukFrontendStartsAndTheLiveSearchAnswersWithoutSubmitting() throws Exception {
        String surname = "Quillfeath" + (char) ('a' + new java.util.Random().nextInt(26)) + "er";
        String respondent = "Thaddeus " + surname;
        String orderId = orderFromCourtFeed("LS26F" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS), "Harriet " + surname,
                respondent, "FORMER_SPOUSE");
        api("poc.northshire", "/api/v1/orders/" + orderId + "/quality-assurance", "{}");

        signIn("control.northshire");
        open("/lookup");
        String bodyClass = driver.findElement(By.tagName("body")).getAttribute("class");
        assertThat(bodyClass).contains("js-enabled", "govuk-frontend-supported");
        // A GOV.UK Frontend component initialised by initAll(): the details element opens on a click.
        driver.findElement(By.cssSelector(".govuk-details__summary")).click();
        assertThat(driver.findElement(By.id("reason-rule")).isDisplayed()).isTrue();

        // a mark on this page's window: a form submission would load a new page without it
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        js.executeScript("window.nmoSamePage = true;");
        driver.findElement(By.id("reason")).sendKeys("INC-20261204-0311");
        driver.findElement(By.id("q")).sendKeys(respondent);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), respondent));
        assertThat(js.executeScript("return window.nmoSamePage === true;"))
                .as("answered by the page's script, not a form submission").isEqualTo(true);
        // the script keeps the answer's own address, so Back and a reload come back to it
        wait.until(d -> d.getCurrentUrl().contains("q="));
        assertNoContentSecurityPolicyViolation();
    }

    /** The console check is not blind: an inline script put into a page is refused, and the refusal is seen. */
    @Test
    void anInlineScriptIsRefusedAndTheRefusalIsSeen() {
        signIn("officer.northshire");
        open("/orders");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var s = document.createElement('script'); s.textContent = 'document.title = \"injected\"';"
                        + " document.body.appendChild(s);");
        assertThat(driver.getTitle()).doesNotContain("injected");
        wait.until(d -> !contentSecurityPolicyViolations().isEmpty());
    }
}
