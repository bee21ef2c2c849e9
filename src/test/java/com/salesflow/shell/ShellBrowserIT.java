package com.salesflow.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.salesflow.identity.UserDirectory;
import com.salesflow.support.IntegrationTest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.FileSystemUtils;

/**
 * The shell in a real browser (Debian's headless Chromium through Selenium): login, what each role sees, the
 * language switch and the account lock. Skipped where Chromium is not installed, except on CI, which must have it.
 */
@IntegrationTest
class ShellBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static final By LOGIN_FORM = By.tagName("vaadin-login-form");
    // Vaadin 24 renders the login form's inputs in the light DOM (inside vaadin-login-form-wrapper).
    private static final By USERNAME = By.cssSelector("vaadin-login-form input[name=username]");
    private static final By PASSWORD = By.cssSelector("vaadin-login-form input[name=password]");
    private static final By SUBMIT = By.cssSelector("vaadin-login-form vaadin-button[slot=submit]");
    private static final By GREETING = By.id("home-greeting");
    private static final By NAV = By.id("main-nav");

    @LocalServerPort
    private int port;

    @Autowired
    private UserDirectory directory;

    private final List<WebDriver> drivers = new ArrayList<>();
    private final List<Path> profiles = new ArrayList<>();
    private boolean sales1MayStillBeChinese;

    /** Keeps a screenshot and the page source of every open browser when a test fails, for CI logs. */
    @RegisterExtension
    final AfterTestExecutionCallback keepEvidenceOfFailures = context -> {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        Path folder = Path.of("target", "browser-failures");
        Files.createDirectories(folder);
        for (int i = 0; i < drivers.size(); i++) {
            String name = context.getRequiredTestMethod().getName() + "-" + i;
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

    /**
     * Elsewhere each test is skipped with the reason. (An assumption in {@code @BeforeAll} would skip the class
     * without a trace in the Maven output: "Tests run: 0".)
     */
    @BeforeEach
    void chromiumIsInstalled() {
        assumeTrue(chromiumInstalled(), () -> "Browser test skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                + " is missing (apt-get install -y chromium chromium-driver)");
    }

    private static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @AfterEach
    void quitBrowsersAndRestoreSales1() throws IOException {
        for (WebDriver driver : drivers) {
            driver.quit();
        }
        drivers.clear();
        for (Path profile : profiles) {
            FileSystemUtils.deleteRecursively(profile);
        }
        profiles.clear();
        if (sales1MayStillBeChinese) {
            // The test failed before switching back in the browser; other tests share this database.
            runAs("sales1", () -> directory.changeMyLocale(Locale.ENGLISH));
            sales1MayStillBeChinese = false;
        }
    }

    @Test
    void an_unauthenticated_visit_to_the_home_page_ends_on_the_login_page() {
        WebDriver browser = browser("en-US");
        browser.get(url("/"));

        wait(browser).until(visibilityOfElementLocated(USERNAME));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElement(By.id("login-view")).findElement(LOGIN_FORM).getText()).contains("Log in");
        assertThat(browser.findElements(GREETING)).isEmpty();
    }

    @Test
    void sales1_logs_in_and_sees_the_shell_in_english_and_in_chinese() {
        WebDriver browser = browser("en-US");
        browser.get(url("/"));
        logIn(browser, "sales1", "demo");

        wait(browser).until(textToBePresentInElementLocated(GREETING, "Welcome"));
        assertThat(browser.findElement(By.id("current-user-name")).getText()).contains("Wang Fang");
        wait(browser).until(textToBePresentInElementLocated(NAV, "Home"));
        assertThat(browser.findElement(NAV).getText()).doesNotContain("Users").doesNotContain("Teams");
        assertThat(browser.findElement(By.id("engine-links")).getText()).contains("Camunda Tasklist")
                .doesNotContain("Camunda Cockpit").doesNotContain("Camunda Admin");

        sales1MayStillBeChinese = true;
        chooseLanguage(browser, "简体中文");
        wait(browser).until(textToBePresentInElementLocated(GREETING, "欢迎"));
        assertThat(browser.findElement(NAV).getText()).contains("首页");

        WebElement greeting = browser.findElement(GREETING);
        browser.findElement(By.id("logout")).click();
        wait(browser).until(stalenessOf(greeting));
        wait(browser).until(visibilityOfElementLocated(USERNAME));
        browser.quit();
        drivers.remove(browser);

        // A new browser that asks for English: the language sales1 chose wins.
        WebDriver another = browser("en-US");
        another.get(url("/"));
        logIn(another, "sales1", "demo");
        wait(another).until(textToBePresentInElementLocated(GREETING, "欢迎"));
        assertThat(another.findElement(NAV).getText()).contains("首页");

        chooseLanguage(another, "English");
        wait(another).until(textToBePresentInElementLocated(GREETING, "Welcome"));
        assertThat(another.findElement(NAV).getText()).contains("Home");
        sales1MayStillBeChinese = false;
    }

    @Test
    void a_user_who_never_chose_a_language_sees_the_language_of_the_browser() {
        // sales2 never switches language in any test, so the browser's language decides.
        WebDriver browser = browser("zh-CN");
        browser.get(url("/"));

        wait(browser).until(visibilityOfElementLocated(USERNAME));
        wait(browser).until(textToBePresentInElementLocated(LOGIN_FORM, "登录"));
        logIn(browser, "sales2", "demo");

        wait(browser).until(textToBePresentInElementLocated(GREETING, "欢迎"));
        assertThat(browser.findElement(By.id("current-user-name")).getText()).contains("Li Qiang");
        assertThat(browser.findElement(NAV).getText()).contains("首页");
        assertThat(browser.findElement(By.id("logout")).getText()).contains("退出登录");
    }

    @Test
    void admin_sees_users_and_teams_and_the_users_view_lists_sales1() {
        WebDriver browser = browser("en-US");
        browser.get(url("/"));
        logIn(browser, "admin", "demo");

        wait(browser).until(textToBePresentInElementLocated(GREETING, "Welcome"));
        wait(browser).until(textToBePresentInElementLocated(NAV, "Users"));
        assertThat(browser.findElement(NAV).getText()).contains("Home", "Users", "Teams");
        assertThat(browser.findElement(By.id("engine-links")).getText())
                .contains("Camunda Tasklist", "Camunda Cockpit", "Camunda Admin");

        wait(browser).until(elementToBeClickable(By.cssSelector("#main-nav vaadin-side-nav-item[path='admin/users']")))
                .click();
        wait(browser).until(visibilityOfElementLocated(By.id("users-grid")));
        wait(browser).until(textToBePresentInElementLocated(By.id("users-grid"), "sales1"));
        assertThat(browser.getCurrentUrl()).endsWith("/admin/users");
    }

    @Test
    void five_wrong_passwords_lock_the_account_so_that_even_the_right_one_is_refused() {
        // Only this test uses "service": it stays locked for the rest of the run.
        WebDriver browser = browser("en-US");
        browser.get(url("/login"));
        for (int attempt = 1; attempt <= 5; attempt++) {
            WebElement form = logIn(browser, "service", "wrong-" + attempt);
            wait(browser).until(stalenessOf(form));
            wait(browser).until(presenceOfElementLocated(By.cssSelector("vaadin-login-form[error]")));
            assertThat(browser.getCurrentUrl()).endsWith("/login?error");
            assertThat(loginError(browser)).contains("Wrong login or password");
        }

        WebElement form = logIn(browser, "service", "demo");
        wait(browser).until(stalenessOf(form));
        wait(browser).until(driver -> driver.getCurrentUrl().endsWith("/login?locked"));
        wait(browser).until(presenceOfElementLocated(By.cssSelector("vaadin-login-form[error]")));
        assertThat(loginError(browser)).contains("Account locked", "Too many failed logins");
        assertThat(browser.findElements(GREETING)).isEmpty();
    }

    /** Types into the login form and submits it; returns the form, which goes stale when the page changes. */
    private WebElement logIn(WebDriver browser, String username, String password) {
        WebElement user = wait(browser).until(visibilityOfElementLocated(USERNAME));
        WebElement form = browser.findElement(LOGIN_FORM);
        user.clear();
        user.sendKeys(username);
        WebElement secret = browser.findElement(PASSWORD);
        secret.clear();
        secret.sendKeys(password);
        browser.findElement(SUBMIT).click();
        return form;
    }

    /** The error box lives in the shadow DOM of the login form's wrapper. */
    private static String loginError(WebDriver browser) {
        SearchContext wrapper = browser.findElement(By.tagName("vaadin-login-form-wrapper")).getShadowRoot();
        return wrapper.findElement(By.cssSelector("[part=error-message]")).getText();
    }

    /** Opens the language select and picks a language; the page reloads, so the old greeting goes stale. */
    private void chooseLanguage(WebDriver browser, String label) {
        WebElement greeting = browser.findElement(GREETING);
        wait(browser).until(elementToBeClickable(By.id("language-switch"))).click();
        // The overlay holds the items; the select's own button shows a copy of the current one.
        wait(browser).until(elementToBeClickable(
                By.xpath("//vaadin-select-overlay//vaadin-select-item[normalize-space()='" + label + "']"))).click();
        wait(browser).until(stalenessOf(greeting));
    }

    private WebDriver browser(String language) {
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

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, WAIT);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void runAs(String username, Runnable action) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
