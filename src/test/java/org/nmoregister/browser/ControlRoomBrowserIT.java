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
 * A call-handler types a nickname and a reason into the control-room page and sees the in-force banner; and, in one
 * step from signing in, finds an order accepted but not yet checked, with the shift's log number asked once.
 */
class ControlRoomBrowserIT extends BrowserTest {

    @Test
    void aCallHandlerFindsAnOrderInForceFromANickname() throws Exception {
        String surname = uniqueSurname("Threl");
        String caseNumber = "LS26F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Instant made = Instant.now().minus(5, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String orderId = orderFromCourtFeed(caseNumber, made, "Catherine " + surname, "Robert " + surname,
                "FORMER_SPOUSE");
        api("poc.northshire", "/api/v1/orders/" + orderId + "/quality-assurance", "{}");

        signIn("control.northshire");
        open("/lookup");
        driver.findElement(By.id("reason")).sendKeys("INC-20261122-0107");
        driver.findElement(By.id("q")).sendKeys("Bob " + surname);
        var banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".nmo-status-IN_FORCE")));
        assertThat(banner.getText()).contains("IN FORCE", caseNumber);
        assertThat(driver.findElement(By.id("results")).getText()).contains("Robert " + surname, "respondent");
        screenshot("control-room-in-force");
    }

    @Test
    void theControlRoomAnswersInOneStepWithTheShiftsLogNumberAndFindsAnOrderNotYetChecked() throws Exception {
        String surname = uniqueSurname("Orm");
        String caseNumber = "LS26F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Instant made = Instant.now().minus(5, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        // accepted by the point of contact and served, but not quality-assured
        orderFromCourtFeed(caseNumber, made, "Catherine " + surname, "Robert " + surname, "FORMER_SPOUSE");

        signIn("control.northshire");
        wait.until(ExpectedConditions.urlContains("/lookup")); // the control room starts at the lookup
        driver.findElement(By.id("reason")).sendKeys("INC-20261204-0042");
        driver.findElement(By.id("q")).sendKeys("Rob " + surname, Keys.ENTER);
        var verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        wait.until(ExpectedConditions.urlContains("q=Rob"));
        // (the shared database may hold an earlier run's look-alike name: its orders are counted too)
        assertThat(verdict.getText()).containsPattern("Held, not yet checked: \\d+ orders? in force");
        assertThat(driver.findElement(By.id("results")).getText())
                .contains("Held, not yet checked — treat as in force", caseNumber, "OFFICIAL-SENSITIVE",
                        "INC-20261204-0042");
        screenshot("control-room-held-1280");
        // the print: a record of who searched, when, with which log number, marked OFFICIAL-SENSITIVE
        var chrome = (org.openqa.selenium.chromium.HasCdp) driver;
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        assertThat(driver.findElement(By.id("lookup-form")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("search-record")).getText())
                .contains("Searched for Rob " + surname, "INC-20261204-0042");
        screenshot("control-room-held-print");
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));

        // the answer has its own URL: it survives opening the order and coming Back
        driver.findElement(By.linkText(caseNumber + ", Leeds Family Court")).click();
        wait.until(ExpectedConditions.urlContains("/orders/"));
        driver.navigate().back();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict"))).getText())
                .contains("Held, not yet checked");

        // from any page, the header's box: Enter searches, and the log number kept for the shift is used
        open("/breaches");
        assertThat(driver.findElement(By.cssSelector(".nmo-header-search__log")).getText())
                .contains("INC-20261204-0042");
        driver.findElement(By.id("header-q")).sendKeys("Robert " + surname, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/lookup"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict"))).getText())
                .containsPattern("Held, not yet checked: \\d+ orders? in force");
        assertThat(driver.findElement(By.id("results")).getText()).contains(caseNumber);
        assertThat(driver.findElement(By.id("reason")).getAttribute("value")).isEqualTo("INC-20261204-0042");

        driver.manage().window().setSize(new Dimension(390, 844));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        screenshot("control-room-held-390");
        assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .as("nothing scrolls the page sideways at 390 px").isLessThanOrEqualTo(0L);

        // "report a breach" carries the log number, with the call-handler as the reporter
        driver.findElement(By.linkText("report a breach")).click();
        wait.until(ExpectedConditions.urlContains("/breaches/new"));
        assertThat(driver.findElement(By.id("logNumber")).getAttribute("value")).isEqualTo("INC-20261204-0042");
        assertThat(new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("reporterKind")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("CONTROL_ROOM");
        assertThat(driver.findElement(By.id("reporterName")).getAttribute("value")).isNotBlank();
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
