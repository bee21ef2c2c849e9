package com.salesflow.complaint;

import static com.salesflow.support.Browser.await;
import static com.salesflow.support.Browser.choose;
import static com.salesflow.support.Browser.type;
import static com.salesflow.support.Browser.waitForServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.salesflow.support.Browser;
import com.salesflow.support.IntegrationTest;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A complaint through the screens: service follows the customer page's link to the customer's complaints, registers
 * one (refused without a description), takes it, resolves it and records that the customer is satisfied; the
 * complaint is closed within its SLA and the repurchase chart shows ours next to the seed's figures.
 * Skipped where Chromium is not installed, except on CI.
 */
@IntegrationTest
class ComplaintBrowserIT {

    @RegisterExtension
    static final Browser chromium = new Browser();

    private static final By STATUS = By.id("complaint-status");

    @Autowired
    ComplaintFixtures fixtures;

    @BeforeEach
    void unlockService() {
        fixtures.unlockService();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void service_registers_takes_resolves_and_closes_a_complaint_from_the_customer_page() {
        long customerId = fixtures.customer();
        SecurityContextHolder.clearContext();

        WebDriver service = chromium.openAs("service", "en-US", "/customers/" + customerId);
        click(service, By.id("customer-complaints"));
        await(service).until(driver -> URI.create(driver.getCurrentUrl()).getQuery() != null
                && driver.getCurrentUrl().endsWith("/complaints?customer=" + customerId));
        await(service).until(visibilityOfElementLocated(By.id("complaints-customer")));
        assertThat(service.findElement(By.id("complaint-bar-seed-RESOLVED_QUICKLY")).getText()).contains("82 %");

        click(service, By.id("complaints-register"));
        await(service).until(visibilityOfElementLocated(By.id("complaint-register-category")));
        choose(service, "complaint-register-category", "Delivery");
        choose(service, "complaint-register-severity", "High");
        click(service, By.id("complaint-register-save"));
        await(service).until(attributeToBe(By.id("complaint-register-description"), "invalid", "true"));

        type(service, "complaint-register-description", "Two of five pallets arrived broken");
        waitForServer(service);
        click(service, By.id("complaint-register-save"));
        await(service).until(driver -> URI.create(driver.getCurrentUrl()).getPath().matches("/complaints/\\d+"));
        await(service).until(attributeToBe(STATUS, "data-status", "REGISTERED"));
        assertThat(service.findElement(By.id("complaint-description")).getText())
                .isEqualTo("Two of five pallets arrived broken");
        assertThat(service.findElement(By.id("complaint-sla")).getText()).endsWith("h left");

        click(service, By.id("complaint-take"));
        await(service).until(attributeToBe(STATUS, "data-status", "INVESTIGATING"));

        click(service, By.id("complaint-resolve"));
        await(service).until(visibilityOfElementLocated(By.id("complaint-resolve-resolution")));
        type(service, "complaint-resolve-resolution", "Replacement pallets delivered next day");
        type(service, "complaint-resolve-root-cause", "Loose strapping at the warehouse");
        waitForServer(service);
        click(service, By.id("complaint-resolve-save"));
        await(service).until(attributeToBe(STATUS, "data-status", "RESOLVED"));
        await(service).until(textToBePresentInElementLocated(By.id("complaint-sla"), "Within SLA"));

        click(service, By.id("complaint-confirm"));
        await(service).until(visibilityOfElementLocated(By.id("complaint-confirm-answer")));
        click(service, By.xpath("//vaadin-radio-button[normalize-space()='Yes: close the complaint']"));
        waitForServer(service);
        click(service, By.id("complaint-confirm-save"));
        await(service).until(attributeToBe(STATUS, "data-status", "CLOSED"));
        assertThat(service.findElement(STATUS).getText()).isEqualTo("Closed");
        assertThat(service.findElements(By.id("complaint-resolve"))).isEmpty();
        assertThat(service.findElement(By.id("complaint-trail")).getText()).contains("Confirmed");
    }

    /** Scrolls the element to the middle of the window first: notifications cover the bottom corners. */
    private static void click(WebDriver browser, By target) {
        WebElement element = await(browser).until(visibilityOfElementLocated(target));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        await(browser).until(elementToBeClickable(element)).click();
    }
}
