package com.salesflow.insight;

import static com.salesflow.support.Browser.await;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import com.salesflow.support.Browser;
import com.salesflow.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The Insight page: a supervisor starts a run and sees it finish and the trend; a customer's history by link. */
@IntegrationTest
class InsightBrowserIT {

    @RegisterExtension
    static final Browser chromium = new Browser();

    @Autowired
    InsightFixtures fixtures;

    @Test
    void a_supervisor_starts_a_run_and_watches_it_finish_then_reads_a_customers_history_in_chinese() {
        long customer = fixtures.customer("Browser Buyer " + InsightFixtures.unique());
        fixtures.order(customer, LocalDate.now().minusDays(3), new BigDecimal("10.00"), 1);

        WebDriver browser = chromium.openAs("supervisor", "en", "/insight");
        await(browser).until(textToBePresentInElementLocated(By.id("insight-heading"), "Insight"));
        // Other tests' runs may be on screen already: wait for this run's line ("Run N started …: done").
        String before = browser.findElement(By.id("insight-run-state")).getText().split(" started")[0];
        browser.findElement(By.id("insight-start")).click();
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(driver -> {
            String line = driver.findElement(By.id("insight-run-state")).getText();
            return line.contains("done") && !line.split(" started")[0].equals(before);
        });
        await(browser).until(presenceOfElementLocated(By.cssSelector("#insight-trend vaadin-horizontal-layout")));
        chromium.quit(browser);

        // From the customer page, as the owner's supervisor would, in a Chinese browser (sales1 chose English in
        // ShellBrowserIT, and a chosen language wins over the browser's).
        WebDriver chinese = chromium.openAs("supervisor", "zh-CN", "/customers/" + customer);
        await(chinese).until(elementToBeClickable(By.id("customer-class-history"))).click();
        await(chinese).until(textToBePresentInElementLocated(By.id("insight-history"), "新客户"));
    }
}
