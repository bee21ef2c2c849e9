package com.salesflow.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.domPropertyToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * The customer screens in a real browser (Debian's headless Chromium through Selenium): the list with search,
 * filter and data scope, the profile with a save and a refused save, the contact-record timeline and claiming from
 * the pool. Each test makes its own customers through the REST API, with a unique word in their names, so the tests
 * depend neither on each other nor on the demo data. Skipped where Chromium is not installed, except on CI.
 */
@IntegrationTest
class CustomerBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);

    // Vaadin 24 renders the login form's inputs in the light DOM (inside vaadin-login-form-wrapper).
    private static final By USERNAME = By.cssSelector("vaadin-login-form input[name=username]");
    private static final By PASSWORD = By.cssSelector("vaadin-login-form input[name=password]");
    private static final By SUBMIT = By.cssSelector("vaadin-login-form vaadin-button[slot=submit]");
    private static final By NAV = By.id("main-nav");
    private static final By CUSTOMERS_GRID = By.id("customers-grid");
    private static final By CUSTOMERS_TOTAL = By.id("customers-total");

    @LocalServerPort
    private int port;

    @Autowired
    private ObjectMapper json;

    private final List<WebDriver> drivers = new ArrayList<>();
    private final List<Path> profiles = new ArrayList<>();

    /** Keeps a screenshot and the page source of every open browser when a test fails, for CI logs. */
    @RegisterExtension
    final AfterTestExecutionCallback keepEvidenceOfFailures = context -> {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        Path folder = Path.of("target", "browser-failures");
        Files.createDirectories(folder);
        for (int i = 0; i < drivers.size(); i++) {
            String name = "CustomerBrowserIT-" + context.getRequiredTestMethod().getName() + "-" + i;
            try {
                ChromeDriver driver = (ChromeDriver) drivers.get(i);
                Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
                Files.writeString(folder.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
            } catch (RuntimeException | IOException e) {
                // The browser may be gone already; the test's own failure is what matters.
            }
        }
    };

    /** On CI a missing browser is an error: CI is supposed to install it. */
    @BeforeAll
    static void ciHasChromium() {
        if (!chromiumInstalled() && "true".equals(System.getenv("CI"))) {
            fail("CI must install " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install -y chromium chromium-driver) to run the browser tests");
        }
    }

    /** Elsewhere each test is skipped with the reason (see ShellBrowserIT for why not in {@code @BeforeAll}). */
    @BeforeEach
    void chromiumIsInstalled() {
        assumeTrue(chromiumInstalled(), () -> "Browser test skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                + " is missing (apt-get install -y chromium chromium-driver)");
    }

    private static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @AfterEach
    void quitBrowsers() {
        for (WebDriver driver : drivers) {
            driver.quit();
        }
        drivers.clear();
        for (Path profile : profiles) {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
        profiles.clear();
    }

    @Test
    void sales1_finds_a_customer_by_part_of_its_name_narrows_by_grade_and_never_sees_another_salespersons() {
        String word = unique();
        String north = "Harbour Bearings " + word + " North";
        String south = "Harbour Bearings " + word + " South";
        String west = "Harbour Bearings " + word + " West";
        createCustomer("sales1", north, "KEY");
        createCustomer("sales1", south, "ORDINARY");
        long westId = createCustomer("sales3", west, "KEY");

        WebDriver browser = openAs("sales1", "/customers");
        type(browser, "customers-search", "Bearings " + word);

        wait(browser).until(textToBe(CUSTOMERS_TOTAL, "2 in all"));
        waitForGridSize(browser, "customers-grid", 2);
        assertThat(browser.findElement(CUSTOMERS_GRID).getText()).contains(north, south).doesNotContain(west);

        choose(browser, "customers-grade", "Key");
        wait(browser).until(textToBe(CUSTOMERS_TOTAL, "1 in all"));
        waitForGridSize(browser, "customers-grid", 1);
        assertThat(browser.findElement(CUSTOMERS_GRID).getText()).contains(north);

        // sales3's customer matches search and grade but is outside sales1's scope, even when opened by its URL.
        browser.get(url("/customers/" + westId));
        waitForNotification(browser, "does not exist or is not visible to you");
        wait(browser).until(visibilityOfElementLocated(CUSTOMERS_GRID));
        assertThat(browser.findElements(By.id("customer-view"))).isEmpty();
    }

    @Test
    void a_supervisor_finds_the_customers_of_the_own_team_but_not_those_of_another_team() {
        String word = unique();
        String east = "Lakeside Pumps " + word + " East";
        String west = "Lakeside Pumps " + word + " West";
        createCustomer("sales1", east, "POTENTIAL");
        createCustomer("sales3", west, "POTENTIAL");

        WebDriver browser = openAs("supervisor", "/customers");
        type(browser, "customers-search", word);

        wait(browser).until(textToBe(CUSTOMERS_TOTAL, "1 in all"));
        waitForGridSize(browser, "customers-grid", 1);
        wait(browser).until(textToBePresentInElementLocated(CUSTOMERS_GRID, east));
        assertThat(browser.findElement(CUSTOMERS_GRID).getText()).contains("Wang Fang").doesNotContain(west);
    }

    @Test
    void sales1_saves_a_profile_change_and_a_cleared_name_is_refused_without_saving_anything() {
        String name = "Riverside Optics " + unique();
        long id = createCustomer("sales1", name, "ORDINARY");

        WebDriver browser = openAs("sales1", "/customers/" + id);
        wait(browser).until(textToBe(By.id("customer-heading"), name));

        type(browser, "customer-industry", "Precision optics");
        wait(browser).until(elementToBeClickable(By.id("profile-save"))).click();
        waitForNotification(browser, "Customer " + name + " saved.");
        assertThat(customer("sales1", id).get("industry").asText()).isEqualTo("Precision optics");

        type(browser, "customer-industry", "Never saved");
        type(browser, "customer-name", "");
        wait(browser).until(elementToBeClickable(By.id("profile-save"))).click();
        waitForServer(browser);
        WebElement nameField = browser.findElement(By.id("customer-name"));
        wait(browser).until(attributeToBe(nameField, "invalid", "true"));
        assertThat(nameField.getDomProperty("errorMessage")).isEqualTo("A name of 1 to 200 characters is required.");
        assertThat(customer("sales1", id).get("industry").asText()).isEqualTo("Precision optics");

        browser.navigate().refresh();
        wait(browser).until(textToBe(By.id("customer-heading"), name));
        wait(browser).until(domPropertyToBe(field(browser, "customer-name"), "value", name));
        assertThat(field(browser, "customer-industry").getDomProperty("value")).isEqualTo("Precision optics");
        JsonNode stored = customer("sales1", id);
        assertThat(stored.get("name").asText()).isEqualTo(name);
        assertThat(stored.get("industry").asText()).isEqualTo("Precision optics");
    }

    @Test
    void sales1_adds_a_contact_record_with_a_next_follow_up_and_it_shows_in_the_timeline() {
        String name = "Maple Textiles " + unique();
        long id = createCustomer("sales1", name, "POTENTIAL");
        String summary = "Talked about the spring order " + unique();
        LocalDate next = LocalDate.now().plusDays(9);
        String nextShown = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US).format(next);

        WebDriver browser = openAs("sales1", "/customers/" + id);
        wait(browser).until(textToBe(By.id("customer-heading"), name));
        wait(browser).until(elementToBeClickable(By.id("tab-timeline"))).click();
        wait(browser).until(textToBePresentInElementLocated(By.id("timeline"), "No contact records yet."));

        type(browser, "record-summary", summary);
        setDate(browser, "record-next", next);
        wait(browser).until(elementToBeClickable(By.id("record-add"))).click();

        waitForNotification(browser, "Contact record added.");
        wait(browser).until(textToBePresentInElementLocated(By.id("timeline"), summary));
        WebElement newest = browser.findElement(By.cssSelector("#timeline .timeline-entry"));
        assertThat(newest.getText()).contains(summary, "Call", "Wang Fang", "Next follow-up: " + nextShown);
        wait(browser).until(textToBePresentInElementLocated(By.id("customer-facts"), nextShown));
        JsonNode stored = customer("sales1", id);
        assertThat(stored.get("nextFollowUpAt").asText()).isEqualTo(next.toString());
        assertThat(stored.get("lastFollowUpAt").isNull()).isFalse();
    }

    @Test
    void sales1_claims_a_customer_from_the_pool_and_then_finds_it_in_the_own_list() {
        // A director owns no customers: what a director creates goes to the pool.
        String name = "Pool Ceramics " + unique();
        long id = createCustomer("director", name, "POTENTIAL");
        assertThat(customer("director", id).get("owner").isNull()).isTrue();

        WebDriver browser = openAs("sales1", "/pool");
        type(browser, "pool-search", name);
        wait(browser).until(textToBe(By.id("pool-total"), "1 in all"));
        wait(browser).until(elementToBeClickable(By.id("claim-" + id))).click();

        waitForNotification(browser, name + " is now your customer.");
        wait(browser).until(textToBe(By.id("pool-total"), "0 in all"));

        wait(browser).until(elementToBeClickable(By.cssSelector("#main-nav vaadin-side-nav-item[path='customers']")))
                .click();
        type(browser, "customers-search", name);
        wait(browser).until(textToBe(CUSTOMERS_TOTAL, "1 in all"));
        waitForGridSize(browser, "customers-grid", 1);
        wait(browser).until(textToBePresentInElementLocated(CUSTOMERS_GRID, name));
        assertThat(browser.findElement(CUSTOMERS_GRID).getText()).contains("Wang Fang");
        assertThat(customer("sales1", id).get("owner").asText()).isEqualTo("sales1");
    }

    // ---- browser helpers ----

    /**
     * A new browser that asks for the page, is sent to the login form, logs in as the user (password demo) and is
     * taken back to the page it asked for.
     */
    private WebDriver openAs(String username, String path) {
        WebDriver browser = browser();
        browser.get(url(path));
        WebElement user = wait(browser).until(visibilityOfElementLocated(USERNAME));
        user.sendKeys(username);
        browser.findElement(PASSWORD).sendKeys("demo");
        browser.findElement(SUBMIT).click();
        wait(browser).until(visibilityOfElementLocated(NAV));
        // Spring Security marks the return from the saved request with "?continue".
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo(path);
        return browser;
    }

    /** The native input (or textarea) that a Vaadin text field renders in its light DOM. */
    private static WebElement field(WebDriver browser, String id) {
        return wait(browser).until(visibilityOfElementLocated(
                By.cssSelector("#" + id + " > input, #" + id + " > textarea")));
    }

    /**
     * Types into a Vaadin text field as a person does: select all, replace, then Tab so that the field's change event
     * reaches the server (and a lazy search runs).
     */
    private static void type(WebDriver browser, String id, String text) {
        WebElement input = field(browser, id);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
    }

    /** Sets a vaadin-date-picker's value (locale-independent ISO) and fires change, as picking a date does. */
    private static void setDate(WebDriver browser, String id, LocalDate date) {
        WebElement picker = wait(browser).until(visibilityOfElementLocated(By.id(id)));
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1];"
                        + "arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                picker, date.toString());
        wait(browser).until(domPropertyToBe(picker, "value", date.toString()));
    }

    /** Opens a vaadin-select and picks the item with the label; the overlay with the items sits in the body. */
    private static void choose(WebDriver browser, String selectId, String label) {
        wait(browser).until(elementToBeClickable(By.id(selectId))).click();
        wait(browser).until(elementToBeClickable(
                By.xpath("//vaadin-select-overlay//vaadin-select-item[normalize-space()='" + label + "']"))).click();
        wait(browser).until(textToBePresentInElementLocated(By.id(selectId), label));
    }

    private static void waitForNotification(WebDriver browser, String text) {
        wait(browser).until(presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(normalize-space(.), \"" + text + "\")]")));
    }

    /** Waits for the number of rows the grid has (its {@code size}, set by the server's data provider). */
    private static void waitForGridSize(WebDriver browser, String gridId, long rows) {
        WebElement grid = wait(browser).until(visibilityOfElementLocated(By.id(gridId)));
        wait(browser).until(driver -> Long.valueOf(rows)
                .equals(((JavascriptExecutor) driver).executeScript("return arguments[0].size;", grid)));
    }

    /**
     * Waits until the page has no request to the server under way, so that what a click did (or refused to do) has
     * happened. The same check as Vaadin TestBench's waitForVaadin.
     */
    private static void waitForServer(WebDriver browser) {
        wait(browser).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.values(clients).every(client => !client.isActive || !client.isActive());
                """)));
    }

    private WebDriver browser() {
        Path profile;
        try {
            profile = Files.createTempDirectory("salesflow-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a Chromium profile folder", e);
        }
        profiles.add(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Without the networking switches Chromium waits for update and sync servers that this network lacks.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,800", "--lang=en-US", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US"));
        // Never let Selenium Manager look for a driver on the internet.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        drivers.add(driver);
        return driver;
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, WAIT);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    // ---- data through the REST API ----

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }

    /** Creates a company as the user (a salesperson owns it, a director's goes to the pool); returns its id. */
    private long createCustomer(String username, String name, String grade) {
        HttpResponse<String> response = Http.basic(port, username, "demo").postJson("/api/customers", """
                {"type":"COMPANY","name":"%s","industry":"Manufacturing","region":"East","source":"REFERRAL",
                 "grade":"%s","lifecycle":"PROSPECT"}""".formatted(name, grade));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return read(response).get("id").asLong();
    }

    private JsonNode customer(String username, long id) {
        HttpResponse<String> response = Http.basic(port, username, "demo").get("/api/customers/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return read(response);
    }

    private JsonNode read(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }
}
