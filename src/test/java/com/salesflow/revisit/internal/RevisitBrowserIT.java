package com.salesflow.revisit.internal;

import static com.salesflow.support.Browser.await;
import static com.salesflow.support.Browser.type;
import static com.salesflow.support.Browser.waitForGridSize;
import static com.salesflow.support.Browser.waitForNotification;
import static com.salesflow.support.Browser.waitForServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import com.salesflow.complaint.ComplaintFixtures;
import com.salesflow.contract.ContractFixtures;
import com.salesflow.customer.CustomerForm;
import com.salesflow.customer.CustomerType;
import com.salesflow.customer.Customers;
import com.salesflow.customer.Grade;
import com.salesflow.revisit.RevisitStatus;
import com.salesflow.support.Browser;
import com.salesflow.support.IntegrationTest;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A service user records a due revisit in the task list in a real browser, and finds it with its satisfaction on the
 * customer's revisit history ({@code /revisits?customer=<id>}) and on the revisit's page.
 */
@IntegrationTest
class RevisitBrowserIT {

    @RegisterExtension
    static final Browser chromium = new Browser();

    @Autowired
    ContractFixtures fixtures;
    @Autowired
    ComplaintFixtures complaintFixtures;
    @Autowired
    Customers customers;
    @Autowired
    RevisitProcess process;
    @Autowired
    RevisitRepository records;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService engineTasks;

    /** ShellBrowserIT locks the service user for the rest of a full run. */
    @BeforeEach
    void unlockService() {
        complaintFixtures.unlockService();
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_service_group_records_a_revisit_and_sees_it_in_the_customers_revisit_history() {
        long customer = customer();
        String instance = process.start(customer, null, null, null, "sales1", Grade.KEY, true, RevisitSteps.now());
        Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
        management.executeJob(timer.getId());
        ClockUtil.reset();
        Task task = engineTasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("revisit")
                .singleResult();

        WebDriver browser = chromium.openAs("service", "en", "/tasks/" + task.getId());
        await(browser).until(elementToBeClickable(By.id("task-claim"))).click();
        waitForNotification(browser, "The task is yours now.");
        type(browser, "task-form-satisfaction", "4");
        type(browser, "task-form-feedback", "Installation went well");
        await(browser).until(elementToBeClickable(By.id("task-complete"))).click();
        waitForNotification(browser, "Task completed.");

        assertThat(records.findAll()).filteredOn(r -> r.getCustomerId() == customer).singleElement()
                .satisfies(r -> {
                    assertThat(r.getStatus()).isEqualTo(RevisitStatus.DONE);
                    assertThat(r.getSatisfaction()).isEqualTo(4);
                    assertThat(r.getCompletedBy()).isEqualTo("service");
                });

        browser.get(chromium.url("/revisits?customer=" + customer));
        await(browser).until(textToBePresentInElementLocated(By.id("revisits-heading"), "Post-sale revisits"));
        waitForGridSize(browser, "revisits-grid", 1);
        await(browser).until(textToBe(By.id("revisits-chart-4"), "1"));
        assertThat(browser.findElement(By.id("revisits-chart-5")).getText()).isEqualTo("0");
        assertThat(browser.findElement(By.id("revisits-grid")).getText()).contains("Installation went well");

        waitForServer(browser);
        browser.findElement(By.xpath("//vaadin-grid-cell-content[normalize-space()='Installation went well']"))
                .click();
        await(browser).until(urlContains("revisits/"));
        await(browser).until(textToBePresentInElementLocated(By.id("revisit-satisfaction"), "4"));
        assertThat(browser.findElement(By.id("revisit-feedback")).getText()).isEqualTo("Installation went well");
        assertThat(browser.findElement(By.id("revisit-completed")).getText()).endsWith("service");
    }

    private long customer() {
        fixtures.signIn("sales1");
        CustomerForm form = new CustomerForm();
        form.setType(CustomerType.COMPANY);
        form.setName("Revisit Browser Works " + ContractFixtures.unique());
        form.setPhone("+86 21 " + ContractFixtures.unique().substring(0, 8));
        form.setGrade(Grade.KEY);
        long id = customers.create(form).id();
        SecurityContextHolder.clearContext();
        return id;
    }
}
