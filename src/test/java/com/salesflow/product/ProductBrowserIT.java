package com.salesflow.product;

import static com.salesflow.support.Browser.await;
import static com.salesflow.support.Browser.type;
import static com.salesflow.support.Browser.waitForGridSize;
import static com.salesflow.support.Browser.waitForNotification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.salesflow.support.Browser;
import com.salesflow.support.IntegrationTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The catalogue screens in a real browser: an administrator adds a product; a salesperson only looks things up. */
@IntegrationTest
class ProductBrowserIT {

    @RegisterExtension
    static final Browser chromium = new Browser();

    @Test
    void an_administrator_creates_a_product_and_finds_it_in_the_catalogue() {
        String code = "B-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        WebDriver browser = chromium.openAs("admin", "en-US", "/products");
        assertThat(browser.findElement(By.id("main-nav")).getText()).contains("Products", "Price lists");

        await(browser).until(elementToBeClickable(By.id("new-product"))).click();
        type(browser, "product-code", code);
        type(browser, "product-name-en", "Browser gearbox");
        type(browser, "product-name-zh", "浏览器减速机");
        type(browser, "product-unit", "台");
        type(browser, "product-list-price", "2500");
        type(browser, "product-cost", "1800");
        await(browser).until(elementToBeClickable(By.id("save-product"))).click();
        waitForNotification(browser, "Product " + code + " saved.");

        type(browser, "products-search", code);
        waitForGridSize(browser, "products-grid", 1);
        assertThat(browser.findElement(By.id("products-grid")).getText()).contains(code, "Browser gearbox",
                "2,500.00", "13%");
    }

    @Test
    void a_salesperson_reads_products_and_price_lists_without_ways_to_change_them() {
        WebDriver browser = chromium.openAs("sales1", "en-US", "/products");
        await(browser).until(visibilityOfElementLocated(By.id("products-grid")));
        assertThat(browser.findElements(By.id("new-product"))).isEmpty();
        assertThat(browser.findElements(By.id("import-products"))).isEmpty();

        browser.get(chromium.url("/price-lists"));
        await(browser).until(visibilityOfElementLocated(By.id("price-lists-grid")));
        // Other tests add price lists to the shared database: search for the demo's list of last year.
        type(browser, "price-lists-search", (java.time.LocalDate.now().getYear() - 1) + " Standard");
        await(browser).until(driver -> driver.findElement(By.id("price-lists-grid")).getText().contains("Expired"));
        assertThat(browser.findElements(By.id("new-price-list"))).isEmpty();
    }
}
