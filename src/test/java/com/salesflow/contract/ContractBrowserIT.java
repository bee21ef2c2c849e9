package com.salesflow.contract;

import static com.salesflow.support.Browser.await;
import static com.salesflow.support.Browser.waitForGridSize;
import static com.salesflow.support.Browser.waitForNotification;
import static com.salesflow.support.Browser.waitForServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.support.Browser;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A contract from draft to signature in a real browser: sales1 finds the contract of their accepted quote by the
 * quote's address, splits the payment plan into two instalments (refused while they do not add up to the total),
 * submits it; the approval steps are completed in the task list's API by their approvers; sales1 signs with an
 * uploaded PDF and sees the contract signed with its order. The catalogue, customer and quote are the test's own.
 * Skipped where Chromium is not installed, except on CI.
 */
@IntegrationTest
class ContractBrowserIT {

    @RegisterExtension
    static final Browser chromium = new Browser();

    private static final Map<String, String> APPROVERS = Map.of("finance-review", "finance", "legal-review", "legal",
            "approve-supervisor", "supervisor", "approve-director", "director");
    private static final By STATUS = By.id("contract-status");

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    TaskService engineTasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    private final String token = "c" + Long.toString(System.nanoTime(), 36);
    private Long contractId;
    private Path pdf;

    /** The signed contract's process waits for deliveries and payments: ended, as other browser tests end theirs. */
    @AfterEach
    void cleanUp() throws IOException {
        if (contractId != null) {
            for (String instance : jdbc.queryForList("select process_instance_id from sf_contract where id = ? and "
                    + "process_instance_id is not null", String.class, contractId)) {
                if (runtime.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
                    runtime.deleteProcessInstance(instance, "ContractBrowserIT clean-up");
                }
            }
        }
        if (pdf != null) {
            Files.deleteIfExists(pdf);
        }
    }

    @Test
    void sales1_splits_the_payment_plan_submits_and_after_the_approvals_signs_with_an_uploaded_pdf() throws Exception {
        long quoteId = acceptedQuoteOfSales1();
        JsonNode contract = body(Http.basic(port, "sales1", "demo").get("/api/contracts?q=" + token))
                .get("items").get(0);
        contractId = contract.get("id").asLong();
        String label = contract.get("number").asText() + " v" + contract.get("versionNo").asInt();
        BigDecimal total = new BigDecimal(contract.get("total").asText());

        // The quote's address leads to its contract.
        WebDriver sales1 = chromium.openAs("sales1", "en-US", "/contracts");
        sales1.get(chromium.url("/contracts?quote=" + quoteId));
        await(sales1).until(driver -> URI.create(driver.getCurrentUrl()).getPath().equals("/contracts/" + contractId));
        await(sales1).until(textToBePresentInElementLocated(By.id("contract-heading"), label));
        await(sales1).until(attributeToBe(STATUS, "data-status", "DRAFT"));
        assertThat(sales1.findElement(By.id("contract-quote")).getDomProperty("href")).endsWith("/quotes/" + quoteId);
        assertThat(sales1.findElement(By.id("contract-total-total")).getText()).endsWith("678.00");

        // The plan: half now; saving is refused until the second instalment brings the sum to the total.
        click(sales1, By.id("contract-plan"));
        await(sales1).until(visibilityOfElementLocated(By.id("plan-sum")));
        BigDecimal half = total.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN);
        WebElement firstAmount = rowInput(sales1, "plan-amount", 0);
        firstAmount.sendKeys(Keys.chord(Keys.CONTROL, "a"), half.toPlainString(), Keys.TAB);
        waitForServer(sales1);
        await(sales1).until(attributeToBe(By.id("plan-sum"), "data-balanced", "false"));
        click(sales1, By.id("plan-dialog-confirm"));
        await(sales1).until(textToBePresentInElementLocated(By.id("plan-error"), "must add up to the total"));

        click(sales1, By.id("plan-add"));
        await(sales1).until(driver -> driver.findElements(By.cssSelector("#plan-rows .plan-amount")).size() == 2);
        await(sales1).until(attributeToBe(By.id("plan-sum"), "data-balanced", "true"));
        setValue(sales1, sales1.findElements(By.cssSelector("#plan-rows .plan-due")).get(1),
                LocalDate.now().plusDays(90).toString());
        click(sales1, By.id("plan-dialog-confirm"));
        waitForNotification(sales1, label);
        await(sales1).until(driver -> driver.findElements(By.id("plan-dialog")).isEmpty());
        waitForGridSize(sales1, "contract-plan-grid", 2);

        click(sales1, By.id("contract-submit"));
        await(sales1).until(driver -> List.of("IN_APPROVAL", "APPROVED")
                .contains(driver.findElement(STATUS).getDomAttribute("data-status")));
        chromium.quit(sales1);

        approveAll();

        // Signed with the uploaded copy: the order is there.
        pdf = Files.createTempFile("signed-" + token, ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        sales1 = chromium.openAs("sales1", "en-US", "/contracts/" + contractId);
        await(sales1).until(attributeToBe(STATUS, "data-status", "APPROVED"));
        click(sales1, By.id("contract-sign"));
        WebElement upload = await(sales1).until(visibilityOfElementLocated(By.id("sign-upload")));
        SearchContext shadow = upload.getShadowRoot();
        WebElement input = shadow.findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(pdf.toAbsolutePath().toString());
        await(sales1).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return arguments[0].files.length === 1 && arguments[0].files[0].complete === true;", upload)));
        waitForServer(sales1);
        click(sales1, By.id("sign-dialog-confirm"));
        await(sales1).until(attributeToBe(STATUS, "data-status", "SIGNED"));
        assertThat(sales1.findElement(STATUS).getText()).isEqualTo("Signed");
        await(sales1).until(visibilityOfElementLocated(By.id("contract-order")));
        assertThat(sales1.findElement(By.id("contract-order-number")).getText()).isNotBlank();
        assertThat(sales1.findElement(By.id("contract-signed-copy")).getText()).contains("Signed copy");
        assertThat(sales1.findElements(By.id("contract-sign"))).isEmpty();
    }

    // ---- browser helpers ----

    /** Scrolls the element to the middle of the window first: notifications cover the bottom corners. */
    private static void click(WebDriver browser, By button) {
        WebElement element = await(browser).until(visibilityOfElementLocated(button));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        await(browser).until(elementToBeClickable(element)).click();
    }

    /** The input of a field in a row of the plan dialog, by its class. */
    private static WebElement rowInput(WebDriver browser, String className, int row) {
        By inputs = By.cssSelector("#plan-rows ." + className + " > input");
        await(browser).until(driver -> driver.findElements(inputs).size() > row);
        return browser.findElements(inputs).get(row);
    }

    /** Sets a date picker's ISO value and fires change, as picking one does. */
    private static void setValue(WebDriver browser, WebElement field, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));", field, value);
        waitForServer(browser);
    }

    // ---- data ----

    /** Completes each approval step the process waits at with APPROVE, as its approver, through the task API. */
    private void approveAll() {
        String processId = jdbc.queryForObject("select process_instance_id from sf_contract where id = ?",
                String.class, contractId);
        for (int step = 0; step < 6; step++) {
            JsonNode now = body(Http.basic(port, "sales1", "demo").get("/api/contracts/" + contractId));
            if (!"IN_APPROVAL".equals(now.get("summary").get("status").asText())) {
                assertThat(now.get("summary").get("status").asText()).isEqualTo("APPROVED");
                return;
            }
            Task task = engineTasks.createTaskQuery().processInstanceId(processId).singleResult();
            String approver = APPROVERS.get(task.getTaskDefinitionKey());
            assertThat(approver).as("who approves " + task.getTaskDefinitionKey()).isNotNull();
            Http as = Http.basic(port, approver, "demo");
            if (task.getAssignee() == null) {
                assertThat(as.postJson("/api/tasks/" + task.getId() + "/claim", "{}").statusCode()).isEqualTo(200);
            }
            HttpResponse<String> done = as.postJson("/api/tasks/" + task.getId() + "/complete",
                    "{\"decision\":\"APPROVE\",\"comment\":\"Approved in the browser test.\"}");
            assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        }
        throw new AssertionError("still in approval after six steps");
    }

    /** A quote of 4 × 150 without discount (approved at once) that sales1's new customer accepted. */
    private long acceptedQuoteOfSales1() {
        Http admin = Http.basic(port, "admin", "demo");
        String code = "CT-UI-" + token.toUpperCase();
        long productId = created(admin.postJson("/api/products", """
                {"code":"%s","nameEn":"Browser test pump %s","nameZh":"浏览器测试泵 %s","unit":"pc","listPrice":"150.00",
                 "cost":"70.00","taxRate":"0.13","currency":"CNY"}""".formatted(code, token, token)));
        long priceListId = created(admin.postJson("/api/price-lists", """
                {"name":"Contract browser test %s","currency":"CNY","validFrom":"%s"}""".formatted(token,
                LocalDate.now().minusDays(1))));
        HttpResponse<String> item = admin.postJson("/api/price-lists/" + priceListId + "/items",
                "{\"productId\":%d,\"unitPrice\":\"150.00\"}".formatted(productId));
        assertThat(item.statusCode()).as(item.body()).isBetween(200, 201);

        Http sales1 = Http.basic(port, "sales1", "demo");
        long customerId = created(sales1.postJson("/api/customers", """
                {"type":"COMPANY","name":"Contract Customer %s","source":"REFERRAL","grade":"ORDINARY",
                 "lifecycle":"PROSPECT"}""".formatted(token)));
        long opportunityId = created(sales1.postJson("/api/opportunities", """
                {"customerId":%d,"name":"Pumps %s","amount":"600"}""".formatted(customerId, token)));
        HttpResponse<String> draft = sales1.postJson("/api/quotes", """
                {"opportunityId":%d,"priceListId":%d,"lines":[{"productId":%d,"quantity":"4","discountPercent":"0"}],
                 "language":"en"}""".formatted(opportunityId, priceListId, productId));
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        long quoteId = body(draft).get("summary").get("id").asLong();
        HttpResponse<String> submitted = sales1.postJson("/api/quotes/" + quoteId + "/submit",
                "{\"version\":%d}".formatted(body(draft).get("summary").get("version").asLong()));
        assertThat(body(submitted).get("summary").get("status").asText()).as(submitted.body()).isEqualTo("APPROVED");
        assertThat(sales1.postJson("/api/quotes/" + quoteId + "/send", "{\"method\":\"HANDED\"}").statusCode())
                .isEqualTo(200);
        assertThat(sales1.postJson("/api/quotes/" + quoteId + "/accept", "{}").statusCode()).isEqualTo(200);
        return quoteId;
    }

    private long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return body(response).get("id").asLong();
    }

    private JsonNode body(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }
}
