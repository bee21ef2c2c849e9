package com.salesflow.customer;

import static com.salesflow.support.Browser.await;
import static com.salesflow.support.Browser.choose;
import static com.salesflow.support.Browser.field;
import static com.salesflow.support.Browser.setValue;
import static com.salesflow.support.Browser.type;
import static com.salesflow.support.Browser.waitForGridSize;
import static com.salesflow.support.Browser.waitForNotification;
import static com.salesflow.support.Browser.waitForServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.domPropertyToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.support.Browser;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The customer screens in a real browser (Debian's headless Chromium through Selenium): the list with search,
 * filter and data scope, the profile with a save and a refused save, the contact-record timeline and claiming from
 * the pool. Each test makes its own customers through the REST API, with a unique word in their names, so the tests
 * depend neither on each other nor on the demo data. Skipped where Chromium is not installed, except on CI.
 */
@IntegrationTest
class CustomerBrowserIT {

    @RegisterExtension
    static final Browser chromium = new Browser();

    private static final By CUSTOMERS_GRID = By.id("customers-grid");
    private static final By CUSTOMERS_TOTAL = By.id("customers-total");

    @LocalServerPort
    private int port;

    @Autowired
    private ObjectMapper json;

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

        await(browser).until(textToBe(CUSTOMERS_TOTAL, "2 in all"));
        waitForGridSize(browser, "customers-grid", 2);
        assertThat(browser.findElement(CUSTOMERS_GRID).getText()).contains(north, south).doesNotContain(west);

        choose(browser, "customers-grade", "Key");
        await(browser).until(textToBe(CUSTOMERS_TOTAL, "1 in all"));
        waitForGridSize(browser, "customers-grid", 1);
        assertThat(browser.findElement(CUSTOMERS_GRID).getText()).contains(north);

        // sales3's customer matches search and grade but is outside sales1's scope, even when opened by its URL.
        browser.get(chromium.url("/customers/" + westId));
        waitForNotification(browser, "does not exist or is not visible to you");
        await(browser).until(visibilityOfElementLocated(CUSTOMERS_GRID));
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

        await(browser).until(textToBe(CUSTOMERS_TOTAL, "1 in all"));
        waitForGridSize(browser, "customers-grid", 1);
        await(browser).until(textToBePresentInElementLocated(CUSTOMERS_GRID, east));
        assertThat(browser.findElement(CUSTOMERS_GRID).getText()).contains("Wang Fang").doesNotContain(west);
    }

    @Test
    void sales1_saves_a_profile_change_and_a_cleared_name_is_refused_without_saving_anything() {
        String name = "Riverside Optics " + unique();
        long id = createCustomer("sales1", name, "ORDINARY");

        WebDriver browser = openAs("sales1", "/customers/" + id);
        await(browser).until(textToBe(By.id("customer-heading"), name));

        type(browser, "customer-industry", "Precision optics");
        await(browser).until(elementToBeClickable(By.id("profile-save"))).click();
        waitForNotification(browser, "Customer " + name + " saved.");
        assertThat(customer("sales1", id).get("industry").asText()).isEqualTo("Precision optics");

        type(browser, "customer-industry", "Never saved");
        type(browser, "customer-name", "");
        await(browser).until(elementToBeClickable(By.id("profile-save"))).click();
        waitForServer(browser);
        WebElement nameField = browser.findElement(By.id("customer-name"));
        await(browser).until(attributeToBe(nameField, "invalid", "true"));
        assertThat(nameField.getDomProperty("errorMessage")).isEqualTo("A name of 1 to 200 characters is required.");
        assertThat(customer("sales1", id).get("industry").asText()).isEqualTo("Precision optics");

        browser.navigate().refresh();
        await(browser).until(textToBe(By.id("customer-heading"), name));
        await(browser).until(domPropertyToBe(field(browser, "customer-name"), "value", name));
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
        await(browser).until(textToBe(By.id("customer-heading"), name));
        await(browser).until(elementToBeClickable(By.id("tab-timeline"))).click();
        await(browser).until(textToBePresentInElementLocated(By.id("timeline"), "No contact records yet."));

        type(browser, "record-summary", summary);
        setValue(browser, "record-next", next.toString());
        await(browser).until(elementToBeClickable(By.id("record-add"))).click();

        waitForNotification(browser, "Contact record added.");
        await(browser).until(textToBePresentInElementLocated(By.id("timeline"), summary));
        WebElement newest = browser.findElement(By.cssSelector("#timeline .timeline-entry"));
        assertThat(newest.getText()).contains(summary, "Call", "Wang Fang", "Next follow-up: " + nextShown);
        await(browser).until(textToBePresentInElementLocated(By.id("customer-facts"), nextShown));
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
        await(browser).until(textToBe(By.id("pool-total"), "1 in all"));
        await(browser).until(elementToBeClickable(By.id("claim-" + id))).click();

        waitForNotification(browser, name + " is now your customer.");
        await(browser).until(textToBe(By.id("pool-total"), "0 in all"));

        await(browser).until(elementToBeClickable(By.cssSelector("#main-nav vaadin-side-nav-item[path='customers']")))
                .click();
        type(browser, "customers-search", name);
        await(browser).until(textToBe(CUSTOMERS_TOTAL, "1 in all"));
        waitForGridSize(browser, "customers-grid", 1);
        await(browser).until(textToBePresentInElementLocated(CUSTOMERS_GRID, name));
        assertThat(browser.findElement(CUSTOMERS_GRID).getText()).contains("Wang Fang");
        assertThat(customer("sales1", id).get("owner").asText()).isEqualTo("sales1");
    }

    /** A new browser in English, logged in as the user and on the page. */
    private static WebDriver openAs(String username, String path) {
        return chromium.openAs(username, "en-US", path);
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
