package com.salesflow.shell;

import static com.salesflow.support.Browser.await;
import static com.salesflow.support.Browser.logIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.salesflow.identity.UserDirectory;
import com.salesflow.support.Browser;
import com.salesflow.support.IntegrationTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The shell in a real browser (Debian's headless Chromium through Selenium): login, what each role sees, the
 * language switch and the account lock. Skipped where Chromium is not installed, except on CI, which must have it.
 */
@IntegrationTest
class ShellBrowserIT {

    @RegisterExtension
    static final Browser chromium = new Browser();

    private static final By LOGIN_FORM = By.tagName("vaadin-login-form");
    private static final By USERNAME = By.cssSelector("vaadin-login-form input[name=username]");
    private static final By GREETING = By.id("home-greeting");
    private static final By NAV = By.id("main-nav");

    @Autowired
    private UserDirectory directory;

    private boolean sales1MayStillBeChinese;

    @AfterEach
    void restoreSales1() {
        if (sales1MayStillBeChinese) {
            // The test failed before switching back in the browser; other tests share this database.
            runAs("sales1", () -> directory.changeMyLocale(Locale.ENGLISH));
            sales1MayStillBeChinese = false;
        }
    }

    @Test
    void an_unauthenticated_visit_to_the_home_page_ends_on_the_login_page() {
        WebDriver browser = chromium.open("en-US");
        browser.get(chromium.url("/"));

        await(browser).until(visibilityOfElementLocated(USERNAME));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElement(By.id("login-view")).findElement(LOGIN_FORM).getText()).contains("Log in");
        assertThat(browser.findElements(GREETING)).isEmpty();
    }

    @Test
    void sales1_logs_in_and_sees_the_shell_in_english_and_in_chinese() {
        WebDriver browser = chromium.open("en-US");
        browser.get(chromium.url("/"));
        logIn(browser, "sales1", "demo");

        await(browser).until(textToBePresentInElementLocated(GREETING, "Welcome"));
        assertThat(browser.findElement(By.id("current-user-name")).getText()).contains("Wang Fang");
        await(browser).until(textToBePresentInElementLocated(NAV, "Home"));
        assertThat(browser.findElement(NAV).getText()).doesNotContain("Users").doesNotContain("Teams");
        assertThat(browser.findElement(By.id("engine-links")).getText()).contains("Camunda Tasklist")
                .doesNotContain("Camunda Cockpit").doesNotContain("Camunda Admin");

        sales1MayStillBeChinese = true;
        chooseLanguage(browser, "简体中文");
        await(browser).until(textToBePresentInElementLocated(GREETING, "欢迎"));
        assertThat(browser.findElement(NAV).getText()).contains("首页");

        WebElement greeting = browser.findElement(GREETING);
        browser.findElement(By.id("logout")).click();
        await(browser).until(stalenessOf(greeting));
        await(browser).until(visibilityOfElementLocated(USERNAME));
        chromium.quit(browser);

        // A new browser that asks for English: the language sales1 chose wins.
        WebDriver another = chromium.open("en-US");
        another.get(chromium.url("/"));
        logIn(another, "sales1", "demo");
        await(another).until(textToBePresentInElementLocated(GREETING, "欢迎"));
        assertThat(another.findElement(NAV).getText()).contains("首页");

        chooseLanguage(another, "English");
        await(another).until(textToBePresentInElementLocated(GREETING, "Welcome"));
        assertThat(another.findElement(NAV).getText()).contains("Home");
        sales1MayStillBeChinese = false;
    }

    @Test
    void a_user_who_never_chose_a_language_sees_the_language_of_the_browser() {
        // sales2 never switches language in any test, so the browser's language decides.
        WebDriver browser = chromium.open("zh-CN");
        browser.get(chromium.url("/"));

        await(browser).until(visibilityOfElementLocated(USERNAME));
        await(browser).until(textToBePresentInElementLocated(LOGIN_FORM, "登录"));
        logIn(browser, "sales2", "demo");

        await(browser).until(textToBePresentInElementLocated(GREETING, "欢迎"));
        assertThat(browser.findElement(By.id("current-user-name")).getText()).contains("Li Qiang");
        assertThat(browser.findElement(NAV).getText()).contains("首页");
        assertThat(browser.findElement(By.id("logout")).getText()).contains("退出登录");
    }

    @Test
    void admin_sees_users_and_teams_and_the_users_view_lists_sales1() {
        WebDriver browser = chromium.open("en-US");
        browser.get(chromium.url("/"));
        logIn(browser, "admin", "demo");

        await(browser).until(textToBePresentInElementLocated(GREETING, "Welcome"));
        await(browser).until(textToBePresentInElementLocated(NAV, "Users"));
        assertThat(browser.findElement(NAV).getText()).contains("Home", "Users", "Teams");
        assertThat(browser.findElement(By.id("engine-links")).getText())
                .contains("Camunda Tasklist", "Camunda Cockpit", "Camunda Admin");

        // The menu has grown past the drawer's height: bring the item out from under the links below it.
        WebElement users = await(browser).until(elementToBeClickable(
                By.cssSelector("#main-nav vaadin-side-nav-item[path='admin/users']")));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", users);
        users.click();
        await(browser).until(visibilityOfElementLocated(By.id("users-grid")));
        await(browser).until(textToBePresentInElementLocated(By.id("users-grid"), "sales1"));
        assertThat(browser.getCurrentUrl()).endsWith("/admin/users");
    }

    @Test
    void five_wrong_passwords_lock_the_account_so_that_even_the_right_one_is_refused() {
        // Only this test uses "service": it stays locked for the rest of the run.
        WebDriver browser = chromium.open("en-US");
        browser.get(chromium.url("/login"));
        for (int attempt = 1; attempt <= 5; attempt++) {
            WebElement form = logIn(browser, "service", "wrong-" + attempt);
            await(browser).until(stalenessOf(form));
            await(browser).until(presenceOfElementLocated(By.cssSelector("vaadin-login-form[error]")));
            assertThat(browser.getCurrentUrl()).endsWith("/login?error");
            assertThat(loginError(browser)).contains("Wrong login or password");
        }

        WebElement form = logIn(browser, "service", "demo");
        await(browser).until(stalenessOf(form));
        await(browser).until(driver -> driver.getCurrentUrl().endsWith("/login?locked"));
        await(browser).until(presenceOfElementLocated(By.cssSelector("vaadin-login-form[error]")));
        assertThat(loginError(browser)).contains("Account locked", "Too many failed logins");
        assertThat(browser.findElements(GREETING)).isEmpty();
    }

    /** The error box lives in the shadow DOM of the login form's wrapper. */
    private static String loginError(WebDriver browser) {
        SearchContext wrapper = browser.findElement(By.tagName("vaadin-login-form-wrapper")).getShadowRoot();
        return wrapper.findElement(By.cssSelector("[part=error-message]")).getText();
    }

    /** Opens the language select and picks a language; the page reloads, so the old greeting goes stale. */
    private void chooseLanguage(WebDriver browser, String label) {
        WebElement greeting = browser.findElement(GREETING);
        await(browser).until(elementToBeClickable(By.id("language-switch"))).click();
        // The overlay holds the items; the select's own button shows a copy of the current one.
        await(browser).until(elementToBeClickable(
                By.xpath("//vaadin-select-overlay//vaadin-select-item[normalize-space()='" + label + "']"))).click();
        await(browser).until(stalenessOf(greeting));
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
