package org.nmoregister.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The point of contact enters the relevant children one row each on a phone: "Add another child" gives a row with the
 * cursor in it and keeps what was typed; a date that does not exist is named in the summary, linked to that child's
 * boxes, with nothing lost. Screenshots in target/screenshots.
 */
class NotificationChildrenBrowserIT extends BrowserTest {

    @Test
    void eachChildHasARowAndAWrongDateBelongsToThatChild() {
        signIn("poc.northshire");
        driver.manage().window().setSize(new Dimension(390, 1200));
        open("/notifications/new");
        type("child-0-name", "Amy Smith");
        type("child-0-dob-day", "3");
        type("child-0-dob-month", "3");
        type("child-0-dob-year", "2015");
        click(By.id("add-child"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("child-1-name")));
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("child-1-name");
        assertThat(driver.findElement(By.id("child-0-name")).getAttribute("value")).isEqualTo("Amy Smith");
        assertThat(driver.findElement(By.id("child-0-dob-year")).getAttribute("value")).isEqualTo("2015");
        type("child-1-name", "Ben Smith");
        type("child-1-dob-day", "30");
        type("child-1-dob-month", "2");
        type("child-1-dob-year", "2018");
        screenshot("notification-children-390");
        click(By.id("save-new"));
        WebElement summary = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".govuk-error-summary")));
        assertThat(summary.getText()).contains("Child 2’s date of birth must be a real date");
        summary.findElement(By.cssSelector("a[href='#child-1-dob-day']")).click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("child-1-dob-day");
        assertThat(driver.findElement(By.id("child-1-dob-error")).getText()).contains("must be a real date");
        assertThat(driver.findElement(By.id("child-1-name")).getAttribute("value")).isEqualTo("Ben Smith");
        assertThat(driver.getTitle()).startsWith("Error:");
        assertThat((Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .as("nothing scrolls the page sideways").isZero();
        assertNoContentSecurityPolicyViolation();
        screenshot("notification-children-error-390");
    }

    private void type(String id, String text) {
        WebElement box = driver.findElement(By.id(id));
        box.clear();
        box.sendKeys(text);
    }

    private void click(By what) {
        var element = wait.until(ExpectedConditions.elementToBeClickable(what));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
