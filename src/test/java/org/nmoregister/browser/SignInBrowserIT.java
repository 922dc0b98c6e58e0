package org.nmoregister.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class SignInBrowserIT extends BrowserTest {

    @Test
    void aPointOfContactSignsInAndSeesTheNavigation() {
        open("/login");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in to NMO Register");
        assertThat(driver.getPageSource()).contains("poc.northshire");

        signIn("poc.northshire");
        assertThat(driver.getCurrentUrl()).doesNotContain("error");

        // The session carries over to the next page: finding an order, which every member of staff may use.
        open("/orders");
        WebElement navigation = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("nav[aria-label='Menu']")));
        assertThat(navigation.findElements(By.cssSelector(".govuk-service-navigation__link")))
                .extracting(WebElement::getText)
                .contains("Notifications queue", "Find an order", "Import");
        assertThat(navigation.getText()).doesNotContain("Access log");
        assertThat(driver.findElement(By.cssSelector(".govuk-header")).getText()).contains("poc.northshire");
        screenshot("signed-in-poc");
    }

    @Test
    void aWrongPasswordKeepsTheUserOnTheSignInPageWithAnError() {
        open("/login");
        driver.findElement(By.id("username")).sendKeys("poc.northshire");
        driver.findElement(By.id("password")).sendKeys("not-the-password");
        driver.findElement(By.id("sign-in")).click();

        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".govuk-error-summary")));
        assertThat(summary.getText()).contains("The user name or password is not right");
        assertThat(driver.getCurrentUrl()).contains("/login?error");
        assertThat(driver.findElements(By.cssSelector("nav[aria-label='Menu']"))).isEmpty();
    }
}
