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
 * The service on a 390 px phone and at 1280 px, for staff and for the public: the service navigation folds behind a
 * "Menu" button on the phone, nothing makes the whole page scroll sideways, and the public draft checker has the
 * "Exit this page" button and where to get support. Screenshots are kept in target/screenshots.
 */
class PhoneAndPublicBrowserIT extends BrowserTest {

    private static final List<String> OFFICER_PAGES = List.of("/orders", "/breaches", "/lookup");
    private static final List<String> SUPERVISOR_PAGES = List.of("/breaches/review", "/access-log",
            "/flags/reconciliation", "/quality", "/risk/meeting");

    @Test
    void thePublicDraftCheckerAtBothWidths() {
        for (int width : new int[] {1280, 390}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            open("/draft-check");
            assertThat(driver.findElement(By.id("exit-this-page")).isDisplayed()).isTrue();
            assertThat(driver.getPageSource()).contains("0808 2000 247").contains("find a legal adviser");
            driver.findElement(By.id("text")).sendKeys("The respondent must not go near the applicant's home.\n\n"
                    + "The respondent must not use or threaten violence against the applicant.");
            driver.findElement(By.id("check")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
            // the corrected draft: the site's script shows the copy button, which copies or says how to
            WebElement draft = driver.findElement(By.id("corrected-draft"));
            assertThat(draft.getDomProperty("value")).endsWith("this order forbids him to do.");
            WebElement copy = driver.findElement(By.id("copy-corrected"));
            assertThat(copy.isDisplayed()).as("the copy button, shown by script").isTrue();
            copy.click();
            wait.until(ExpectedConditions.textMatches(By.id("copy-corrected-status"),
                    java.util.regex.Pattern.compile("Copied|to copy the selected text")));
            assertNoSidewaysScroll("/draft-check at " + width);
            screenshot("public-draft-check-" + width);
        }
    }

    @Test
    void staffPagesOnAPhoneFoldTheNavigationAndNeverScrollSideways() {
        driver.manage().window().setSize(new Dimension(390, 844));
        signIn("officer.northshire");
        WebElement toggle = driver.findElement(By.cssSelector(".govuk-service-navigation__toggle"));
        assertThat(toggle.isDisplayed()).as("the Menu button on a phone").isTrue();
        assertThat(driver.findElement(By.id("navigation")).isDisplayed()).as("the folded list").isFalse();
        toggle.click();
        assertThat(driver.findElement(By.id("navigation")).isDisplayed()).as("the list after Menu").isTrue();
        screenshot("phone-officer-menu-open");
        for (String page : OFFICER_PAGES) {
            open(page);
            assertNoSidewaysScroll(page);
            screenshot("phone-officer" + page.replace('/', '-'));
        }
        open("/logout");
    }

    @Test
    void supervisorPagesAtBothWidths() {
        signIn("supervisor.northshire");
        for (int width : new int[] {1280, 390}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            for (String page : SUPERVISOR_PAGES) {
                open(page);
                assertNoSidewaysScroll(page + " at " + width);
                screenshot("supervisor" + page.replace('/', '-') + "-" + width);
            }
        }
    }

    private void assertNoSidewaysScroll(String where) {
        Number overflow = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        if (overflow.intValue() > 0) {
            // name the outermost elements that stick out past the right edge, so a failure says what to fix
            Object culprits = ((JavascriptExecutor) driver).executeScript("""
                    const w = document.documentElement.clientWidth, out = [];
                    for (const e of document.querySelectorAll('body *')) {
                      if (e.getBoundingClientRect().right > w + 1 && !(e.parentElement
                          && e.parentElement.getBoundingClientRect().right > w + 1)) {
                        out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                            + (e.className && e.className.baseVal === undefined ? '.' + e.className.trim()
                                .split(/\\s+/).join('.') : ''));
                      }
                    }
                    return out.slice(0, 5).join(', ');""");
            assertThat(overflow.intValue()).as(where + " scrolls the whole page sideways by (px), past the edge: "
                    + culprits).isLessThanOrEqualTo(0);
        }
    }
}
