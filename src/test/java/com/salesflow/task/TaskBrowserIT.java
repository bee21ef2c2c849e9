package com.salesflow.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.salesflow.identity.Roles;
import com.salesflow.support.IntegrationTest;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

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

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PROCESS = "test-assigned-task";
    private static final String TASK_NAME = "Write a note";

    // Vaadin 24 renders the login form's inputs in the light DOM (inside vaadin-login-form-wrapper).
    private static final By USERNAME = By.cssSelector("vaadin-login-form input[name=username]");
    private static final By PASSWORD = By.cssSelector("vaadin-login-form input[name=password]");
    private static final By SUBMIT = By.cssSelector("vaadin-login-form vaadin-button[slot=submit]");
    private static final By NAV = By.id("main-nav");
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

    @LocalServerPort
    private int port;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private TaskService engineTasks;

    @Autowired
    private HistoryService history;

    private final List<WebDriver> drivers = new ArrayList<>();
    private final List<Path> profiles = new ArrayList<>();
    private final List<String> startedInstances = new ArrayList<>();

    /** Keeps a screenshot and the page source of every open browser when a test fails, for CI logs. */
    @RegisterExtension
    final AfterTestExecutionCallback keepEvidenceOfFailures = context -> {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        Path folder = Path.of("target", "browser-failures");
        Files.createDirectories(folder);
        for (int i = 0; i < drivers.size(); i++) {
            String name = "TaskBrowserIT-" + context.getRequiredTestMethod().getName() + "-" + i;
            try {
                ChromeDriver driver = (ChromeDriver) drivers.get(i);
                Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
                Files.writeString(folder.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
            } catch (RuntimeException | IOException e) {
                // The browser may be gone already; the test's own failure is what matters.
            }
        }
    };

    /** On CI a missing browser is an error: CI is supposed to install it. */
    @BeforeAll
    static void ciHasChromium() {
        if (!chromiumInstalled() && "true".equals(System.getenv("CI"))) {
            fail("CI must install " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install -y chromium chromium-driver) to run the browser tests");
        }
    }

    /** Elsewhere each test is skipped with the reason (see ShellBrowserIT for why not in {@code @BeforeAll}). */
    @BeforeEach
    void chromiumIsInstalled() {
        assumeTrue(chromiumInstalled(), () -> "Browser test skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                + " is missing (apt-get install -y chromium chromium-driver)");
    }

    private static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Quits the browsers and ends what the test left open, so that other tests' group lists stay as they were. */
    @AfterEach
    void quitBrowsersAndEndOpenInstances() {
        for (WebDriver driver : drivers) {
            driver.quit();
        }
        drivers.clear();
        for (Path profile : profiles) {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
        profiles.clear();
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
        wait(browser).until(textToBePresentInElementLocated(TAB_MINE, "My tasks"));
        wait(browser).until(elementToBeClickable(TAB_GROUP)).click();
        wait(browser).until(attributeToBe(TAB_GROUP, "aria-selected", "true"));
        assertThat(browser.findElement(TAB_GROUP).getText()).contains("Group tasks");
        type(browser, "tasks-search", key);
        wait(browser).until(textToBe(TASKS_TOTAL, "1 in all"));
        waitForGridSize(browser, 1);
        openTheOnlyRow(browser, task.getId());

        // Offered, not yet taken: the form is shown read-only, and there is nothing to complete.
        wait(browser).until(textToBe(HEADING, TASK_NAME));
        wait(browser).until(attributeToBe(NOTE, "disabled", "true"));
        assertThat(browser.findElements(COMPLETE)).isEmpty();

        wait(browser).until(elementToBeClickable(CLAIM)).click();
        waitForNotification(browser, "The task is yours now.");
        wait(browser).until(visibilityOfElementLocated(UNCLAIM));
        assertThat(browser.findElements(CLAIM)).isEmpty();
        assertThat(engineTasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
                .isEqualTo("sales1");

        // Complete with the required note empty: refused on the field, the task stays open.
        wait(browser).until(elementToBeClickable(COMPLETE)).click();
        waitForNotification(browser, "Some fields need attention");
        WebElement note = browser.findElement(NOTE);
        wait(browser).until(attributeToBe(note, "invalid", "true"));
        WebElement error = wait(browser).until(visibilityOfElementLocated(NOTE_ERROR));
        assertThat(error.getText()).isEqualTo("This field is required.");
        assertThat(note.getDomProperty("errorMessage")).isEqualTo("This field is required.");
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/tasks/" + task.getId());
        Task stillOpen = engineTasks.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(stillOpen).isNotNull();
        assertThat(stillOpen.getAssignee()).isEqualTo("sales1");

        String text = "Called back, order in May " + unique();
        type(browser, "task-form-note", text);
        wait(browser).until(elementToBeClickable(COMPLETE)).click();
        waitForNotification(browser, "Task completed.");
        wait(browser).until(driver -> "/tasks".equals(URI.create(driver.getCurrentUrl()).getPath()));

        // Back on the list: the task is no longer offered to the group.
        wait(browser).until(elementToBeClickable(TAB_GROUP)).click();
        wait(browser).until(attributeToBe(TAB_GROUP, "aria-selected", "true"));
        type(browser, "tasks-search", key);
        wait(browser).until(textToBe(TASKS_TOTAL, "0 in all"));
        waitForGridSize(browser, 0);

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
        wait(browser).until(textToBePresentInElementLocated(TAB_MINE, "我的任务"));
        wait(browser).until(textToBePresentInElementLocated(TAB_GROUP, "组任务"));
        assertThat(browser.findElements(TAB_TEAM)).as("only supervisors have a team list").isEmpty();

        wait(browser).until(elementToBeClickable(TAB_GROUP)).click();
        wait(browser).until(attributeToBe(TAB_GROUP, "aria-selected", "true"));
        type(browser, "tasks-search", key);
        wait(browser).until(textToBe(TASKS_TOTAL, "共 1 条"));
        waitForGridSize(browser, 1);
        assertThat(browser.findElement(TASKS_GRID).getText()).contains("任务", "优先级");
        openTheOnlyRow(browser, task.getId());

        wait(browser).until(textToBe(HEADING, TASK_NAME));
        WebElement claim = wait(browser).until(elementToBeClickable(CLAIM));
        assertThat(claim.getText()).isEqualTo("认领");
        claim.click();
        waitForNotification(browser, "任务已由您认领。");
        WebElement complete = wait(browser).until(elementToBeClickable(COMPLETE));
        assertThat(complete.getText()).isEqualTo("完成");
        assertThat(browser.findElement(UNCLAIM).getText()).isEqualTo("退回");

        complete.click();
        waitForNotification(browser, "部分字段需要修改");
        wait(browser).until(attributeToBe(NOTE, "invalid", "true"));
        assertThat(wait(browser).until(visibilityOfElementLocated(NOTE_ERROR)).getText()).isEqualTo("此项为必填项。");
        assertThat(engineTasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

        type(browser, "task-form-note", "已电话回访");
        wait(browser).until(elementToBeClickable(COMPLETE)).click();
        waitForNotification(browser, "任务已完成。");
        wait(browser).until(driver -> "/tasks".equals(URI.create(driver.getCurrentUrl()).getPath()));
        wait(browser).until(textToBePresentInElementLocated(TAB_MINE, "我的任务"));
        assertThat(engineTasks.createTaskQuery().taskId(task.getId()).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .variableName("note").singleResult().getValue()).isEqualTo("已电话回访");
    }

    // ---- browser helpers ----

    /**
     * A new browser in the language that asks for the page, is sent to the login form, logs in as the user
     * (password demo) and is taken back to the page it asked for.
     */
    private WebDriver openAs(String username, String language, String path) {
        WebDriver browser = browser(language);
        browser.get(url(path));
        WebElement user = wait(browser).until(visibilityOfElementLocated(USERNAME));
        user.sendKeys(username);
        browser.findElement(PASSWORD).sendKeys("demo");
        browser.findElement(SUBMIT).click();
        wait(browser).until(visibilityOfElementLocated(NAV));
        // Spring Security marks the return from the saved request with "?continue".
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo(path);
        wait(browser).until(visibilityOfElementLocated(TASKS_GRID));
        return browser;
    }

    /** Clicks the grid's only row (a cell with the task's name) and waits for that task's page. */
    private static void openTheOnlyRow(WebDriver browser, String taskId) {
        wait(browser).until(elementToBeClickable(By.xpath("//vaadin-grid[@id='tasks-grid']"
                + "/vaadin-grid-cell-content[normalize-space()='" + TASK_NAME + "']"))).click();
        wait(browser).until(driver -> ("/tasks/" + taskId).equals(URI.create(driver.getCurrentUrl()).getPath()));
        wait(browser).until(visibilityOfElementLocated(FORM));
    }

    /** The native input that a Vaadin text field renders in its light DOM. */
    private static WebElement input(WebDriver browser, String id) {
        return wait(browser).until(visibilityOfElementLocated(By.cssSelector("#" + id + " > input")));
    }

    /**
     * Types into a Vaadin text field as a person does: select all, replace, then Tab so that the field's change event
     * reaches the server (and a lazy search runs).
     */
    private static void type(WebDriver browser, String id, String text) {
        WebElement input = input(browser, id);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
    }

    private static void waitForNotification(WebDriver browser, String text) {
        wait(browser).until(presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(normalize-space(.), \"" + text + "\")]")));
    }

    /** Waits for the number of rows the grid has (its {@code size}, set by the server's data provider). */
    private static void waitForGridSize(WebDriver browser, long rows) {
        WebElement grid = wait(browser).until(visibilityOfElementLocated(TASKS_GRID));
        wait(browser).until(driver -> Long.valueOf(rows)
                .equals(((JavascriptExecutor) driver).executeScript("return arguments[0].size;", grid)));
    }

    private WebDriver browser(String language) {
        Path profile;
        try {
            profile = Files.createTempDirectory("salesflow-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a Chromium profile folder", e);
        }
        profiles.add(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Without the networking switches Chromium waits for update and sync servers that this network lacks.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,800", "--lang=" + language, "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        // Never let Selenium Manager look for a driver on the internet.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        drivers.add(driver);
        return driver;
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, WAIT);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
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
