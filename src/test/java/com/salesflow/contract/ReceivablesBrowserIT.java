package com.salesflow.contract;

import static com.salesflow.support.Browser.await;
import static com.salesflow.support.Browser.type;
import static com.salesflow.support.Browser.waitForGridSize;
import static com.salesflow.support.Browser.waitForServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import com.salesflow.support.Browser;
import com.salesflow.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The receivables page in a real browser: the aging bars carry their figures, and a click on one lists its bucket. */
@IntegrationTest
class ReceivablesBrowserIT {

    @RegisterExtension
    static final Browser chromium = new Browser();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private ReceivablesRows rows;
    private String prefix;
    private long contract;

    @BeforeEach
    void seed() {
        String token = Long.toString(System.nanoTime() % 2_000_000_000L, 36).toUpperCase();
        rows = new ReceivablesRows(jdbc, token);
        prefix = "HT-" + token;
        LocalDate today = LocalDate.now(clock);
        long customer = rows.customer("Receivables Browser Customer " + token, "sales1");
        contract = rows.contract(customer, "sales1", "CNY");
        rows.instalment(contract, 1, today.plusDays(20), "1000.00", "0.00", "OPEN");
        rows.instalment(contract, 2, today.minusDays(10), "2000.00", "500.00", "OPEN");
        rows.instalment(contract, 3, today.minusDays(120), "4000.00", "0.00", "OPEN");
    }

    @AfterEach
    void cleanUp() {
        rows.cleanUp();
    }

    @Test
    void finance_clicks_an_aging_bucket_and_opens_the_contract_of_an_instalment() {
        WebDriver browser = chromium.openAs("finance", "en", "/receivables");
        await(browser).until(textToBePresentInElementLocated(By.id("receivables-heading"), "Receivables"));
        type(browser, "receivables-search", prefix);
        await(browser).until(attributeContains(By.id("receivables-export-csv"), "href", "&q=" + prefix));
        waitForGridSize(browser, "receivables-grid", 3);
        await(browser).until(textToBePresentInElementLocated(By.id("receivables-bar-CNY-DAYS_1_30"),
                "1 open · CNY 1,500.00"));
        assertThat(browser.findElement(By.id("receivables-bar-CNY-OVER_90")).getText())
                .contains("Over 90 days overdue", "CNY 4,000.00");
        assertThat(browser.findElement(By.id("receivables-export-csv")).getAttribute("href"))
                .contains("api/receivables/export?format=csv&q=" + prefix);

        browser.findElement(By.id("receivables-bar-CNY-OVER_90")).click();
        await(browser).until(attributeContains(By.id("receivables-export-csv"), "href", "&bucket=OVER_90"));
        waitForGridSize(browser, "receivables-grid", 1);

        waitForServer(browser);
        browser.findElement(By.xpath("//vaadin-grid-cell-content[normalize-space()='" + prefix + "-1']")).click();
        await(browser).until(urlContains("contracts/" + contract));
    }

    @Test
    void the_page_speaks_chinese_to_a_chinese_browser() {
        WebDriver browser = chromium.openAs("sales1", "zh-CN", "/receivables");
        await(browser).until(textToBePresentInElementLocated(By.id("receivables-heading"), "应收账款"));
        type(browser, "receivables-search", prefix);
        await(browser).until(textToBePresentInElementLocated(By.id("receivables-bar-CNY-CURRENT"), "未到期"));
        assertThat(browser.findElement(By.id("receivables-bar-CNY-DAYS_1_30")).getText()).contains("逾期 1–30 天");
    }
}
