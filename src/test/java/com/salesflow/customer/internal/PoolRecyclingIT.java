package com.salesflow.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.customer.ContactChannel;
import com.salesflow.customer.ContactRecordForm;
import com.salesflow.customer.CustomerForm;
import com.salesflow.customer.Customers;
import com.salesflow.customer.Grade;
import com.salesflow.customer.OwnershipChangeReason;
import com.salesflow.customer.OwnershipChangeView;
import com.salesflow.identity.Roles;
import com.salesflow.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The nightly {@code pool-recycling} process with its decision table. Neglect is simulated by moving the
 * customers' own clock back (owned since, last follow-up), so that the demo data and other tests keep today's
 * time; the warning's timer is fired by moving the engine clock.
 */
@IntegrationTest
@WithMockUser(username = "sales2", roles = Roles.SALES)
class PoolRecyclingIT {

    @Autowired
    Customers customers;

    @Autowired
    CustomerRepository repository;

    @Autowired
    PoolRecycling poolRecycling;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    private long create(Grade grade) {
        CustomerForm form = new CustomerForm();
        form.setName("Recycling " + grade + " " + Long.toString(System.nanoTime(), 36));
        form.setGrade(grade);
        return customers.create(form).id();
    }

    /** As if the owner got the customer {@code days} ago and never followed it up. */
    private void neglectedFor(long id, int days) {
        Customer customer = repository.findById(id).orElseThrow();
        customer.changeOwner(customer.getOwner(), Instant.now().minus(Duration.ofDays(days)));
        repository.saveAndFlush(customer);
    }

    private void runNightly() {
        Job timer = management.createJobQuery().processDefinitionKey("pool-recycling").timers().singleResult();
        management.executeJob(timer.getId());
    }

    private List<Task> warnings(long id) {
        return tasks.createTaskQuery().processInstanceBusinessKey(PoolRecycling.businessKey(id)).list();
    }

    @Test
    void the_decision_table_gives_the_days_per_grade_and_excludes_key_customers() {
        assertThat(poolRecycling.ruleFor(Grade.KEY).excluded()).isTrue();
        assertThat(poolRecycling.ruleFor(Grade.ORDINARY)).isEqualTo(new PoolRecycling.Rule(false, 30, 5));
        assertThat(poolRecycling.ruleFor(Grade.POTENTIAL)).isEqualTo(new PoolRecycling.Rule(false, 30, 5));
        assertThat(poolRecycling.ruleFor(Grade.RISK)).isEqualTo(new PoolRecycling.Rule(false, 20, 3));
    }

    @Test
    void neglected_customers_are_warned_then_returned_to_the_pool_and_followed_up_or_key_ones_stay() {
        long ordinary = create(Grade.ORDINARY);
        long followedUp = create(Grade.ORDINARY);
        long key = create(Grade.KEY);
        long risk = create(Grade.RISK);
        neglectedFor(ordinary, 26);
        neglectedFor(followedUp, 26);
        neglectedFor(key, 100);
        neglectedFor(risk, 21);

        customers.addContactRecord(followedUp, new ContactRecordForm(ContactChannel.CALL, null, null,
                "Called about the next order", "Will order in spring", null, null, null));
        runNightly();

        assertThat(customers.get(risk).owner()).isNull();
        OwnershipChangeView recycled = customers.ownershipHistory(risk).get(1);
        assertThat(recycled.reason()).isEqualTo(OwnershipChangeReason.RECYCLED);
        assertThat(recycled.changedBy()).isEqualTo("system");
        assertThat(recycled.fromOwner()).isEqualTo("sales2");
        assertThat(customers.get(ordinary).owner()).isEqualTo("sales2");
        assertThat(warnings(ordinary)).singleElement().satisfies(task -> {
            assertThat(task.getAssignee()).isEqualTo("sales2");
            assertThat(task.getDueDate()).isAfter(new Date());
        });
        assertThat(warnings(followedUp)).isEmpty();
        assertThat(warnings(key)).isEmpty();
        assertThat(customers.get(key).owner()).isEqualTo("sales2");

        runNightly();
        assertThat(warnings(ordinary)).as("warned once, not every night").hasSize(1);

        neglectedFor(ordinary, 31);
        runNightly();

        assertThat(customers.get(ordinary).owner()).isNull();
        assertThat(customers.get(followedUp).owner()).isEqualTo("sales2");
        assertThat(customers.get(key).owner()).isEqualTo("sales2");
    }

    @Test
    void an_unanswered_warning_ends_by_itself_when_the_recycle_date_passes() {
        long ordinary = create(Grade.ORDINARY);
        neglectedFor(ordinary, 27);
        runNightly();
        Task warning = warnings(ordinary).get(0);
        String instance = warning.getProcessInstanceId();

        ClockUtil.setCurrentTime(Date.from(LocalDateTime.now().plusDays(5).atZone(ZoneId.systemDefault()).toInstant()));
        Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
        assertThat(timer.getDuedate()).isBefore(ClockUtil.getCurrentTime());
        management.executeJob(timer.getId());

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId("expired")
                .count()).isEqualTo(1);
    }
}
