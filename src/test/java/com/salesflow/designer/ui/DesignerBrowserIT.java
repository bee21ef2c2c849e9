package com.salesflow.designer.ui;

import static com.salesflow.support.Browser.await;
import static com.salesflow.support.Browser.type;
import static com.salesflow.support.Browser.waitForGridSize;
import static com.salesflow.support.Browser.waitForNotification;
import static com.salesflow.support.Browser.waitForServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.designer.Designer;
import com.salesflow.designer.ModelDetails;
import com.salesflow.designer.ModelKind;
import com.salesflow.designer.SaveDraft;
import com.salesflow.product.PriceListForm;
import com.salesflow.product.PriceListSummary;
import com.salesflow.product.PriceLists;
import com.salesflow.product.ProductForm;
import com.salesflow.product.Products;
import com.salesflow.quote.ApprovalLevel;
import com.salesflow.quote.QuoteDetails;
import com.salesflow.quote.QuoteForm;
import com.salesflow.quote.QuoteLineForm;
import com.salesflow.quote.QuoteStatus;
import com.salesflow.quote.Quotes;
import com.salesflow.support.Browser;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The Designer in a real browser: {@code designer} finds {@code quote-approval-level} in the list, lowers the
 * salesperson's line-discount limit from 10 % to 5 % in the dmn-js table, tries it on past decisions (what-if),
 * compares it with the deployed version and deploys it with a comment; a quote with 8 % that needed no approval
 * before now waits for the supervisor. A repository model written back by bpmn-js passes validation, and a draft
 * with a script task shows the problem on its element. The
 * table is restored afterwards (rolled back), so the other tests see the repository's rules.
 */
@IntegrationTest
class DesignerBrowserIT {

    @RegisterExtension
    static final Browser chromium = new Browser();

    private static final String TABLE = "quote-approval-level.dmn";
    private static final String CELL = "rule-line-discount-supervisor-max-line-discount";

    @LocalServerPort
    int port;

    @Autowired
    Designer designer;

    @Autowired
    Quotes quotes;

    @Autowired
    Products products;

    @Autowired
    PriceLists priceLists;

    @Autowired
    UserDetailsService users;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    private final String token = "d" + Long.toString(System.nanoTime(), 36);
    private final List<Long> quoteIds = new ArrayList<>();
    private long productId;
    private PriceListSummary priceList;
    private int tableVersionBefore;

    @BeforeEach
    void catalogue() {
        signIn("admin");
        try {
            ProductForm product = new ProductForm();
            product.setCode("DS-UI-" + token.toUpperCase());
            product.setNameEn("Designer test pump " + token);
            product.setNameZh("设计器测试泵 " + token);
            product.setUnit("pc");
            product.setListPrice(new BigDecimal("1000.00"));
            product.setCost(new BigDecimal("500.00"));
            productId = products.create(product).id();
            PriceListForm list = new PriceListForm();
            list.setName("Designer browser test " + token);
            list.setValidFrom(LocalDate.now().minusDays(1));
            priceList = priceLists.create(list);
            priceLists.addItem(priceList.id(), productId, new BigDecimal("1000.00"));
            signIn("designer");
            tableVersionBefore = designer.open(TABLE).summary().deployedVersion();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @AfterEach
    void restoreTheTableAndEndTheQuotes() {
        signIn("designer");
        try {
            if (designer.open(TABLE).summary().deployedVersion() != tableVersionBefore) {
                designer.rollback(TABLE, tableVersionBefore, "DesignerBrowserIT restores the repository's rules");
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        for (long quoteId : quoteIds) {
            for (String instanceId : jdbc.queryForList("select process_instance_id from sf_quote where id = ? and "
                    + "process_instance_id is not null", String.class, quoteId)) {
                if (runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0) {
                    runtime.deleteProcessInstance(instanceId, "DesignerBrowserIT clean-up");
                }
            }
        }
    }

    @Test
    void designer_lowers_a_threshold_in_the_browser_deploys_it_and_a_new_quote_follows_the_new_rule() {
        assertThat(submittedQuote("8").status()).as("8 % needs nobody under the repository's rules")
                .isEqualTo(QuoteStatus.APPROVED);

        WebDriver browser = chromium.openAs("designer", "en-US", "/designer");
        type(browser, "designer-search", "quote-approval-level");
        waitForGridSize(browser, "designer-grid", 1);
        await(browser).until(elementToBeClickable(By.cssSelector("#designer-grid a[data-file='" + TABLE + "']")))
                .click();
        await(browser).until(presenceOfElementLocated(By.cssSelector("#model-editor[data-import-ms]")));
        WebElement cell = await(browser).until(visibilityOfElementLocated(By.cssSelector(
                "td[data-element-id='" + CELL + "']")));
        assertThat(cell.getText()).contains("> 10");

        // A focused cell becomes a FEEL editor (CodeMirror), which puts the caret first whenever the table takes in a
        // change: End before every key, as the number is edited at its end.
        cell.click();
        feelEditor(browser, cell).click();
        new Actions(browser).sendKeys(Keys.END, Keys.BACK_SPACE).pause(Duration.ofMillis(300))
                .sendKeys(Keys.END, Keys.BACK_SPACE).pause(Duration.ofMillis(300))
                .sendKeys(Keys.END, "5").pause(Duration.ofMillis(300)).perform();
        await(browser).until(driver -> cell.getText().strip().equals("> 5"));
        browser.findElement(By.id("model-title")).click();
        await(browser).until(attributeToBe(By.id("model-state"), "data-dirty", "true"));

        // What-if on the decisions the demo quotes and this test made.
        await(browser).until(elementToBeClickable(By.id("model-what-if"))).click();
        WebElement headline = await(browser).until(visibilityOfElementLocated(By.id("what-if-headline")));
        assertThat(Integer.parseInt(headline.getAttribute("data-replayed"))).isPositive();
        assertThat(Integer.parseInt(headline.getAttribute("data-changed"))).as("at least this test's 8 % quote")
                .isPositive();
        closeDialog(browser, "what-if-dialog");

        await(browser).until(elementToBeClickable(By.id("model-compare"))).click();
        await(browser).until(textToBePresentInElementLocated(By.id("compare-summary"), "0 added, 1 changed, 0 removed"));
        closeDialog(browser, "compare-dialog");

        await(browser).until(elementToBeClickable(By.id("model-deploy"))).click();
        type(browser, "deploy-comment", "Supervisor approves line discounts above 5 %");
        await(browser).until(elementToBeClickable(By.id("deploy-confirm"))).click();
        waitForNotification(browser, "Version " + (tableVersionBefore + 1) + " deployed");
        await(browser).until(attributeToBe(By.id("model-state"), "data-dirty", "false"));

        QuoteDetails after = submittedQuote("8");
        assertThat(after.status()).isEqualTo(QuoteStatus.PENDING_APPROVAL);
        assertThat(after.approvalsPending()).containsExactly(ApprovalLevel.SUPERVISOR);
        signIn("designer");
        try {
            ModelDetails table = designer.open(TABLE);
            assertThat(table.versions().get(0).comment()).isEqualTo("Supervisor approves line discounts above 5 %");
            assertThat(table.versions().get(0).deployedBy()).isEqualTo("designer");
            assertThat(table.deployedContent()).contains("<text>&gt; 5</text>");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_model_as_the_modeler_writes_it_passes_and_a_script_task_is_marked_on_its_element() {
        // quote-approval.bpmn as bpmn-js (the library inside Camunda Modeler) writes it back: nothing to fix.
        WebDriver repository = chromium.openAs("designer", "en-US", "/designer/quote-approval.bpmn");
        await(repository).until(presenceOfElementLocated(By.cssSelector("#model-editor[data-import-ms]")));
        await(repository).until(elementToBeClickable(By.id("model-validate"))).click();
        waitForNotification(repository, "No problems: the model may be deployed.");
        chromium.quit(repository);

        String key = "browser-" + token;
        signIn("designer");
        try {
            designer.saveDraft(new SaveDraft(key + ".bpmn", ModelTemplates.of(ModelKind.BPMN, key)
                    .replace("<bpmn:userTask id=\"task\" name=\"Do the work\" camunda:candidateGroups=\"sales\">",
                            "<bpmn:scriptTask id=\"task\" name=\"Run a script\" scriptFormat=\"groovy\">")
                    .replace("</bpmn:userTask>", "<bpmn:script>1</bpmn:script></bpmn:scriptTask>"), null));
        } finally {
            SecurityContextHolder.clearContext();
        }
        WebDriver browser = chromium.openAs("designer", "en-US", "/designer/" + key + ".bpmn");
        await(browser).until(presenceOfElementLocated(By.cssSelector("#model-editor[data-import-ms]")));
        assertThat(browser.findElements(By.cssSelector(".bio-properties-panel, .bio-properties-panel-container")))
                .as("the Camunda properties panel").isNotEmpty();

        await(browser).until(elementToBeClickable(By.id("model-validate"))).click();
        await(browser).until(textToBePresentInElementLocated(By.id("model-problems"),
                "Scripts are not allowed"));
        await(browser).until(presenceOfElementLocated(By.cssSelector(".sf-problem[data-element-id='task']")));

        await(browser).until(elementToBeClickable(By.id("model-deploy"))).click();
        waitForNotification(browser, "must be fixed before deploying");
        waitForServer(browser);
        assertThat(browser.findElements(By.id("deploy-comment"))).as("no deploy dialog").isEmpty();
    }

    private static WebElement feelEditor(WebDriver browser, WebElement cell) {
        return await(browser).until(driver -> cell.findElements(By.cssSelector(".cm-content")).stream().findFirst()
                .orElse(null));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Escape, as the dialog's Close button may sit under the development-mode notice in the corner. */
    private void closeDialog(WebDriver browser, String id) {
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        await(browser).until(driver -> ((JavascriptExecutor) driver).executeScript(
                "const d = document.getElementById(arguments[0]); return !d || !d.opened;", id).equals(Boolean.TRUE));
    }

    /** A quote of sales1 at a new opportunity, one line of 2 with that discount, submitted. */
    private QuoteDetails submittedQuote(String discount) {
        long opportunityId = opportunityOfSales1();
        signIn("sales1");
        try {
            QuoteDetails draft = quotes.create(new QuoteForm(opportunityId, priceList.id(),
                    List.of(new QuoteLineForm(productId, BigDecimal.valueOf(2), new BigDecimal(discount))), null,
                    null, null, null, "en", null));
            quoteIds.add(draft.id());
            return quotes.submit(draft.id(), draft.summary().version());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long opportunityOfSales1() {
        Http sales1 = Http.basic(port, "sales1", "demo");
        HttpResponse<String> customer = sales1.postJson("/api/customers", """
                {"type":"COMPANY","name":"Designer Customer %s %d","source":"REFERRAL","grade":"ORDINARY",
                 "lifecycle":"PROSPECT"}""".formatted(token, System.nanoTime() % 100_000));
        assertThat(customer.statusCode()).as(customer.body()).isEqualTo(201);
        HttpResponse<String> created = sales1.postJson("/api/opportunities", """
                {"customerId":%d,"name":"Pumps %s","amount":"2000"}"""
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
