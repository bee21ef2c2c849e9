package com.salesflow.customer;

import static com.salesflow.support.Browser.await;
import static com.salesflow.support.Browser.field;
import static com.salesflow.support.Browser.waitForGridSize;
import static com.salesflow.support.Browser.waitForNotification;
import static com.salesflow.support.Browser.waitForServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.support.Browser;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The credit tab in a real browser: finance records a survey and sees the suggestion; sales only reads. */
@IntegrationTest
class CreditBrowserIT {

    @RegisterExtension
    static final Browser chromium = new Browser();

    @LocalServerPort
    private int port;

    @Autowired
    private ObjectMapper json;

    @Test
    void finance_records_a_credit_survey_sees_the_suggestion_and_the_history_and_sales_only_reads_it() throws Exception {
        long id = createCustomer("Credit Browser " + Long.toString(System.nanoTime(), 36));

        WebDriver browser = chromium.openAs("finance", "en-US", "/customers/" + id);
        await(browser).until(elementToBeClickable(By.id("tab-credit"))).click();
        await(browser).until(textToBe(By.id("credit-rating-value"), "Not rated yet"));
        await(browser).until(elementToBeClickable(By.id("credit-survey"))).click();

        // Saving without answers shows what is missing and saves nothing.
        await(browser).until(elementToBeClickable(By.id("credit-survey-save"))).click();
        waitForServer(browser);
        assertThat(browser.findElement(By.id("credit-paymentRecord")).getAttribute("invalid")).isNotNull();

        answer(browser, "netAssets", "A");
        answer(browser, "totalAssets", "A");
        answer(browser, "prospects", "B");
        answer(browser, "paymentRecord", "A");
        field(browser, "credit-survey-note").sendKeys("Audited accounts");
        await(browser).until(elementToBeClickable(By.id("credit-survey-save"))).click();

        await(browser).until(textToBePresentInElementLocated(By.id("credit-survey-result"),
                "Rating A: credit limit ¥500,000.00, payment terms 60 days"));
        waitForNotification(browser, "Credit survey saved.");
        await(browser).until(elementToBeClickable(By.id("credit-survey-cancel"))).click();
        await(browser).until(invisibilityOfElementLocated(By.id("credit-survey-dialog")));
        assertThat(browser.findElement(By.id("credit-rating-value")).getText()).isEqualTo("A");
        assertThat(browser.findElement(By.id("credit-limit-value")).getText()).isEqualTo("¥500,000.00");
        assertThat(browser.findElement(By.id("credit-terms-value")).getText()).isEqualTo("60 days");
        waitForGridSize(browser, "credit-history", 1);

        // The customer's new version reached the page: the terms dialog saves without a conflict.
        await(browser).until(elementToBeClickable(By.id("credit-terms"))).click();
        field(browser, "credit-terms-days").sendKeys(org.openqa.selenium.Keys.chord(
                org.openqa.selenium.Keys.CONTROL, "a"), "45", org.openqa.selenium.Keys.TAB);
        await(browser).until(elementToBeClickable(By.id("credit-terms-save"))).click();
        await(browser).until(textToBe(By.id("credit-terms-value"), "45 days"));
        chromium.quit(browser);

        WebDriver sales = chromium.openAs("sales1", "en-US", "/customers/" + id);
        await(sales).until(elementToBeClickable(By.id("tab-credit"))).click();
        await(sales).until(textToBe(By.id("credit-rating-value"), "A"));
        waitForGridSize(sales, "credit-history", 1);
        assertThat(sales.findElements(By.id("credit-survey"))).isEmpty();
        assertThat(sales.findElements(By.id("credit-terms"))).isEmpty();
    }

    private static void answer(WebDriver browser, String question, String grade) {
        await(browser).until(elementToBeClickable(By.xpath("//*[@id='credit-" + question
                + "']//vaadin-radio-button[.//label[normalize-space()='" + grade + "']]//label"))).click();
    }

    private long createCustomer(String name) throws Exception {
        HttpResponse<String> response = Http.basic(port, "sales1", "demo").postJson("/api/customers", """
                {"type":"COMPANY","name":"%s","source":"REFERRAL","grade":"ORDINARY","lifecycle":"PROSPECT"}"""
                .formatted(name));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asLong();
    }
}
