package com.salesflow.revisit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.contract.ContractFixtures;
import com.salesflow.contract.OrderDelivered;
import com.salesflow.customer.CustomerForm;
import com.salesflow.customer.CustomerType;
import com.salesflow.customer.Customers;
import com.salesflow.customer.Grade;
import com.salesflow.revisit.RevisitFilter;
import com.salesflow.revisit.RevisitStatus;
import com.salesflow.revisit.RevisitView;
import com.salesflow.revisit.Revisits;
import com.salesflow.support.IntegrationTest;
import com.salesflow.task.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path of {@code post-sale-revisit} with the real engine, table, users and database, timers executed with the
 * clock moved: the series of a key and of an ordinary customer to their end, low satisfaction and a ticked complaint
 * registering a complaint, new needs giving the owner a follow-up, one series per order however often the delivery is
 * announced, and the daily run for customers without orders.
 */
@IntegrationTest
class RevisitIT {

    private static final AtomicLong ORDERS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 100);

    @Autowired
    ContractFixtures fixtures;
    @Autowired
    Customers customers;
    @Autowired
    Revisits revisits;
    @Autowired
    Tasks tasks;
    @Autowired
    TaskService engineTasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    RevisitProcess process;
    @Autowired
    RevisitStarts starts;
    @Autowired
    RevisitRepository records;

    @AfterEach
    void reset() {
        ClockUtil.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_key_customer_is_revisited_after_3_and_30_days_then_quarterly_until_a_year_after_delivery() {
        long customer = customer(Grade.KEY);
        long order = deliver(customer);
        String instance = instanceOf(order);

        List<Long> daysAfterDelivery = new java.util.ArrayList<>();
        Instant delivered = series(customer).get(0).dueAt().minus(Duration.ofDays(3));
        for (int seq = 1; seq <= 5; seq++) {
            RevisitView planned = planned(customer, seq);
            daysAfterDelivery.add(Duration.between(delivered, planned.dueAt()).toDays());
            Task task = dueTask(instance, planned);
            revisit(task, 5, null, false);
        }

        assertThat(daysAfterDelivery).containsExactly(3L, 30L, 120L, 210L, 300L);
        assertThat(series(customer)).hasSize(5).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(RevisitStatus.DONE);
            assertThat(r.satisfaction()).isEqualTo(5);
            assertThat(r.completedBy()).isEqualTo("service");
            assertThat(r.complaintId()).isNull();
        });
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }

    @Test
    void an_ordinary_customer_is_revisited_after_a_week_and_half_a_year_later_then_the_series_ends() {
        long customer = customer(Grade.ORDINARY);
        long order = deliver(customer);
        String instance = instanceOf(order);

        revisit(dueTask(instance, planned(customer, 1)), 4, null, false);
        RevisitView second = planned(customer, 2);
        assertThat(Duration.between(series(customer).get(0).dueAt(), second.dueAt()).toDays()).isEqualTo(180);
        revisit(dueTask(instance, second), 4, null, false);

        assertThat(series(customer)).hasSize(2);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }

    @Test
    void the_revisit_task_is_for_the_service_group_and_the_owner_and_not_before_it_is_due() {
        long customer = customer(Grade.KEY);
        String instance = instanceOf(deliver(customer));

        assertThat(engineTasks.createTaskQuery().processInstanceId(instance).count()).isZero();
        Task task = dueTask(instance, planned(customer, 1));

        assertThat(task.getTaskDefinitionKey()).isEqualTo("revisit");
        assertThat(engineTasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .contains("service");
        assertThat(engineTasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getUserId)
                .contains("sales1");
        assertThat(revisits(customer).get(0).status()).isEqualTo(RevisitStatus.OPEN);
    }

    @Test
    void low_satisfaction_registers_a_complaint() {
        long customer = customer(Grade.KEY);
        String instance = process.start(customer, null, null, null, "sales1", Grade.KEY, true, RevisitSteps.now());

        revisit(dueTask(instance, planned(customer, 1)), 2, null, false);

        RevisitView done = revisits(customer).get(0);
        assertThat(done.satisfaction()).isEqualTo(2);
        assertThat(done.complaintId()).isNotNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count())
                .as("a customer without orders has one revisit").isZero();
    }

    @Test
    void a_ticked_complaint_registers_one_even_when_the_customer_is_satisfied() {
        long customer = customer(Grade.ORDINARY);
        String instance = process.start(customer, null, null, null, "sales1", Grade.ORDINARY, true,
                RevisitSteps.now());

        revisit(dueTask(instance, planned(customer, 1)), 4, null, true);

        assertThat(revisits(customer).get(0).complaintId()).isNotNull();
    }

    @Test
    void new_needs_give_the_owner_a_follow_up_task_beside_the_series() {
        long customer = customer(Grade.KEY);
        String instance = instanceOf(deliver(customer));

        revisit(dueTask(instance, planned(customer, 1)), 4, "Wants a second production line", false);

        Task followUp = engineTasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("follow-up")
                .singleResult();
        assertThat(followUp.getAssignee()).isEqualTo("sales1");
        assertThat(engineTasks.getVariable(followUp.getId(), "followUpNeeds")).isEqualTo("Wants a second production line");
        assertThat(planned(customer, 2).status()).isEqualTo(RevisitStatus.PLANNED);
        assertThat(revisits(customer).get(0).newNeeds()).isEqualTo("Wants a second production line");

        fixtures.signIn("sales1");
        tasks.complete(followUp.getId(), Map.of("followUpNote", "Sent an offer"));
        assertThat(engineTasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("follow-up").count())
                .isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isOne();
    }

    @Test
    void a_delivery_announced_twice_starts_one_series() {
        long customer = customer(Grade.POTENTIAL);
        long order = deliver(customer);
        publish(new OrderDelivered(order, "DD-T-" + order, 0, customer, "sales1"));

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("order:" + order).count())
                .isOne();
        assertThat(revisits(customer)).hasSize(1);
    }

    @Test
    void customers_without_orders_get_one_revisit_and_no_second_while_it_is_open() {
        long customer = customer(Grade.ORDINARY);

        for (int run = 0; run < 50 && revisits(customer).isEmpty(); run++) {
            starts.startForCustomersWithoutOrders();
        }
        List<RevisitView> first = revisits(customer);
        assertThat(first).singleElement().satisfies(r -> {
            assertThat(r.orderId()).isNull();
            assertThat(r.seq()).isEqualTo(1);
        });
        starts.startForCustomersWithoutOrders();
        assertThat(revisits(customer)).hasSize(1);
    }

    private long customer(Grade grade) {
        fixtures.signIn("sales1");
        CustomerForm form = new CustomerForm();
        form.setType(CustomerType.COMPANY);
        form.setName("Revisit Test Works " + ContractFixtures.unique());
        form.setPhone("+86 21 " + ContractFixtures.unique().substring(0, 8));
        form.setGrade(grade);
        long id = customers.create(form).id();
        SecurityContextHolder.clearContext();
        return id;
    }

    private long deliver(long customer) {
        long order = ORDERS.incrementAndGet();
        publish(new OrderDelivered(order, "DD-T-" + order, 0, customer, "sales1"));
        return order;
    }

    private void publish(OrderDelivered event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private String instanceOf(long order) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey("order:" + order).singleResult()
                .getId();
    }

    private List<RevisitView> revisits(long customer) {
        fixtures.signIn("service");
        return revisits.search(RevisitFilter.ofCustomer(customer), PageRequest.of(0, 50, Sort.by("seq"))).getContent();
    }

    private List<RevisitView> series(long customer) {
        return revisits(customer);
    }

    private RevisitView planned(long customer, int seq) {
        return revisits(customer).stream().filter(r -> r.seq() == seq).findFirst().orElseThrow();
    }

    /** Moves the engine's clock just past the revisit's due time and fires its timer. */
    private Task dueTask(String instance, RevisitView revisit) {
        assertThat(revisit.status()).isEqualTo(RevisitStatus.PLANNED);
        Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(revisit.dueAt()));
        ClockUtil.setCurrentTime(Date.from(revisit.dueAt().plusSeconds(60)));
        management.executeJob(timer.getId());
        return engineTasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("revisit")
                .singleResult();
    }

    private void revisit(Task task, int satisfaction, String newNeeds, boolean complaint) {
        fixtures.signIn("service");
        tasks.claim(task.getId());
        Map<String, Object> values = new HashMap<>();
        values.put("satisfaction", satisfaction);
        values.put("feedback", "Feedback " + satisfaction);
        values.put("newNeeds", newNeeds);
        values.put("complaint", complaint);
        tasks.complete(task.getId(), values);
    }
}
