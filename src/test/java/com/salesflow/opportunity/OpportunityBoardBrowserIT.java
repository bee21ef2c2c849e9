package com.salesflow.opportunity;

import static com.salesflow.support.Browser.await;
import static com.salesflow.support.Browser.choose;
import static com.salesflow.support.Browser.type;
import static com.salesflow.support.Browser.waitForNotification;
import static com.salesflow.support.Browser.waitForServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.support.Browser;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pipeline board in a real browser: a salesperson drags a card to another stage and it is saved; a drag to Lost
 * asks for the reason first.
 */
@IntegrationTest
class OpportunityBoardBrowserIT {

    @RegisterExtension
    static final Browser chromium = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private JsonNode body(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    /** A customer of sales1 with one opportunity in QUALIFICATION, named with the token. */
    private long opportunity(String token) {
        Http sales1 = Http.basic(port, "sales1", "demo");
        HttpResponse<String> customer = sales1.postJson("/api/customers", """
                {"type":"COMPANY","name":"Board Customer %s","source":"REFERRAL","grade":"ORDINARY",
                 "lifecycle":"PROSPECT"}""".formatted(token));
        assertThat(customer.statusCode()).as(customer.body()).isEqualTo(201);
        HttpResponse<String> created = sales1.postJson("/api/opportunities", """
                {"customerId":%d,"name":"Board deal %s","amount":"88000"}"""
                .formatted(body(customer).get("id").asLong(), token));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return body(created).get("id").asLong();
    }

    private JsonNode read(long id) {
        return body(Http.basic(port, "sales1", "demo").get("/api/opportunities/" + id));
    }

    /**
     * HTML5 drag and drop as the browser fires it (Selenium's mouse actions do not start a native drag in Chromium):
     * dragstart on the card, dragenter, dragover and drop on the column, dragend on the card. The elements are looked
     * up when the drag starts, as the board re-renders its cards after every change.
     */
    private static void drag(WebDriver browser, long id, String stage) {
        waitForServer(browser);
        await(browser).until(visibilityOfElementLocated(By.id("opportunity-card-" + id)));
        ((JavascriptExecutor) browser).executeScript("""
                const source = document.getElementById(arguments[0]);
                const target = document.getElementById(arguments[1]);
                const transfer = new DataTransfer();
                const fire = (element, type) => element.dispatchEvent(new DragEvent(type,
                        {bubbles: true, cancelable: true, composed: true, dataTransfer: transfer}));
                fire(source, 'dragstart');
                fire(target, 'dragenter');
                fire(target, 'dragover');
                fire(target, 'drop');
                fire(source, 'dragend');
                """, "opportunity-card-" + id, "pipeline-column-" + stage);
    }

    private static By cardIn(String stage, long id) {
        return By.cssSelector("#pipeline-column-" + stage + " #opportunity-card-" + id);
    }

    @Test
    void a_salesperson_drags_a_card_to_another_stage_and_to_lost_with_a_reason() {
        String token = "b" + Long.toString(System.nanoTime(), 36);
        long id = opportunity(token);
        WebDriver browser = chromium.openAs("sales1", "en-US", "/pipeline");
        await(browser).until(visibilityOfElementLocated(By.id("pipeline-board")));
        type(browser, "pipeline-search", token);
        waitForServer(browser);
        WebElement card = await(browser).until(visibilityOfElementLocated(cardIn("QUALIFICATION", id)));
        assertThat(card.getText()).contains("Board deal " + token, "Board Customer " + token, "10 %");
        await(browser).until(textToBePresentInElementLocated(By.id("pipeline-total-QUALIFICATION"), "1 ·"));

        drag(browser, id, "PROPOSAL");
        waitForNotification(browser, "moved to Proposal");
        card = await(browser).until(visibilityOfElementLocated(cardIn("PROPOSAL", id)));
        assertThat(card.getText()).contains("50 %");
        JsonNode saved = read(id);
        assertThat(saved.get("stage").asText()).isEqualTo("PROPOSAL");
        assertThat(saved.get("probability").asInt()).isEqualTo(50);

        // Lost asks why; cancelling leaves the card where it was.
        drag(browser, id, "LOST");
        await(browser).until(elementToBeClickable(By.id("loss-cancel"))).click();
        waitForServer(browser);
        assertThat(read(id).get("stage").asText()).isEqualTo("PROPOSAL");

        await(browser).until(visibilityOfElementLocated(cardIn("PROPOSAL", id)));
        drag(browser, id, "LOST");
        choose(browser, "loss-reason", "Lost to a competitor");
        browser.findElement(By.id("loss-confirm")).click();
        waitForNotification(browser, "moved to Lost");
        await(browser).until(presenceOfElementLocated(cardIn("LOST", id)));
        saved = read(id);
        assertThat(saved.get("stage").asText()).isEqualTo("LOST");
        assertThat(saved.get("lossReason").asText()).isEqualTo("COMPETITOR");
    }

    @Test
    void the_board_speaks_chinese_to_a_chinese_browser() {
        WebDriver browser = chromium.openAs("sales3", "zh-CN", "/pipeline");
        await(browser).until(textToBePresentInElementLocated(By.id("pipeline-heading"), "销售漏斗"));
        assertThat(browser.findElement(By.id("pipeline-column-QUALIFICATION")).getText()).contains("资格确认");
        assertThat(browser.findElement(By.id("pipeline-column-LOST")).getText()).contains("输单");
        // The demo gave sales3 a pipeline; none of sales1's cards show.
        assertThat(browser.findElements(By.cssSelector(".opportunity-card"))).isNotEmpty();
    }
}
