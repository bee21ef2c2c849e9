package com.salesflow.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.domPropertyToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
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
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium through Selenium, for the browser tests of an {@link IntegrationTest}. Register it as
 * {@code @RegisterExtension static final Browser chromium = new Browser();} (static, so that the CI check runs once
 * for the class). Each test's browsers are quit afterwards; when a test fails, a screenshot and the page source of
 * each are kept in {@code target/browser-failures} for the CI logs.
 *
 * <p>Skipped where Chromium is not installed, except on CI (environment {@code CI=true}), which must have it.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback,
        AfterEachCallback {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path FAILURES = Path.of("target", "browser-failures");

    // Vaadin 24 renders the login form's inputs in the light DOM (inside vaadin-login-form-wrapper).
    private static final By USERNAME = By.cssSelector("vaadin-login-form input[name=username]");
    private static final By PASSWORD = By.cssSelector("vaadin-login-form input[name=password]");
    private static final By SUBMIT = By.cssSelector("vaadin-login-form vaadin-button[slot=submit]");
    private static final By LOGIN_FORM = By.tagName("vaadin-login-form");
    private static final By NAV = By.id("main-nav");

    private final List<WebDriver> drivers = new ArrayList<>();
    private final List<Path> profiles = new ArrayList<>();
    private int port;

    /** On CI a missing browser is an error: CI is supposed to install it. */
    @Override
    public void beforeAll(ExtensionContext context) {
        if (!installed() && "true".equals(System.getenv("CI"))) {
            fail("CI must install " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install -y chromium chromium-driver) to run the browser tests");
        }
    }

    /**
     * Elsewhere each test is skipped with the reason. (An assumption in {@code beforeAll} would skip the class
     * without a trace in the Maven output: "Tests run: 0".)
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        assumeTrue(installed(), () -> "Browser test skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                + " is missing (apt-get install -y chromium chromium-driver)");
        port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class);
    }

    private static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Runs before the browsers are quit, so that they still show what went wrong. */
    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        Files.createDirectories(FAILURES);
        for (int i = 0; i < drivers.size(); i++) {
            String name = context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + "-" + i;
            try {
                ChromeDriver driver = (ChromeDriver) drivers.get(i);
                Files.write(FAILURES.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
                Files.writeString(FAILURES.resolve(name + ".html"),
                        driver.getCurrentUrl() + "\n" + driver.getPageSource());
            } catch (RuntimeException | IOException e) {
                // The browser may be gone already; the test's own failure is what matters.
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (WebDriver driver : List.copyOf(drivers)) {
            quit(driver);
        }
        for (Path profile : profiles) {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
        profiles.clear();
    }

    /** A new browser whose user interface and Accept-Language are the language, e.g. {@code zh-CN}. */
    public WebDriver open(String language) {
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
                "--no-first-run", "--window-size=1280,800", "--lang=" + language, "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        // Never let Selenium Manager look for a driver on the internet.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        drivers.add(driver);
        return driver;
    }

    /**
     * A new browser in the language that asks for the page, is sent to the login form, logs in as the user
     * (password demo) and is taken back to the page it asked for.
     */
    public WebDriver openAs(String username, String language, String path) {
        WebDriver browser = open(language);
        browser.get(url(path));
        logIn(browser, username, "demo");
        await(browser).until(visibilityOfElementLocated(NAV));
        // Spring Security marks the return from the saved request with "?continue".
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo(path);
        return browser;
    }

    /** Quits a browser before the test ends, e.g. to log in afresh in another. */
    public void quit(WebDriver browser) {
        browser.quit();
        drivers.remove(browser);
    }

    /** The application's address of the path, e.g. {@code /tasks}. */
    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Types into the login form and submits it; returns the form, which goes stale when the page changes. */
    public static WebElement logIn(WebDriver browser, String username, String password) {
        WebElement user = await(browser).until(visibilityOfElementLocated(USERNAME));
        WebElement form = browser.findElement(LOGIN_FORM);
        user.clear();
        user.sendKeys(username);
        WebElement secret = browser.findElement(PASSWORD);
        secret.clear();
        secret.sendKeys(password);
        browser.findElement(SUBMIT).click();
        return form;
    }

    /** Named so because a static import of {@code wait} loses to {@link Object#wait()}. */
    public static WebDriverWait await(WebDriver browser) {
        return new WebDriverWait(browser, WAIT);
    }

    /** The native input (or textarea) that a Vaadin text field renders in its light DOM. */
    public static WebElement field(WebDriver browser, String id) {
        return await(browser).until(visibilityOfElementLocated(
                By.cssSelector("#" + id + " > input, #" + id + " > textarea")));
    }

    /**
     * Types into a Vaadin text field as a person does: select all, replace, then Tab so that the field's change event
     * reaches the server (and a lazy search runs).
     */
    public static void type(WebDriver browser, String id, String text) {
        WebElement input = field(browser, id);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
    }

    /**
     * Sets a Vaadin field's value as its ISO text (a date picker's {@code 2025-03-01}, a date-time picker's
     * {@code 2025-03-01T09:30}) and fires change, as picking one does: the same in every locale.
     */
    public static void setValue(WebDriver browser, String id, String value) {
        WebElement field = await(browser).until(visibilityOfElementLocated(By.id(id)));
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1];"
                        + "arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                field, value);
        await(browser).until(domPropertyToBe(field, "value", value));
    }

    /** Opens a vaadin-select and picks the item with the label; the overlay with the items sits in the body. */
    public static void choose(WebDriver browser, String selectId, String label) {
        await(browser).until(elementToBeClickable(By.id(selectId))).click();
        await(browser).until(elementToBeClickable(
                By.xpath("//vaadin-select-overlay//vaadin-select-item[normalize-space()='" + label + "']"))).click();
        await(browser).until(textToBePresentInElementLocated(By.id(selectId), label));
    }

    public static void waitForNotification(WebDriver browser, String text) {
        await(browser).until(presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(normalize-space(.), \"" + text + "\")]")));
    }

    /** Waits for the number of rows the grid has (its {@code size}, set by the server's data provider). */
    public static void waitForGridSize(WebDriver browser, String gridId, long rows) {
        WebElement grid = await(browser).until(visibilityOfElementLocated(By.id(gridId)));
        await(browser).until(driver -> Long.valueOf(rows)
                .equals(((JavascriptExecutor) driver).executeScript("return arguments[0].size;", grid)));
    }

    /**
     * Waits until the page has no request to the server under way, so that what a click did (or refused to do) has
     * happened. The same check as Vaadin TestBench's waitForVaadin.
     */
    public static void waitForServer(WebDriver browser) {
        await(browser).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.values(clients).every(client => !client.isActive || !client.isActive());
                """)));
    }
}
