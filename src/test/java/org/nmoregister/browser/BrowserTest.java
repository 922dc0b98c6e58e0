package org.nmoregister.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test through a real browser: the application on a random port (profile {@code test}, with the demo forces and
 * accounts) and Debian's headless Chromium driven by Selenium. Name subclasses {@code *IT} so that Failsafe runs
 * them in {@code ./mvnw verify}.
 *
 * <p>Chromium and its driver come from Debian ({@code apt-get install chromium chromium-driver}); Selenium Manager is
 * never asked to download one (this machine has no network for that). Without Chromium the tests are skipped on a
 * developer's machine, and fail in CI (where {@code CI} is set), so that a broken CI image cannot pass unnoticed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Duration WAIT = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    protected WebDriver driver;
    protected WebDriverWait wait;
    private Path profileDirectory;
    private String testName;

    @BeforeEach
    void startBrowser(TestInfo test) throws IOException {
        testName = getClass().getSimpleName() + "-" + test.getTestMethod().map(Method::getName).orElse("test");
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = CHROMIUM + " or " + CHROMEDRIVER + " is missing (apt-get install chromium chromium-driver)";
            if (System.getenv("CI") == null) {
                Assumptions.abort(missing + "; browser tests skipped");
            }
            fail(missing + "; browser tests cannot run in CI without them");
        }
        // Both paths are explicit, so Selenium Manager has nothing to look up or download.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        profileDirectory = Files.createTempDirectory("nmo-chromium-");

        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                // The machine has no outside network: without these Chromium keeps trying to reach Google's hosts.
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profileDirectory, "--window-size=1280,1024");
        // The browser's console is read after each test: a Content-Security-Policy violation fails it.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, WAIT);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            try {
                // The last state of every browser test is kept for whoever reads a CI failure.
                screenshot(testName);
                assertNoContentSecurityPolicyViolation();
            } finally {
                driver.quit();
            }
        }
        if (profileDirectory != null) {
            try (var files = Files.walk(profileDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /**
     * The pages run under a strict Content-Security-Policy: an inline script, style or handler would be refused by
     * the browser, which says so only in its console. Any such refusal during the test fails it.
     */
    protected void assertNoContentSecurityPolicyViolation() {
        org.assertj.core.api.Assertions.assertThat(contentSecurityPolicyViolations())
                .as("Content-Security-Policy violations").isEmpty();
    }

    /** The browser console's refusals since it was last read (reading empties it). */
    protected java.util.List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
    }

    /** The absolute URL of a path in the application under test. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page of the application and waits for it to load. */
    protected void open(String path) {
        driver.get(url(path));
    }

    /**
     * The first element {@code what} finds on the list now shown or, following its "Next" link as a person would,
     * on a later page: lists are paged, and whatever else the database holds may put a test's own item past the first.
     */
    protected org.openqa.selenium.WebElement onSomePage(By what) {
        while (true) {
            java.util.List<org.openqa.selenium.WebElement> found = driver.findElements(what);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            java.util.List<org.openqa.selenium.WebElement> next =
                    driver.findElements(By.cssSelector(".govuk-pagination__next a"));
            if (next.isEmpty()) {
                return fail("no page of the list at " + driver.getCurrentUrl() + " shows " + what);
            }
            next.get(0).click();
            wait.until(ExpectedConditions.stalenessOf(next.get(0)));
        }
    }

    /** Signs in through the sign-in page as a demo user (password {@code demo}) and waits to leave that page. */
    protected void signIn(String username) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Saves what the browser shows to target/screenshots/{name}.png and returns the file. */
    protected Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            return Files.move(taken, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the screenshot " + name, e);
        }
    }

    /** POSTs JSON to the API as a demo user and returns the body; fails unless the answer is 200 or 201. */
    protected String api(String user, String path, String json) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path)))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(path + ": " + response.body())
                .isBetween(200, 201);
        return response.body();
    }

    /** The first string value of {@code name} in a JSON text. */
    protected static String field(String json, String name) {
        var matcher = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        org.assertj.core.api.Assertions.assertThat(matcher.find()).as(name + " in " + json).isTrue();
        return matcher.group(1);
    }

    /**
     * An NMO as a court's feed notifies it (made {@code made}, for 180 days, served an hour later, with the standard
     * violence and contact terms), accepted by the point of contact; returns the order's id.
     */
    protected String orderFromCourtFeed(String caseNumber, java.time.Instant made, String applicant,
                                        String respondent, String relationship) throws Exception {
        String notification = api("court-feed.northshire", "/api/v1/notifications", """
                {"source": "COURT_FEED", "externalReference": "FL-%s", "court": "Leeds Family Court",
                 "caseNumber": "%s", "orderType": "NMO", "madeAt": "%s", "withoutNotice": false,
                 "endsAt": "%s", "untilFurtherOrder": false, "penalNotice": true,
                 "applicant": {"name": "%s", "dateOfBirth": "1990-01-20",
                   "address": {"line1": "2 Otley Road", "town": "Leeds", "postcode": "LS6 2AB", "confidential": true}},
                 "respondent": {"name": "%s", "dateOfBirth": "1984-09-09",
                   "address": {"line1": "40 Kirkstall Lane", "town": "Leeds", "postcode": "LS5 3BD"}},
                 "relationship": "%s", "servedAt": "%s", "serviceMethod": "PERSONAL", "servedBy": "PC 88",
                 "terms": ["The respondent must not use or threaten violence against the applicant, and must not instruct, encourage or in any way suggest that any other person should do so.",
                           "The respondent must not telephone, text, email or otherwise contact or attempt to contact the applicant, whether directly or indirectly."]}
                """.formatted(caseNumber, caseNumber, made, made.plus(180, java.time.temporal.ChronoUnit.DAYS),
                applicant, respondent, relationship, made.plus(1, java.time.temporal.ChronoUnit.HOURS)));
        return field(api("poc.northshire", "/api/v1/notifications/" + field(notification, "id") + "/accept", "{}"),
                "orderId");
    }
}
