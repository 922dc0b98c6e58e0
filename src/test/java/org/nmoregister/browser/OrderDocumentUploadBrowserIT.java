package org.nmoregister.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.intake.reading.OrderCorpus;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An order PDF uploaded by the point of contact fills the notification from its text: each field is marked where
 * it was read, and the order is confirmed and accepted without a word typed.
 */
class OrderDocumentUploadBrowserIT extends BrowserTest {

    @Test
    void anUploadedOrderIsConfirmedAndAcceptedWithoutTyping() throws Exception {
        String suffix = UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        String caseNumber = "LS26F" + String.format("%05d", Math.floorMod(UUID.randomUUID().hashCode(), 99999));
        String respondentSurname = "Quillfeather" + suffix;
        LocalDate made = LocalDate.now().minusDays(1);
        DateTimeFormatter written = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
        byte[] pdf = OrderCorpus.pdf(List.of(
                "In the Family Court sitting at Leeds",
                "Case No. " + caseNumber,
                "NON-MOLESTATION ORDER",
                "Applicant: Ms Rosalind Ambergate" + suffix + ", date of birth 14/02/1991",
                "Respondent: Mr Tobias " + respondentSurname.toUpperCase(Locale.ROOT) + ", date of birth 02/09/1986",
                "Date of order: " + made.format(written) + " at 10:30",
                "The respondent attended the hearing and was represented.",
                "The court orders that the Respondent must not:",
                "1. use or threaten violence against the applicant;",
                "2. go within 100 metres of the applicant's place of work.",
                "This order shall last until " + made.plusYears(1).format(written) + " at 4pm.",
                "PENAL NOTICE",
                "If without reasonable excuse you do anything which you are forbidden from doing by this order, you",
                "may be sent to prison for contempt of court."));
        Path file = Files.createTempFile("order-", ".pdf");
        Files.write(file, pdf);
        try {
            signIn("poc.northshire");
            open("/notifications/new");
            driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            driver.findElement(By.id("upload")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("continue")));

            assertThat(driver.findElements(By.cssSelector("mark.nmo-read"))).hasSizeGreaterThan(8);
            String table = driver.findElement(By.id("read-fields-0")).getText();
            assertThat(table).contains(caseNumber, "Tobias " + respondentSurname, "95%",
                    "The respondent must not use or threaten violence against the applicant");
            assertThat(driver.findElement(By.id("respondentName")).getAttribute("value"))
                    .isEqualTo("Tobias " + respondentSurname);
            screenshot("upload-confirmation");

            // going on to accept before confirming the reading is refused
            driver.findElement(By.id("continue")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmedRead-error")));

            driver.findElement(By.cssSelector("label[for=confirmedRead]")).click();
            driver.findElement(By.id("continue")).click();
            wait.until(ExpectedConditions.urlContains("/check"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Check before you accept",
                    "Tobias " + respondentSurname);
            driver.findElement(By.id("accept")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
            driver.findElement(By.id("order-link")).click();
            wait.until(ExpectedConditions.urlMatches(".*/orders/[0-9a-f-]{36}$"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains(caseNumber);
            assertThat(driver.findElement(By.id("terms")).getText()).contains("within 100 metres");
            assertNoContentSecurityPolicyViolation();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
