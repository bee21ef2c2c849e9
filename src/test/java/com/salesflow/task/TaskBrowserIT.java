package com.salesflow.task;

import static com.salesflow.support.Browser.await;
import static com.salesflow.support.Browser.type;
import static com.salesflow.support.Browser.waitForGridSize;
import static com.salesflow.support.Browser.waitForNotification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.salesflow.identity.Roles;
import com.salesflow.support.Browser;
import com.salesflow.support.IntegrationTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task list and a task's page in a real browser (Debian's headless Chromium through Selenium): a task offered to
 * the sales group is claimed and completed through its Camunda Form, Complete with the required field empty is
 * refused on the field, and the same screens in Chinese. Each test starts its own instances of the test model
 * {@code test-assigned-task} (form test-note, a required "note") with a unique business key, which the list's search
 * finds, so the tests depend neither on each other nor on other tests' tasks. Skipped where Chromium is not
 * installed, except on CI.
 */
@IntegrationTest
class TaskBrowserIT {

    @RegisterExtension
    static final Browser chromium = new Browser();

    private static final String PROCESS = "test-assigned-task";
    private static final String TASK_NAME = "Write a note";

    private static final By TASKS_GRID = By.id("tasks-grid");
    private static final By TASKS_TOTAL = By.id("tasks-total");
    private static final By TAB_MINE = By.id("tasks-tab-mine");
    private static final By TAB_GROUP = By.id("tasks-tab-group");
    private static final By TAB_TEAM = By.id("tasks-tab-team");
    private static final By HEADING = By.id("task-heading");
    private static final By CLAIM = By.id("task-claim");
    private static final By UNCLAIM = By.id("task-unclaim");
    private static final By COMPLETE = By.id("task-complete");
    private static final By FORM = By.id("task-form");
    private static final By NOTE = By.id("task-form-note");
    private static final By NOTE_ERROR = By.cssSelector("#task-form-note > [slot=error-message]");

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private TaskService engineTasks;

    @Autowired
    private HistoryService history;

    private final List<String> startedInstances = new ArrayList<>();

    /** Ends what the test left open, so that other tests' group lists stay as they were. */
    @AfterEach
    void endOpenInstances() {
        for (String instanceId : startedInstances) {
            if (runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0) {
                runtime.deleteProcessInstance(instanceId, "TaskBrowserIT clean-up");
            }
        }
        startedInstances.clear();
    }

    @Test
    void sales1_claims_a_group_task_is_refused_without_the_required_note_and_then_completes_it() {
        String key = "task-ui-" + unique();
        Task task = startGroupTask(key, Roles.SALES);
        // A second group task the search leaves out: the unsearched list has at least two rows, so "1 in all" and
        // "0 in all" below can only be the search's answer (the search is lazy: it reaches the server later).
        startGroupTask("task-ui-other-" + unique(), Roles.SALES);

        WebDriver browser = openAs("sales1", "en-US", "/tasks");
        await(browser).until(textToBePresentInElementLocated(TAB_MINE, "My tasks"));
        await(browser).until(elementToBeClickable(TAB_GROUP)).click();
        await(browser).until(attributeToBe(TAB_GROUP, "aria-selected", "true"));
        assertThat(browser.findElement(TAB_GROUP).getText()).contains("Group tasks");
        type(browser, "tasks-search", key);
        await(browser).until(textToBe(TASKS_TOTAL, "1 in all"));
        waitForGridSize(browser, "tasks-grid", 1);
        openTheOnlyRow(browser, task.getId());

        // Offered, not yet taken: the form is shown read-only, and there is nothing to complete.
        await(browser).until(textToBe(HEADING, TASK_NAME));
        await(browser).until(attributeToBe(NOTE, "disabled", "true"));
        assertThat(browser.findElements(COMPLETE)).isEmpty();

        await(browser).until(elementToBeClickable(CLAIM)).click();
        waitForNotification(browser, "The task is yours now.");
        await(browser).until(visibilityOfElementLocated(UNCLAIM));
        assertThat(browser.findElements(CLAIM)).isEmpty();
        assertThat(engineTasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
                .isEqualTo("sales1");

        // Complete with the required note empty: refused on the field, the task stays open.
        await(browser).until(elementToBeClickable(COMPLETE)).click();
        waitForNotification(browser, "Some fields need attention");
        WebElement note = browser.findElement(NOTE);
        await(browser).until(attributeToBe(note, "invalid", "true"));
        WebElement error = await(browser).until(visibilityOfElementLocated(NOTE_ERROR));
        assertThat(error.getText()).isEqualTo("This field is required.");
        assertThat(note.getDomProperty("errorMessage")).isEqualTo("This field is required.");
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/tasks/" + task.getId());
        Task stillOpen = engineTasks.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(stillOpen).isNotNull();
        assertThat(stillOpen.getAssignee()).isEqualTo("sales1");

        String text = "Called back, order in May " + unique();
        type(browser, "task-form-note", text);
        await(browser).until(elementToBeClickable(COMPLETE)).click();
        waitForNotification(browser, "Task completed.");
        await(browser).until(driver -> "/tasks".equals(URI.create(driver.getCurrentUrl()).getPath()));

        // Back on the list: the task is no longer offered to the group.
        await(browser).until(elementToBeClickable(TAB_GROUP)).click();
        await(browser).until(attributeToBe(TAB_GROUP, "aria-selected", "true"));
        type(browser, "tasks-search", key);
        await(browser).until(textToBe(TASKS_TOTAL, "0 in all"));
        waitForGridSize(browser, "tasks-grid", 0);

        // The engine: task completed by sales1, instance ended, the note stored.
        assertThat(engineTasks.createTaskQuery().taskId(task.getId()).count()).isZero();
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        assertThat(instance.getEndTime()).isNotNull();
        assertThat(instance.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        assertThat(history.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult())
                .satisfies(done -> {
                    assertThat(done.getAssignee()).isEqualTo("sales1");
                    assertThat(done.getDeleteReason()).isEqualTo("completed");
                });
        HistoricVariableInstance stored = history.createHistoricVariableInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).variableName("note").singleResult();
        assertThat(stored).isNotNull();
        assertThat(stored.getValue()).isEqualTo(text);
    }

    @Test
    void a_salesperson_whose_browser_asks_for_chinese_sees_the_task_list_and_the_form_in_chinese() {
        // sales2 never chooses a language in any test, so the browser's language decides (see ShellBrowserIT).
        String key = "task-ui-zh-" + unique();
        Task task = startGroupTask(key, Roles.SALES);
        // As in the first test: "共 1 条" is then the search's answer, not the unsearched list's.
        startGroupTask("task-ui-other-" + unique(), Roles.SALES);

        WebDriver browser = openAs("sales2", "zh-CN", "/tasks");
        await(browser).until(textToBePresentInElementLocated(TAB_MINE, "我的任务"));
        await(browser).until(textToBePresentInElementLocated(TAB_GROUP, "组任务"));
        assertThat(browser.findElements(TAB_TEAM)).as("only supervisors have a team list").isEmpty();

        await(browser).until(elementToBeClickable(TAB_GROUP)).click();
        await(browser).until(attributeToBe(TAB_GROUP, "aria-selected", "true"));
        type(browser, "tasks-search", key);
        await(browser).until(textToBe(TASKS_TOTAL, "共 1 条"));
        waitForGridSize(browser, "tasks-grid", 1);
        assertThat(browser.findElement(TASKS_GRID).getText()).contains("任务", "优先级");
        openTheOnlyRow(browser, task.getId());

        await(browser).until(textToBe(HEADING, TASK_NAME));
        WebElement claim = await(browser).until(elementToBeClickable(CLAIM));
        assertThat(claim.getText()).isEqualTo("认领");
        claim.click();
        waitForNotification(browser, "任务已由您认领。");
        WebElement complete = await(browser).until(elementToBeClickable(COMPLETE));
        assertThat(complete.getText()).isEqualTo("完成");
        assertThat(browser.findElement(UNCLAIM).getText()).isEqualTo("退回");

        complete.click();
        waitForNotification(browser, "部分字段需要修改");
        await(browser).until(attributeToBe(NOTE, "invalid", "true"));
        assertThat(await(browser).until(visibilityOfElementLocated(NOTE_ERROR)).getText()).isEqualTo("此项为必填项。");
        assertThat(engineTasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

        type(browser, "task-form-note", "已电话回访");
        await(browser).until(elementToBeClickable(COMPLETE)).click();
        waitForNotification(browser, "任务已完成。");
        await(browser).until(driver -> "/tasks".equals(URI.create(driver.getCurrentUrl()).getPath()));
        await(browser).until(textToBePresentInElementLocated(TAB_MINE, "我的任务"));
        assertThat(engineTasks.createTaskQuery().taskId(task.getId()).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .variableName("note").singleResult().getValue()).isEqualTo("已电话回访");
    }

    // ---- browser helpers ----

    /** A new browser in the language, logged in as the user, on the task list. */
    private static WebDriver openAs(String username, String language, String path) {
        WebDriver browser = chromium.openAs(username, language, path);
        await(browser).until(visibilityOfElementLocated(TASKS_GRID));
        return browser;
    }

    /** Clicks the grid's only row (a cell with the task's name) and waits for that task's page. */
    private static void openTheOnlyRow(WebDriver browser, String taskId) {
        await(browser).until(elementToBeClickable(By.xpath("//vaadin-grid[@id='tasks-grid']"
                + "/vaadin-grid-cell-content[normalize-space()='" + TASK_NAME + "']"))).click();
        await(browser).until(driver -> ("/tasks/" + taskId).equals(URI.create(driver.getCurrentUrl()).getPath()));
        await(browser).until(visibilityOfElementLocated(FORM));
    }

    // ---- tasks through the engine ----

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }

    /** An instance of the test model whose one task is offered to a group, nobody assigned; returns the task. */
    private Task startGroupTask(String businessKey, String candidateGroup) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("assignee", null);
        variables.put("candidateGroup", candidateGroup);
        ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS, businessKey, variables);
        startedInstances.add(instance.getId());
        Task task = engineTasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(task.getAssignee()).isNull();
        assertThat(task.getName()).isEqualTo(TASK_NAME);
        return task;
    }
}
