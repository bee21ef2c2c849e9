package com.salesflow.task;

import static com.salesflow.support.Browser.await;
import static com.salesflow.support.Browser.choose;
import static com.salesflow.support.Browser.setValue;
import static com.salesflow.support.Browser.type;
import static com.salesflow.support.Browser.waitForNotification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.domPropertyToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.numberOfElementsToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.support.Browser;
import com.salesflow.support.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Camunda Form with one component of every type the renderer supports (test model {@code test-every-type}, form
 * test-every-type: the nine inputs, text, group, separator, spacer and a button) in a real browser: each field shows
 * its label in English and in Chinese, a person fills them all, a quantity above the maximum is refused on the field
 * with nothing stored, and the completed task leaves typed variables in the engine. Skipped where Chromium is not
 * installed, except on CI.
 */
@IntegrationTest
class TaskFormBrowserIT {

    @RegisterExtension
    static final Browser chromium = new Browser();

    private static final String PROCESS = "test-every-type";
    private static final By HEADING = By.id("task-heading");
    private static final By FORM = By.id("task-form");
    private static final By COMPLETE = By.id("task-complete");

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private TaskService engineTasks;

    @Autowired
    private HistoryService history;

    @Autowired
    private ObjectMapper json;

    private final List<String> startedInstances = new ArrayList<>();

    @AfterEach
    void endOpenInstances() {
        for (String instanceId : startedInstances) {
            if (runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0) {
                runtime.deleteProcessInstance(instanceId, "TaskFormBrowserIT clean-up");
            }
        }
        startedInstances.clear();
    }

    @Test
    void sales1_fills_every_kind_of_field_is_refused_a_quantity_above_the_maximum_and_completes_with_typed_values() {
        String customer = "Harbour Bearings " + unique();
        Task task = startTask("sales1", customer);

        WebDriver browser = openTask("sales1", "en-US", task);
        await(browser).until(textToBePresentInElementLocated(By.cssSelector("#task-form .task-form-text"),
                "Visit report for " + customer));
        assertThat(label(browser, "subject")).isEqualTo("Subject");
        assertThat(label(browser, "quantity")).isEqualTo("Quantity");
        assertThat(label(browser, "agreed")).isEqualTo("Terms agreed");
        assertThat(label(browser, "channels")).isEqualTo("Channels");
        assertThat(options(browser, "channels", "vaadin-checkbox")).containsExactly("Phone", "E-mail", "Visit");
        assertThat(label(browser, "decision")).isEqualTo("Decision");
        assertThat(options(browser, "decision", "vaadin-radio-button")).containsExactly("Approve", "Reject");
        assertThat(label(browser, "grade")).isEqualTo("Grade");
        assertThat(label(browser, "meetingAt")).isEqualTo("Meeting");
        assertThat(label(browser, "tags")).isEqualTo("Tags");
        assertThat(label(browser, "notes")).isEqualTo("Notes");
        assertThat(browser.findElement(By.cssSelector("#task-form .task-form-group h4")).getText())
                .isEqualTo("Details");
        assertThat(browser.findElements(By.cssSelector("#task-form hr"))).hasSize(1);
        // The form's own submit button is left out: the page has Complete.
        assertThat(browser.findElements(By.cssSelector("#task-form vaadin-button"))).isEmpty();

        LocalDateTime meeting = LocalDate.now().plusDays(10).atTime(LocalTime.of(9, 30));
        type(browser, "task-form-subject", "Spring order");
        type(browser, "task-form-quantity", "500");
        tick(browser, "agreed", null);
        // Visit before Phone: the process receives the options' order, as form-js sends it.
        tick(browser, "channels", "Visit");
        tick(browser, "channels", "Phone");
        tick(browser, "decision", "Approve");
        choose(browser, "task-form-grade", "Key");
        setValue(browser, "task-form-meetingAt", meeting.toString());
        pickTags(browser, "tags", "Export", "VIP");
        type(browser, "task-form-notes", "Wants a second quote.\nCall back in May.");

        // Quantity 500 is above the form's maximum 100: refused on the field, nothing reaches the engine.
        await(browser).until(elementToBeClickable(COMPLETE)).click();
        waitForNotification(browser, "Some fields need attention");
        WebElement quantity = browser.findElement(By.id("task-form-quantity"));
        await(browser).until(attributeToBe(quantity, "invalid", "true"));
        assertThat(await(browser).until(visibilityOfElementLocated(error("quantity"))).getText())
                .isEqualTo("The value must be at most 100.");
        assertThat(browser.findElements(By.cssSelector("#task-form [id^=task-form-][invalid]")))
                .containsExactly(quantity);
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/tasks/" + task.getId());
        assertThat(engineTasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(runtime.getVariables(task.getProcessInstanceId())).containsOnlyKeys("assignee", "customerName");

        type(browser, "task-form-quantity", "42");
        await(browser).until(elementToBeClickable(COMPLETE)).click();
        waitForNotification(browser, "Task completed.");
        await(browser).until(driver -> "/tasks".equals(URI.create(driver.getCurrentUrl()).getPath()));

        assertThat(engineTasks.createTaskQuery().taskId(task.getId()).count()).isZero();
        String instance = task.getProcessInstanceId();
        assertThat(variable(instance, "subject")).isEqualTo("Spring order");
        assertThat(variable(instance, "quantity")).isEqualTo(42L);
        assertThat(variable(instance, "agreed")).isEqualTo(true);
        assertThat(jsonList(instance, "channels")).containsExactly("PHONE", "VISIT");
        assertThat(variable(instance, "decision")).isEqualTo("approve");
        assertThat(variable(instance, "grade")).isEqualTo("KEY");
        // With its offset (utc_offset, the default): the browser's zone, whatever the machine's is.
        assertThat(variable(instance, "meetingAt")).isInstanceOfSatisfying(String.class, text -> {
            assertThat(text).matches("\\d{4}-\\d\\d-\\d\\dT09:30(Z|[+-]\\d\\d:\\d\\d)");
            assertThat(OffsetDateTime.parse(text).toLocalDateTime()).isEqualTo(meeting);
        });
        assertThat(jsonList(instance, "tags")).containsExactly("vip", "export");
        assertThat(variable(instance, "notes")).isEqualTo("Wants a second quote.\nCall back in May.");
    }

    @Test
    void a_browser_that_asks_for_chinese_shows_the_chinese_labels_options_and_text_of_the_form() {
        // sales2 never chooses a language in any test, so the browser's language decides (see ShellBrowserIT).
        String customer = "Harbour Bearings " + unique();
        Task task = startTask("sales2", customer);

        WebDriver browser = openTask("sales2", "zh-CN", task);
        await(browser).until(textToBePresentInElementLocated(By.cssSelector("#task-form .task-form-text"),
                customer + " 的拜访报告"));
        assertThat(label(browser, "subject")).isEqualTo("主题");
        assertThat(label(browser, "quantity")).isEqualTo("数量");
        assertThat(label(browser, "channels")).isEqualTo("联系方式");
        assertThat(options(browser, "channels", "vaadin-checkbox")).containsExactly("电话", "邮件", "拜访");
        assertThat(options(browser, "decision", "vaadin-radio-button")).containsExactly("批准", "驳回");
        assertThat(label(browser, "meetingAt")).isEqualTo("会议");
        assertThat(label(browser, "notes")).isEqualTo("备注");
        assertThat(browser.findElement(By.cssSelector("#task-form .task-form-group h4")).getText()).isEqualTo("详情");
        assertThat(label(browser, "tags")).isEqualTo("标签");
        assertThat(browser.findElement(COMPLETE).getText()).isEqualTo("完成");
    }

    // ---- browser helpers ----

    /** A new browser in the language, logged in as the assignee, on the task's page. */
    private static WebDriver openTask(String username, String language, Task task) {
        WebDriver browser = chromium.openAs(username, language, "/tasks/" + task.getId());
        await(browser).until(textToBe(HEADING, task.getName()));
        await(browser).until(visibilityOfElementLocated(FORM));
        return browser;
    }

    /** The label a Vaadin field shows (in its light DOM, above the input). */
    private static String label(WebDriver browser, String key) {
        return await(browser).until(visibilityOfElementLocated(
                By.cssSelector("#task-form-" + key + " > label[slot=label]"))).getText();
    }

    /** The labels of a checkbox or radio group's items, in their order. */
    private static List<String> options(WebDriver browser, String key, String itemTag) {
        return browser.findElements(By.cssSelector("#task-form-" + key + " > " + itemTag + " > label")).stream()
                .map(WebElement::getText).toList();
    }

    private static By error(String key) {
        return By.cssSelector("#task-form-" + key + " > [slot=error-message]");
    }

    /**
     * Clicks the label of a checkbox (option null), or of a checklist's or radio group's option, as a person does,
     * and waits until it is checked.
     */
    private static void tick(WebDriver browser, String key, String option) {
        String field = "//*[@id='task-form-" + key + "']";
        String item = option == null ? field
                : field + "/*[self::vaadin-checkbox or self::vaadin-radio-button][normalize-space()='" + option + "']";
        await(browser).until(elementToBeClickable(By.xpath(item + "/label"))).click();
        await(browser).until(domPropertyToBe(browser.findElement(By.xpath(item)), "checked", "true"));
    }

    /** Opens a taglist (vaadin-multi-select-combo-box) with the arrow key, clicks the options and closes it. */
    private static void pickTags(WebDriver browser, String key, String... labels) {
        WebElement input = await(browser).until(visibilityOfElementLocated(
                By.cssSelector("#task-form-" + key + " > input")));
        input.click();
        input.sendKeys(Keys.ARROW_DOWN);
        for (String label : labels) {
            await(browser).until(elementToBeClickable(
                    By.xpath("//vaadin-multi-select-combo-box-item[normalize-space()='" + label + "']"))).click();
        }
        input.sendKeys(Keys.ESCAPE);
        await(browser).until(numberOfElementsToBe(
                By.cssSelector("#task-form-" + key + " > vaadin-multi-select-combo-box-chip[slot=chip]"),
                labels.length));
    }

    // ---- the engine ----

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }

    /** An instance of the test model whose one task is the assignee's; the form's text names the customer. */
    private Task startTask(String assignee, String customerName) {
        ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS, "task-form-" + unique(),
                Map.of("assignee", assignee, "customerName", customerName));
        startedInstances.add(instance.getId());
        return engineTasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private Object variable(String processInstanceId, String name) {
        HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName(name).singleResult();
        assertThat(variable).as(name).isNotNull();
        return variable.getValue();
    }

    /** A list the form submitted: a JSON variable, as Tasklist stores it. */
    private List<String> jsonList(String processInstanceId, String name) {
        HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName(name).singleResult();
        assertThat(variable).as(name).isNotNull();
        assertThat(variable.getTypeName()).as(name).isEqualTo("json");
        try {
            return json.readValue(variable.getValue().toString(), new TypeReference<>() { });
        } catch (IOException e) {
            throw new AssertionError(name + " is not a JSON list: " + variable.getValue(), e);
        }
    }
}
