package com.salesflow.lead;

import static com.salesflow.support.Browser.await;
import static com.salesflow.support.Browser.choose;
import static com.salesflow.support.Browser.type;
import static com.salesflow.support.Browser.waitForGridSize;
import static com.salesflow.support.Browser.waitForNotification;
import static com.salesflow.support.Browser.waitForServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.domPropertyToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.salesflow.support.Browser;
import com.salesflow.support.IntegrationTest;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Leads in a real browser: sales1 adds a lead without a phone or an e-mail and is refused on the field with nothing
 * saved, adds it properly (East, Machinery, referral, asked for a quote), and its owner sees it hot with the reasons
 * of its score, opens the Qualify task from the lead page, qualifies it, finds it qualified in the list and follows
 * the lead page's link to the new customer. The list and the intake form in Chinese as well. Each run has its own
 * company and phone, so that no lead or customer matches it.
 * Skipped where Chromium is not installed, except on CI.
 */
@IntegrationTest
class LeadBrowserIT {

    @RegisterExtension
    static final Browser chromium = new Browser();

    private static final By LIST_HEADING = By.id("leads-heading");
    private static final By NEW_LEAD = By.id("new-lead");
    private static final By SUBMIT = By.id("lead-submit");
    private static final By HEADING = By.id("lead-heading");
    private static final By OPEN_TASK = By.id("lead-open-task");
    private static final By CUSTOMER_LINK = By.id("lead-customer-link");
    private static final By COMPLETE = By.id("task-complete");

    @Autowired
    private Leads leads;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private UserDetailsService users;

    private String startedInstance;

    /** A lead left in qualification by a failed run would keep its task in someone's list. */
    @AfterEach
    void endOpenInstance() {
        if (startedInstance != null
                && runtime.createProcessInstanceQuery().processInstanceId(startedInstance).count() > 0) {
            runtime.deleteProcessInstance(startedInstance, "LeadBrowserIT clean-up");
        }
        startedInstance = null;
        SecurityContextHolder.clearContext();
    }

    @Test
    void sales1_adds_a_lead_is_refused_without_phone_or_email_and_the_owner_qualifies_the_hot_lead_into_a_customer() {
        String run = unique();
        String company = "Lead Browser Gears " + run + " Ltd";
        WebDriver browser = chromium.openAs("sales1", "en-US", "/leads");
        await(browser).until(textToBe(LIST_HEADING, "Leads"));
        await(browser).until(elementToBeClickable(NEW_LEAD)).click();
        await(browser).until(driver -> "/leads/new".equals(path(driver)));

        type(browser, "lead-name", "Wang Lei " + run);
        type(browser, "lead-company", company);
        type(browser, "lead-industry", "Machinery");
        type(browser, "lead-region", "East");
        choose(browser, "lead-source", "Referral");
        choose(browser, "lead-engagement", "A quote or a meeting");

        // Neither phone nor e-mail: refused on the phone field, nothing saved, what was typed kept.
        submit(browser);
        WebElement phone = browser.findElement(By.id("lead-phone"));
        await(browser).until(attributeToBe(phone, "invalid", "true"));
        assertThat(await(browser).until(visibilityOfElementLocated(error("lead-phone"))).getText())
                .isEqualTo("Give a phone number or an e-mail address.");
        assertThat(path(browser)).isEqualTo("/leads/new");
        assertThat(leadOf(company)).isEmpty();
        assertThat(browser.findElement(By.id("lead-company")).getDomProperty("value")).isEqualTo(company);

        // Clicking Add lead scrolled the form down; the phone field is above, as a person would scroll back to it.
        reveal(browser, "lead-phone");
        type(browser, "lead-phone", "137" + run.substring(run.length() - 8));
        submit(browser);
        waitForNotification(browser, "added");
        LeadSummary lead = leadOf(company).orElseThrow();
        startedInstance = lead.processInstanceId();
        String leadPath = "/leads/" + lead.id();

        // Whoever entered the lead sees its page; fair routing gives it to sales1 or sales2, and the owner goes on.
        await(browser).until(driver -> leadPath.equals(path(driver)));
        if (!"sales1".equals(lead.owner())) {
            await(browser).until(textToBe(HEADING, company));
            chromium.quit(browser);
            browser = chromium.openAs(lead.owner(), "en-US", leadPath);
        }
        await(browser).until(textToBe(HEADING, company));
        assertThat(browser.findElement(By.id("lead-rating")).getText()).isEqualTo("Hot");
        assertThat(browser.findElement(By.id("lead-score")).getText()).isEqualTo("85");
        assertThat(browser.findElement(By.id("lead-status")).getText()).isEqualTo("Qualifying");
        for (String reason : List.of("Core target industry", "Home region East: most customers and references",
                "Referred by a customer", "Asked for a quote or a meeting")) {
            await(browser).until(textToBePresentInElementLocated(By.id("lead-score-reasons"), reason));
        }
        assertThat(browser.findElement(By.id("lead-routing-reason")).getText())
                .isEqualTo("Territory of the east team (East, North)");
        await(browser).until(textToBePresentInElementLocated(By.id("lead-history"), "Score lead"));
        await(browser).until(textToBePresentInElementLocated(By.id("lead-history"), "Qualify lead"));

        await(browser).until(elementToBeClickable(OPEN_TASK)).click();
        await(browser).until(driver -> path(driver).startsWith("/tasks/"));
        await(browser).until(textToBe(By.id("task-heading"), "Qualify lead"));
        // The intake's "fields need attention" may still cover the middle of the page for a few seconds.
        await(browser).until(invisibilityOfElementLocated(By.cssSelector("vaadin-notification-card[theme~=error]")));
        tick(browser, "outcome", "Qualified: create the customer and an opportunity");
        await(browser).until(elementToBeClickable(COMPLETE)).click();
        waitForNotification(browser, "Task completed.");
        await(browser).until(driver -> "/tasks".equals(path(driver)));

        // The list's search finds it, qualified.
        browser.get(chromium.url("/leads"));
        type(browser, "leads-search", run);
        await(browser).until(textToBe(By.id("leads-total"), "1 in all"));
        waitForGridSize(browser, "leads-grid", 1);
        await(browser).until(textToBePresentInElementLocated(By.id("leads-grid"), company));
        assertThat(browser.findElement(By.id("leads-grid")).getText()).contains("Referral", "Hot", "85", "Qualified");
        // A click on the row opens the page (newest first: the lead is on top of the unfiltered list too).
        browser.get(chromium.url("/leads"));
        await(browser).until(textToBePresentInElementLocated(By.id("leads-grid"), company));
        waitForServer(browser);
        await(browser).until(elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[normalize-space()='" + company + "']"))).click();
        await(browser).until(driver -> leadPath.equals(path(driver)));
        await(browser).until(textToBe(By.id("lead-status"), "Qualified"));
        assertThat(browser.findElements(OPEN_TASK)).isEmpty();
        WebElement customer = await(browser).until(visibilityOfElementLocated(CUSTOMER_LINK));
        assertThat(customer.getText()).isEqualTo(company);
        await(browser).until(textToBePresentInElementLocated(By.id("lead-history"),
                "Create customer, contact and opportunity"));
        customer.click();
        await(browser).until(driver -> path(driver).startsWith("/customers/"));
        await(browser).until(textToBe(By.id("customer-heading"), company));
    }

    @Test
    void a_browser_that_asks_for_chinese_shows_the_lead_list_and_intake_form_in_chinese() {
        // sales2 never chooses a language in any test, so the browser's language decides (see ShellBrowserIT).
        WebDriver browser = chromium.openAs("sales2", "zh-CN", "/leads");
        await(browser).until(textToBe(LIST_HEADING, "线索"));
        assertThat(browser.findElement(NEW_LEAD).getText()).isEqualTo("新建线索");
        assertThat(label(browser, "leads-search")).isEqualTo("搜索");
        assertThat(label(browser, "leads-status")).isEqualTo("状态");
        assertThat(label(browser, "leads-rating")).isEqualTo("等级");
        assertThat(label(browser, "leads-source")).isEqualTo("来源");
        await(browser).until(textToBePresentInElementLocated(By.id("leads-total"), "共"));

        browser.findElement(NEW_LEAD).click();
        await(browser).until(textToBe(By.id("new-lead-heading"), "新建线索"));
        assertThat(label(browser, "lead-name")).isEqualTo("联系人");
        assertThat(label(browser, "lead-phone")).isEqualTo("电话");
        assertThat(label(browser, "lead-engagement")).isEqualTo("客户诉求");
        assertThat(browser.findElement(By.id("lead-source")).getText()).contains("电话");
        assertThat(browser.findElement(SUBMIT).getText()).isEqualTo("添加线索");
    }

    // ---- browser helpers ----

    private static String path(WebDriver browser) {
        return URI.create(browser.getCurrentUrl()).getPath();
    }

    /** The label a Vaadin field shows (in its light DOM, above the input). */
    private static String label(WebDriver browser, String id) {
        return await(browser).until(visibilityOfElementLocated(By.cssSelector("#" + id + " > label[slot=label]")))
                .getText();
    }

    /** Add lead sits below the fold of the scrolling view: brought into sight first, as a person scrolls to it. */
    private static void submit(WebDriver browser) {
        reveal(browser, "lead-submit");
        await(browser).until(elementToBeClickable(SUBMIT)).click();
    }

    private static void reveal(WebDriver browser, String id) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                browser.findElement(By.id(id)));
    }

    private static By error(String id) {
        return By.cssSelector("#" + id + " > [slot=error-message]");
    }

    /** Clicks the label of a radio group's option of the task form, as a person does, and waits until it is checked. */
    private static void tick(WebDriver browser, String key, String option) {
        String item = "//*[@id='task-form-" + key + "']/vaadin-radio-button[normalize-space()='" + option + "']";
        await(browser).until(elementToBeClickable(By.xpath(item + "/label"))).click();
        await(browser).until(domPropertyToBe(browser.findElement(By.xpath(item)), "checked", "true"));
        waitForServer(browser);
    }

    // ---- the server side ----

    private static String unique() {
        return Long.toString(System.nanoTime());
    }

    /** The lead of the company, seen by the director (who sees all leads). */
    private Optional<LeadSummary> leadOf(String company) {
        UserDetails director = users.loadUserByUsername("director");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(director, null, director.getAuthorities()));
        try {
            List<LeadSummary> found = leads.list(new LeadFilter(company, null, null, null, null), PageRequest.of(0, 2))
                    .getContent();
            assertThat(found).hasSizeLessThanOrEqualTo(1);
            return found.stream().findFirst();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
