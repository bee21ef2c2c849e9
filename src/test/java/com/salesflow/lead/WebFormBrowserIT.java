package com.salesflow.lead;

import static com.salesflow.support.Browser.await;
import static com.salesflow.support.Browser.field;
import static com.salesflow.support.Browser.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;

import com.salesflow.support.Browser;
import com.salesflow.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Web forms screen in a real browser: an administrator creates a web form and its key works at once. */
@IntegrationTest
class WebFormBrowserIT {

    @RegisterExtension
    static final Browser chromium = new Browser();

    @LocalServerPort
    int port;

    @Test
    void an_administrator_creates_a_web_form_sees_its_key_once_and_a_site_can_post_with_it() throws Exception {
        String name = "Browser site " + Long.toString(System.nanoTime()).substring(6);
        WebDriver browser = chromium.openAs("admin", "en-US", "/admin/web-forms");
        assertThat(browser.findElement(By.id("main-nav")).getText()).contains("Web forms");

        await(browser).until(elementToBeClickable(By.id("new-web-form"))).click();
        type(browser, "web-form-name", name);
        type(browser, "web-form-origins", "https://www.browser-site.example");
        await(browser).until(elementToBeClickable(By.id("save-web-form"))).click();

        // The dialog's host element has no box of its own; its content shows in the overlay.
        String key = field(browser, "web-form-key").getDomProperty("value");
        assertThat(key).startsWith("sfk_").hasSizeGreaterThan(40);
        await(browser).until(elementToBeClickable(By.id("close-web-form-key"))).click();
        await(browser).until(driver -> driver.findElement(By.id("web-forms-grid")).getText().contains(name));
        assertThat(browser.findElement(By.id("web-forms-grid")).getText()).contains(key.substring(0, 12))
                .doesNotContain(key);

        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/public/leads")).header("X-Api-Key", key)
                .header("Origin", "https://www.browser-site.example").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Browser Lead\",\"email\":\"browser.lead@browser-site.example\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    }

    @Test
    void a_salesperson_neither_sees_nor_opens_the_web_forms_screen() {
        WebDriver browser = chromium.openAs("sales1", "en-US", "/");
        assertThat(browser.findElement(By.id("main-nav")).getText()).doesNotContain("Web forms");

        browser.get(chromium.url("/admin/web-forms"));

        await(browser).until(driver -> !driver.findElements(By.tagName("body")).isEmpty());
        assertThat(browser.findElements(By.id("web-forms-view"))).isEmpty();
    }
}
