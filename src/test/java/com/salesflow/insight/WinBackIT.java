package com.salesflow.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.customer.CustomerClasses;
import com.salesflow.customer.Lifecycle;
import com.salesflow.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code win-back}: a customer that became lost gets a task for its owner with a 30-day deadline. Deadline passed
 * without an order: dropped, and no new win-back; an order meanwhile: won back, whether the timer or the next run
 * notices it first; the owner may also mark it won back.
 */
@IntegrationTest
class WinBackIT {

    @Autowired
    InsightFixtures fixtures;
    @Autowired
    CustomerClasses classes;
    @Autowired
    TaskService engineTasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;

    @AfterEach
    void reset() {
        ClockUtil.reset();
        SecurityContextHolder.clearContext();
    }

    private long lostCustomer(String name) {
        long customer = fixtures.customer(name + " " + InsightFixtures.unique());
        fixtures.order(customer, LocalDate.now().minusDays(400), new BigDecimal("10.00"), 1);
        return customer;
    }

    private Task winBackTask(long customer) {
        return engineTasks.createTaskQuery().processDefinitionKey("win-back")
                .processInstanceBusinessKey(String.valueOf(customer)).singleResult();
    }

    private void passDeadline(Task task) {
        LocalDate deadline = task.getDueDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        assertThat(deadline).isEqualTo(LocalDate.now().plusDays(30));
        ClockUtil.setCurrentTime(Date.from(deadline.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant()));
        Job timer = management.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers()
                .singleResult();
        assertThat(timer.getDuedate()).isBefore(ClockUtil.getCurrentTime());
        management.executeJob(timer.getId());
    }

    private String status(long customer) {
        return String.valueOf(fixtures.rows("select status from sf_win_back where customer_id = ?", customer).get(0)
                .values().iterator().next());
    }

    @Test
    void a_lost_customer_not_won_back_by_the_deadline_is_dropped_and_gets_no_new_win_back() {
        long customer = lostCustomer("Gone Trading");
        fixtures.runAndWait();
        Task task = winBackTask(customer);
        assertThat(task.getAssignee()).isEqualTo("sales1");
        assertThat(engineTasks.getVariable(task.getId(), "customerId")).isEqualTo(customer);

        passDeadline(task);

        assertThat(winBackTask(customer)).isNull();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .activityId("expired").count()).isEqualTo(1);
        assertThat(status(customer)).isEqualTo("DROPPED");
        assertThat(classes.isDropped(customer)).isTrue();
        assertThat(classes.current(customer).orElseThrow().lifecycle()).isEqualTo(Lifecycle.LOST);

        ClockUtil.reset();
        fixtures.runAndWait();
        assertThat(winBackTask(customer)).isNull();
        assertThat(fixtures.rows("select id from sf_win_back where customer_id = ?", customer)).hasSize(1);
        assertThat(classes.isDropped(customer)).isTrue();
    }

    @Test
    void an_order_before_the_deadline_wins_the_customer_back_when_the_timer_fires() {
        long customer = lostCustomer("Back Again Trading");
        fixtures.runAndWait();
        Task task = winBackTask(customer);
        fixtures.order(customer, LocalDate.now(), new BigDecimal("10.00"), 1);

        passDeadline(task);

        assertThat(status(customer)).isEqualTo("WON_BACK");
        assertThat(classes.isDropped(customer)).isFalse();
    }

    @Test
    void the_next_run_notices_an_order_and_ends_the_win_back() {
        long customer = lostCustomer("Reordered Trading");
        fixtures.runAndWait();
        Task task = winBackTask(customer);
        fixtures.order(customer, LocalDate.now(), new BigDecimal("10.00"), 1);

        fixtures.runAndWait();

        assertThat(winBackTask(customer)).isNull();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .activityId("won-back").count()).isEqualTo(1);
        assertThat(status(customer)).isEqualTo("WON_BACK");
        assertThat(classes.current(customer).orElseThrow().lifecycle()).isEqualTo(Lifecycle.RETURNING);
    }

    @Test
    void the_owner_marks_the_customer_won_back() {
        long customer = lostCustomer("Persuaded Trading");
        fixtures.runAndWait();
        engineTasks.complete(winBackTask(customer).getId());
        assertThat(status(customer)).isEqualTo("WON_BACK");
    }
}
