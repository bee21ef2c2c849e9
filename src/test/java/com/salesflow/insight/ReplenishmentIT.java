package com.salesflow.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Replenishment (DOMAIN.md §5.4) from known purchase intervals: rice bought every 30 days is due again today, so the
 * owner gets one follow-up task, due today; a product bought on two days only is a one-off; one whose predicted date
 * passed long ago is no longer bought. The task is created once per prediction, however often runs repeat.
 */
@IntegrationTest
class ReplenishmentIT {

    @Autowired
    InsightFixtures fixtures;
    @Autowired
    Insight insight;
    @Autowired
    TaskService engineTasks;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_customer_buying_every_30_days_gets_one_follow_up_for_the_predicted_day() {
        LocalDate today = LocalDate.now();
        long rice = 900_001;
        long oil = 900_002;
        long salt = 900_003;
        long customer = fixtures.customer("Rice Household " + InsightFixtures.unique());
        fixtures.order(customer, today.minusDays(90), new BigDecimal("50.00"), rice, salt);
        fixtures.order(customer, today.minusDays(60), new BigDecimal("50.00"), rice, oil, salt);
        fixtures.order(customer, today.minusDays(60), new BigDecimal("50.00"), rice);
        fixtures.order(customer, today.minusDays(30), new BigDecimal("50.00"), rice, oil);
        // salt: three days, 5 days apart, 80 days ago; predicted 75 days ago: no longer bought
        fixtures.order(customer, today.minusDays(85), new BigDecimal("5.00"), salt);

        fixtures.runAndWait();

        fixtures.signIn("sales1");
        assertThat(insight.replenishments(PageRequest.of(0, 200)).getContent())
                .filteredOn(r -> r.customerId() == customer).singleElement().satisfies(r -> {
                    assertThat(r.productId()).isEqualTo(rice);
                    assertThat(r.purchaseDays()).isEqualTo(3);
                    assertThat(r.lastPurchase()).isEqualTo(today.minusDays(30));
                    assertThat(r.meanIntervalDays()).isEqualByComparingTo("30.0");
                    assertThat(r.nextDate()).isEqualTo(today);
                    assertThat(r.owner()).isEqualTo("sales1");
                });
        Task task = engineTasks.createTaskQuery().processDefinitionKey("replenishment")
                .processInstanceBusinessKey(String.valueOf(customer)).singleResult();
        assertThat(task.getAssignee()).isEqualTo("sales1");
        assertThat(task.getDueDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate()).isEqualTo(today);
        assertThat(engineTasks.getVariable(task.getId(), "customerId")).isEqualTo(customer);

        fixtures.runAndWait();
        assertThat(engineTasks.createTaskQuery().processDefinitionKey("replenishment")
                .processInstanceBusinessKey(String.valueOf(customer)).count()).isEqualTo(1);

        // Done, and the customer has not bought yet: the same prediction does not come back.
        engineTasks.complete(task.getId());
        fixtures.runAndWait();
        assertThat(engineTasks.createTaskQuery().processDefinitionKey("replenishment")
                .processInstanceBusinessKey(String.valueOf(customer)).count()).isZero();
        assertThat(fixtures.rows("select status from sf_replenishment where customer_id = ?", customer))
                .extracting(row -> row.get("STATUS") == null ? row.get("status") : row.get("STATUS"))
                .containsExactly("DONE");
    }
}
