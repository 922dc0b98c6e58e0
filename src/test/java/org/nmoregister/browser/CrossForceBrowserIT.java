package org.nmoregister.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Across forces: a southvale call-handler types a northshire respondent's name with a typo and sees northshire's
 * card under "Held by another force" (no address, no terms), asks northshire for more, and northshire's point of
 * contact sees the enquiry on the day's list and the request.
 */
class CrossForceBrowserIT extends BrowserTest {

    @Test
    void aSouthvaleCallHandlerSeesNorthshiresCardAsksForMoreAndNorthshireSeesWhoLooked() throws Exception {
        String surname = uniqueSurname("Vrel");
        String caseNumber = "LS26F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Instant made = Instant.now().minus(5, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        orderFromCourtFeed(caseNumber, made, "Catherine " + surname, "Robert " + surname, "FORMER_SPOUSE");

        signIn("control.southvale");
        open("/lookup");
        driver.findElement(By.id("reason")).sendKeys("INC-20261204-0777");
        // a typo in the surname, as the caller says it
        String typo = "Robert " + surname.substring(0, 2) + surname.substring(3);
        driver.findElement(By.id("q")).sendKeys(typo, Keys.ENTER);
        var card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".nmo-other-force-card")));
        assertThat(card.getText()).contains("IN FORCE", "Held by another force", "Northshire Police", caseNumber,
                "No violence or threats against the applicant", "No contact with the applicant");
        String results = driver.findElement(By.id("results")).getText();
        assertThat(results).contains("Robert " + surname, "Held by another force")
                .doesNotContain("Otley Road", "LS6 2AB", "Kirkstall", "LS5 3BD", "Catherine", "must not use");
        assertThat(driver.findElement(By.id("verdict")).getText()).contains("Held by another force: 1 order");
        assertNoContentSecurityPolicyViolation();
        screenshot("cross-force-card-1280");
        driver.manage().window().setSize(new Dimension(390, 844));
        assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        screenshot("cross-force-card-390");
        driver.manage().window().setSize(new Dimension(1280, 1000));

        // asking for more: a request northshire's point of contact sees
        card.findElement(By.tagName("textarea")).sendKeys("Caller at the address now; PC 12 on 01632 960001");
        card.findElement(By.cssSelector("button[id^='ask-']")).click();
        wait.until(ExpectedConditions.urlContains("/cross-force/asked/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Request sent");
        assertThat(driver.findElement(By.id("asked")).getText()).contains("INC-20261204-0777");
        screenshot("cross-force-asked");

        driver.manage().deleteAllCookies();
        signIn("poc.northshire");
        open("/cross-force");
        assertThat(driver.findElement(By.id("enquiries")).getText()).contains("control.southvale", "southvale",
                "INC-20261204-0777", caseNumber);
        screenshot("cross-force-enquiries");
        driver.findElement(By.id("requests-link")).click();
        assertThat(driver.findElement(By.id("requests")).getText())
                .contains("Caller at the address now; PC 12 on 01632 960001", "INC-20261204-0777");
        assertNoContentSecurityPolicyViolation();
        screenshot("cross-force-requests");
    }

    /** A surname no earlier run used (the database outlives the test), pronounceable as a real one would be. */
    private static String uniqueSurname(String start) {
        String[] syllables = {"ka", "lo", "mer", "dun", "ri", "vel", "sto", "ban", "tor", "quin", "haw", "zel"};
        var random = new java.util.Random();
        StringBuilder name = new StringBuilder(start);
        for (int i = 0; i < 4; i++) {
            name.append(syllables[random.nextInt(syllables.length)]);
        }
        return name.toString();
    }
}
