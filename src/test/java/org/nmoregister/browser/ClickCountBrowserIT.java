package org.nmoregister.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * How many actions the two tasks that matter most on duty take, counted as a person does them in a browser: every
 * click, and every Enter that sends a form. Typing into a box is not counted (the words must be typed however the
 * page is made). The counts are asserted exactly, so that a change which adds a step fails here and has to be
 * argued for; docs/usability.md records them with those before.
 */
class ClickCountBrowserIT extends BrowserTest {

    private final List<String> actions = new ArrayList<>();

    /** The control room's "is there an order?": signed in, the shift's log number given once, a name, Enter. */
    @Test
    void theControlRoomGetsAVerdictInOneAction() throws Exception {
        String[] syllables = {"ka", "lo", "mer", "dun", "ri", "vel", "sto", "ban", "tor", "quin", "haw", "zel"};
        var random = new java.util.Random();
        StringBuilder name = new StringBuilder("Quarn");
        for (int i = 0; i < 4; i++) {
            name.append(syllables[random.nextInt(syllables.length)]);
        }
        String surname = name.toString(); // a surname no earlier run used, pronounceable as a real one would be
        String caseNumber = "LS26F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        orderFromCourtFeed(caseNumber, Instant.now().minus(5, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS),
                "Nadia " + surname, "Darren " + surname, "FORMER_SPOUSE");

        signIn("control.northshire"); // the sign-in is the shift's, not the question's
        actions.clear();
        wait.until(ExpectedConditions.urlContains("/lookup"));
        driver.findElement(By.id("reason")).sendKeys("INC-20261204-0777"); // once per shift
        enter(By.id("q"), "Darren " + surname);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict"))).getText())
                .containsPattern("Held, not yet checked: \\d+ orders? in force");
        assertThat(driver.findElement(By.id("results")).getText()).contains(caseNumber);
        assertThat(actions).as("actions for the first question of a shift").containsExactly("Enter in q");

        // the next question, from any page: the header's box, the log number kept
        open("/breaches");
        actions.clear();
        enter(By.id("header-q"), "Nadia " + surname);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict"))).getText())
                .containsPattern("orders? in force");
        assertThat(actions).as("actions for a later question").containsExactly("Enter in header-q");
    }

    /**
     * The point of contact's "accept and assure": from the start page to an accepted, quality-assured order, for a
     * complete notification from a court's feed. Following the queue's "Next" links past other notifications is
     * counted apart: how far down the queue a notification is depends on the day, not on the pages.
     */
    @Test
    void thePointOfContactAcceptsAndAssuresInFiveClicks() throws Exception {
        String caseNumber = "LS26F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        api("court-feed.northshire", "/api/v1/notifications", PointOfContactFlowBrowserIT.courtJson(caseNumber));

        signIn("poc.northshire");
        actions.clear();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("to-do")));
        click(By.cssSelector("#to-do a[href='/notifications']"), "the start page's notifications to triage");
        int paging = 0;
        By row = By.xpath("//tr[contains(., '" + caseNumber + "')]//a");
        while (driver.findElements(row).isEmpty()) {
            var next = driver.findElement(By.cssSelector(".govuk-pagination__next a"));
            next.click();
            wait.until(ExpectedConditions.stalenessOf(next));
            paging++;
        }
        click(row, "the notification in the queue");
        wait.until(ExpectedConditions.urlContains("/check"));
        click(By.id("accept"), "Accept and record the order");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
        click(By.id("quality-link"), "Check the order's quality now");
        click(By.id("assure"), "Quality-assure this version");
        wait.until(ExpectedConditions.textToBe(By.id("qa-status"), "Checked"));

        System.out.printf("Accept and assure: %d clicks (%s), and %d clicks on Next past other notifications%n",
                actions.size(), String.join("; ", actions), paging);
        assertThat(actions).hasSize(5);
    }

    private void click(By what, String name) {
        var element = wait.until(ExpectedConditions.elementToBeClickable(what));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        actions.add(name);
    }

    private void enter(By box, String text) {
        driver.findElement(box).sendKeys(text, Keys.ENTER);
        actions.add("Enter in " + box.toString().replace("By.id: ", ""));
    }
}
