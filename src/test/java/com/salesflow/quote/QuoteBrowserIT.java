package com.salesflow.quote;

import static com.salesflow.support.Browser.await;
import static com.salesflow.support.Browser.choose;
import static com.salesflow.support.Browser.field;
import static com.salesflow.support.Browser.type;
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
import com.salesflow.identity.UserDirectory;
import com.salesflow.identity.UserSummary;
import com.salesflow.product.PriceListForm;
import com.salesflow.product.PriceListSummary;
import com.salesflow.product.PriceLists;
import com.salesflow.product.ProductForm;
import com.salesflow.product.Products;
import com.salesflow.support.Browser;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A quote from draft to PDF in a real browser: sales1 opens their opportunity, writes a quote with one line, is refused
 * 60 % discount (below cost) on the line's field, saves it at 25 % (above both the salesperson's 10 % and the
 * supervisor's 20 %) and submits it; the supervisor and then the director approve it in the task list through the
 * approve-quote form; sales1 sees it APPROVED with both approvals in the trail and downloads its PDF. The catalogue
 * (product: list price 1000, cost 500), customer and opportunity are the test's own. Skipped where Chromium is not
 * installed, except on CI.
 */
@IntegrationTest
class QuoteBrowserIT {

    @RegisterExtension
    static final Browser chromium = new Browser();

    private static final By TASKS_TOTAL = By.id("tasks-total");
    private static final By TAB_GROUP = By.id("tasks-tab-group");
    private static final By TASK_FORM = By.id("task-form");
    private static final By COMPLETE = By.id("task-complete");
    private static final By CLAIM = By.id("task-claim");
    private static final By STATUS = By.id("quote-status");

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    Products products;

    @Autowired
    PriceLists priceLists;

    @Autowired
    UserDirectory directory;

    @Autowired
    UserDetailsService users;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Quotes quotes;

    private final String token = "q" + Long.toString(System.nanoTime(), 36);
    private final List<Long> quoteIds = new ArrayList<>();
    private String productCode;
    private PriceListSummary priceList;
    private long productId;

    @BeforeEach
    void catalogue() {
        signIn("admin");
        try {
            productCode = "QT-UI-" + token.toUpperCase();
            ProductForm product = new ProductForm();
            product.setCode(productCode);
            product.setNameEn("Browser test gearbox " + token);
            product.setNameZh("浏览器测试减速机 " + token);
            product.setUnit("pc");
            product.setListPrice(new BigDecimal("1000.00"));
            product.setCost(new BigDecimal("500.00"));
            productId = products.create(product).id();
            PriceListForm list = new PriceListForm();
            list.setName("Quote browser test " + token);
            list.setValidFrom(LocalDate.now().minusDays(1));
            priceList = priceLists.create(list);
            priceLists.addItem(priceList.id(), productId, new BigDecimal("1000.00"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The approval process waits for sales1 to send the quote: ended, as the other browser tests end theirs. */
    @AfterEach
    void endOpenInstances() {
        for (long quoteId : quoteIds) {
            List<String> instances = jdbc.queryForList(
                    "select process_instance_id from sf_quote where id = ? and process_instance_id is not null",
                    String.class, quoteId);
            for (String instanceId : instances) {
                if (runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0) {
                    runtime.deleteProcessInstance(instanceId, "QuoteBrowserIT clean-up");
                }
            }
        }
        quoteIds.clear();
    }

    @Test
    void sales1_quotes_with_a_25_percent_discount_supervisor_and_director_approve_and_sales1_downloads_the_pdf()
            throws Exception {
        long opportunityId = opportunityOfSales1();

        // sales1: from the opportunity to its (empty) quote list, then a new quote.
        WebDriver sales1 = chromium.openAs("sales1", "en-US", "/opportunities/" + opportunityId);
        await(sales1).until(elementToBeClickable(By.id("opportunity-quotes"))).click();
        await(sales1).until(driver -> URI.create(driver.getCurrentUrl()).getPath().equals("/quotes")
                && URI.create(driver.getCurrentUrl()).getQuery().equals("opportunity=" + opportunityId));
        await(sales1).until(textToBePresentInElementLocated(By.id("quotes-opportunity"), "Quoted gearboxes " + token));
        await(sales1).until(textToBe(By.id("quotes-total"), "0 in all"));
        await(sales1).until(elementToBeClickable(By.id("new-quote"))).click();
        await(sales1).until(textToBe(By.id("quote-heading"), "New quote"));

        choose(sales1, "quote-price-list-field", priceList.name() + " (" + priceList.currency() + ")");
        pickProduct(sales1, 0, productCode);
        lineField(sales1, "quote-line-quantity", 0).sendKeys(Keys.chord(Keys.CONTROL, "a"), "4", Keys.TAB);
        type(sales1, "quote-terms", "Delivery within 4 weeks.");

        // 60 % would sell below cost (500): refused on the line's discount, nothing created.
        lineField(sales1, "quote-line-discount", 0).sendKeys(Keys.chord(Keys.CONTROL, "a"), "60", Keys.TAB);
        waitForServer(sales1);
        click(sales1, By.id("quote-save"));
        waitForNotification(sales1, "Line 1: The price after discount is below the lowest allowed price.");
        WebElement discount = element(sales1, "#quote-lines-editor .quote-line-discount");
        await(sales1).until(attributeToBe(discount, "invalid", "true"));
        assertThat(discount.getDomProperty("errorMessage"))
                .isEqualTo("The price after discount is below the lowest allowed price.");
        assertThat(URI.create(sales1.getCurrentUrl()).getPath()).isEqualTo("/quotes/new");

        lineField(sales1, "quote-line-discount", 0).sendKeys(Keys.chord(Keys.CONTROL, "a"), "25", Keys.TAB);
        waitForServer(sales1);
        click(sales1, By.id("quote-save"));
        waitForNotification(sales1, "created.");
        await(sales1).until(driver -> URI.create(driver.getCurrentUrl()).getPath().matches("/quotes/\\d+"));
        long quoteId = Long.parseLong(URI.create(sales1.getCurrentUrl()).getPath().substring("/quotes/".length()));
        quoteIds.add(quoteId);
        String label = await(sales1).until(visibilityOfElementLocated(By.id("quote-heading"))).getText();
        assertThat(label).matches("QT-\\d{4}-\\d+ v1");
        String number = label.substring(0, label.indexOf(' '));
        await(sales1).until(attributeToBe(STATUS, "data-status", "DRAFT"));
        // 4 × 1000 less 25 %: the server priced the line; 13 % tax on top.
        String currency = priceList.currency();
        await(sales1).until(textToBe(By.id("quote-total-gross"), currency + " 4,000.00"));
        assertThat(sales1.findElement(By.id("quote-total-net")).getText()).isEqualTo(currency + " 3,000.00");
        assertThat(sales1.findElement(By.id("quote-total-total")).getText()).isEqualTo(currency + " 3,390.00");
        // A salesperson does not see costs or margins.
        assertThat(sales1.findElements(By.id("quote-total-margin"))).isEmpty();

        click(sales1, By.id("quote-submit"));
        waitForNotification(sales1, "submitted: Pending approval");
        await(sales1).until(attributeToBe(STATUS, "data-status", "PENDING_APPROVAL"));
        await(sales1).until(textToBePresentInElementLocated(By.id("quote-pending"), "Sales supervisor"));
        assertThat(sales1.findElements(By.id("quote-editor"))).as("a submitted quote is not edited").isEmpty();
        assertThat(trailTexts(sales1)).contains("Submitted", "Approval required",
                "A line discount above 20 %: beyond the supervisor's limit");
        chromium.quit(sales1);

        // supervisor: the approval task is theirs.
        WebDriver supervisor = chromium.openAs("supervisor", "en-US", "/tasks");
        openTask(supervisor, number, "Approve quote (supervisor)");
        decide(supervisor, "Approve", "Fine for a first order.");
        chromium.quit(supervisor);

        // director: offered to the directors, claimed, then approved.
        WebDriver director = chromium.openAs("director", "en-US", "/tasks");
        await(director).until(elementToBeClickable(TAB_GROUP)).click();
        await(director).until(attributeToBe(TAB_GROUP, "aria-selected", "true"));
        openTask(director, number, "Approve quote (director)");
        click(director, CLAIM);
        waitForNotification(director, "The task is yours now.");
        decide(director, "Approve", "Approved as an exception.");
        chromium.quit(director);

        // sales1: approved, both approvals in the trail, and the PDF.
        sales1 = chromium.openAs("sales1", "en-US", "/quotes/" + quoteId);
        await(sales1).until(attributeToBe(STATUS, "data-status", "APPROVED"));
        assertThat(sales1.findElement(STATUS).getText()).isEqualTo("Approved");
        List<String> trail = trailTexts(sales1);
        assertThat(trail).contains("Sales supervisor", "Sales director", "Fine for a first order.",
                "Approved as an exception.", displayName("supervisor"), displayName("director"));
        assertThat(trail.stream().filter("Approved"::equals).count()).isEqualTo(2);
        assertThat(sales1.findElements(By.id("quote-send"))).hasSize(1);

        WebElement pdf = await(sales1).until(visibilityOfElementLocated(By.id("quote-pdf")));
        assertThat(pdf.getText()).contains("Download PDF");
        HttpResponse<byte[]> download = download(sales1, pdf.getDomProperty("href"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(new String(Arrays.copyOf(download.body(), 5), StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains(number + "-v1.pdf"));

        // The opportunity's quote list shows the one version.
        sales1.get(chromium.url("/quotes?opportunity=" + opportunityId));
        await(sales1).until(textToBe(By.id("quotes-total"), "1 in all"));
        await(sales1).until(textToBePresentInElementLocated(By.id("quotes-grid"), label));
    }

    @Test
    void sales1_hands_an_approved_quote_over_and_records_that_the_customer_rejected_it_for_its_price() {
        QuoteDetails approved = approvedQuote(opportunityOfSales1());
        WebDriver sales1 = chromium.openAs("sales1", "en-US", "/quotes/" + approved.id());
        await(sales1).until(attributeToBe(STATUS, "data-status", "APPROVED"));

        click(sales1, By.id("quote-send"));
        type(sales1, "send-note", "Given at the visit.");
        click(sales1, By.id("send-confirm"));
        waitForNotification(sales1, "is with the customer.");
        await(sales1).until(attributeToBe(STATUS, "data-status", "SENT"));
        assertThat(trailTexts(sales1)).contains("Sent to customer");

        // Rejected needs the reason: asked on the dialog's field before anything is stored.
        click(sales1, By.id("quote-rejected"));
        click(sales1, By.id("reject-confirm"));
        WebElement reason = element(sales1, "#reject-reason");
        await(sales1).until(attributeToBe(reason, "invalid", "true"));
        assertThat(reason.getDomProperty("errorMessage")).isEqualTo("Say why the customer rejected the quote.");
        choose(sales1, "reject-reason", "Price");
        type(sales1, "reject-note", "Cheaper offer from a competitor.");
        click(sales1, By.id("reject-confirm"));
        waitForNotification(sales1, "rejected by the customer.");
        await(sales1).until(attributeToBe(STATUS, "data-status", "REJECTED"));
        assertThat(sales1.findElement(By.id("quote-reject-reason")).getText())
                .isEqualTo("Price · Cheaper offer from a competitor.");
        assertThat(trailTexts(sales1)).contains("Rejected by customer");
        assertThat(sales1.findElements(By.id("quote-accepted"))).isEmpty();
    }

    @Test
    void a_new_version_of_a_sent_quote_is_a_draft_with_an_overall_discount_and_links_to_the_version_it_replaced() {
        QuoteDetails approved = approvedQuote(opportunityOfSales1());
        signIn("sales1");
        try {
            quotes.send(approved.id(), new SendForm(SendForm.SendMethod.HANDED, null, null));
        } finally {
            SecurityContextHolder.clearContext();
        }
        WebDriver sales1 = chromium.openAs("sales1", "en-US", "/quotes/" + approved.id());
        await(sales1).until(attributeToBe(STATUS, "data-status", "SENT"));

        click(sales1, By.id("quote-new-version"));
        waitForNotification(sales1, "v2 made");
        await(sales1).until(textToBe(By.id("quote-heading"), approved.summary().number() + " v2"));
        await(sales1).until(attributeToBe(STATUS, "data-status", "DRAFT"));
        quoteIds.add(Long.parseLong(URI.create(sales1.getCurrentUrl()).getPath().substring("/quotes/".length())));
        assertThat(lineField(sales1, "quote-line-quantity", 0).getDomProperty("value")).isEqualTo("2");

        type(sales1, "quote-header-discount", "5");
        click(sales1, By.id("quote-save"));
        waitForNotification(sales1, "v2 saved.");
        // 2 × 1000 less 5 % overall.
        String currency = priceList.currency();
        await(sales1).until(textToBe(By.id("quote-total-header-discount"), currency + " -100.00"));
        assertThat(sales1.findElement(By.id("quote-total-net")).getText()).isEqualTo(currency + " 1,900.00");
        assertThat(field(sales1, "quote-header-discount").getDomProperty("value")).isEqualTo("5");

        // The replaced version is a link in the versions list, and superseded.
        click(sales1, By.linkText(approved.summary().label()));
        await(sales1).until(textToBe(By.id("quote-heading"), approved.summary().label()));
        await(sales1).until(attributeToBe(STATUS, "data-status", "SUPERSEDED"));
        assertThat(sales1.findElements(By.id("quote-new-version"))).isEmpty();
    }

    // ---- browser helpers ----

    /** Scrolls the button to the middle of the window first: notifications cover the bottom corners. */
    private static void click(WebDriver browser, By button) {
        WebElement element = await(browser).until(visibilityOfElementLocated(button));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        await(browser).until(elementToBeClickable(element)).click();
    }

    private static WebElement element(WebDriver browser, String css) {
        return await(browser).until(visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** The input of a field in a line of the editor grid, by its class. */
    private static WebElement lineField(WebDriver browser, String className, int line) {
        By inputs = By.cssSelector("#quote-lines-editor ." + className + " > input");
        await(browser).until(driver -> driver.findElements(inputs).size() > line);
        return browser.findElements(inputs).get(line);
    }

    /** Types the product code into the line's combo box and picks the one match. */
    private static void pickProduct(WebDriver browser, int line, String code) {
        WebElement input = lineField(browser, "quote-line-product", line);
        input.click();
        input.sendKeys(code);
        await(browser).until(elementToBeClickable(By.xpath(
                "//vaadin-combo-box-item[starts-with(normalize-space(), '" + code + " ')]"))).click();
        await(browser).until(domPropertyToBe(input, "value", code + " · Browser test gearbox "
                + code.substring("QT-UI-".length()).toLowerCase()));
    }

    /** Searches the task list for the quote's number (its business key) and opens the one task. */
    private static void openTask(WebDriver browser, String number, String taskName) {
        type(browser, "tasks-search", number);
        await(browser).until(textToBe(TASKS_TOTAL, "1 in all"));
        By row = By.xpath("//vaadin-grid[@id='tasks-grid']/vaadin-grid-cell-content[normalize-space()='"
                + taskName + "']");
        // A click just as the list's poll replaces the grid's items opens nothing (TaskListView): click again.
        await(browser).pollingEvery(Duration.ofSeconds(2)).ignoring(WebDriverException.class).until(driver -> {
            if (URI.create(driver.getCurrentUrl()).getPath().startsWith("/tasks/")) {
                return true;
            }
            waitForServer(driver);
            driver.findElement(row).click();
            return false;
        });
        await(browser).until(textToBe(By.id("task-heading"), taskName));
        await(browser).until(visibilityOfElementLocated(TASK_FORM));
    }

    /** Picks the decision of the approve-quote form, writes the comment and completes the task. */
    private static void decide(WebDriver browser, String decision, String comment) {
        String option = "//*[@id='task-form-decision']/vaadin-radio-button[normalize-space()='" + decision + "']";
        await(browser).until(elementToBeClickable(By.xpath(option + "/label"))).click();
        await(browser).until(domPropertyToBe(browser.findElement(By.xpath(option)), "checked", "true"));
        type(browser, "task-form-comment", comment);
        click(browser, COMPLETE);
        waitForNotification(browser, "Task completed.");
        await(browser).until(driver -> "/tasks".equals(URI.create(driver.getCurrentUrl()).getPath()));
    }

    /** The texts of the approval trail's cells. */
    private static List<String> trailTexts(WebDriver browser) {
        await(browser).until(visibilityOfElementLocated(By.id("quote-trail")));
        waitForServer(browser);
        return browser.findElements(By.cssSelector("#quote-trail > vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    /** Fetches the link with the browser's session, as the browser's download would. */
    private static HttpResponse<byte[]> download(WebDriver browser, String href) throws IOException,
            InterruptedException {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(session).as("session cookie").isNotNull();
        HttpRequest request = HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    // ---- data ----

    private String displayName(String username) {
        return directory.findByUsername(username).map(UserSummary::displayName).orElse(username);
    }

    /** sales1's quote of the opportunity, one line of 2 without discount: approved at once on submit. */
    private QuoteDetails approvedQuote(long opportunityId) {
        signIn("sales1");
        try {
            QuoteDetails draft = quotes.create(new QuoteForm(opportunityId, priceList.id(),
                    List.of(new QuoteLineForm(productId, BigDecimal.valueOf(2), BigDecimal.ZERO)), null, null, null,
                    null, "en", null));
            quoteIds.add(draft.id());
            QuoteDetails submitted = quotes.submit(draft.id(), draft.summary().version());
            assertThat(submitted.status()).isEqualTo(QuoteStatus.APPROVED);
            return submitted;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A customer of sales1 (not a risk customer) with one opportunity in QUALIFICATION, named with the token. */
    private long opportunityOfSales1() {
        Http sales1 = Http.basic(port, "sales1", "demo");
        HttpResponse<String> customer = sales1.postJson("/api/customers", """
                {"type":"COMPANY","name":"Quote Customer %s","source":"REFERRAL","grade":"ORDINARY",
                 "lifecycle":"PROSPECT"}""".formatted(token));
        assertThat(customer.statusCode()).as(customer.body()).isEqualTo(201);
        HttpResponse<String> created = sales1.postJson("/api/opportunities", """
                {"customerId":%d,"name":"Quoted gearboxes %s","amount":"4000"}"""
                .formatted(body(customer).get("id").asLong(), token));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return body(created).get("id").asLong();
    }

    private JsonNode body(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
