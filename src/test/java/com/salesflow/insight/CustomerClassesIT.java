package com.salesflow.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesflow.customer.CustomerClasses;
import com.salesflow.customer.Grade;
import com.salesflow.customer.Lifecycle;
import com.salesflow.shared.NotFoundException;
import com.salesflow.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A classification run over a seeded order history with known answers. Other tests' customers share the database, so
 * the RFM answers checked are the extremes, which no other data can move: the customer with the most orders, the
 * highest total and an order today is tier A; one with a single tiny order long ago is tier D. Lifecycles depend on
 * the customer alone and are checked for every class.
 */
@IntegrationTest
class CustomerClassesIT {

    @Autowired
    InsightFixtures fixtures;
    @Autowired
    Insight insight;
    @Autowired
    CustomerClasses classes;
    @Autowired
    TaskService engineTasks;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_run_classifies_customers_from_their_order_history_and_records_only_changes() {
        LocalDate today = LocalDate.now();
        String unique = InsightFixtures.unique();
        long best = fixtures.customer("Best Buyer " + unique);
        for (int i = 0; i < 60; i++) {
            fixtures.order(best, today.minusDays(i * 3L), new BigDecimal("900000000.00"), 1);
        }
        long lapsed = fixtures.customer("Lapsed Buyer " + unique);
        fixtures.order(lapsed, today.minusDays(900), new BigDecimal("0.01"), 1);
        long fresh = fixtures.customer("Fresh Buyer " + unique);
        fixtures.order(fresh, today.minusDays(10), new BigDecimal("100.00"), 1);
        long returning = fixtures.customer("Returning Buyer " + unique);
        fixtures.order(returning, today.minusDays(200), new BigDecimal("100.00"), 1);
        fixtures.order(returning, today.minusDays(20), new BigDecimal("100.00"), 1);
        long prospect = fixtures.customer("Prospect " + unique);

        InsightRun run = fixtures.runAndWait();

        assertThat(run.processed()).isEqualTo(run.total()).isGreaterThanOrEqualTo(5);
        assertThat(classes.current(best).orElseThrow()).satisfies(c -> {
            assertThat(c.rfmTier()).isEqualTo("A");
            assertThat(c.lifecycle()).isEqualTo(Lifecycle.RETURNING);
        });
        assertThat(classes.current(lapsed).orElseThrow()).satisfies(c -> {
            assertThat(c.rfmTier()).isEqualTo("D");
            assertThat(c.lifecycle()).isEqualTo(Lifecycle.LOST);
        });
        assertThat(classes.current(fresh).orElseThrow().lifecycle()).isEqualTo(Lifecycle.NEW);
        assertThat(classes.current(returning).orElseThrow().lifecycle()).isEqualTo(Lifecycle.RETURNING);
        assertThat(classes.current(prospect).orElseThrow()).satisfies(c -> {
            assertThat(c.rfmTier()).isNull();
            assertThat(c.lifecycle()).isEqualTo(Lifecycle.PROSPECT);
        });

        fixtures.signIn("sales1");
        assertThat(insight.history(best)).extracting(ClassChange::kind, ClassChange::oldValue, ClassChange::newValue,
                ClassChange::runId).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ClassKind.RFM_TIER, null, "A", run.id()),
                        org.assertj.core.groups.Tuple.tuple(ClassKind.LIFECYCLE, "PROSPECT", "RETURNING", run.id()));
        assertThat(insight.history(prospect)).isEmpty();
        // Outside the caller's scope a customer does not exist.
        fixtures.signIn("sales3");
        assertThatThrownBy(() -> insight.history(best)).isInstanceOf(NotFoundException.class);

        // The best customer's grade suggestion waits for sales1's supervisor; the lapsed customer gets a win-back.
        fixtures.signIn("sales1");
        assertThat(insight.pendingSuggestions()).filteredOn(s -> s.customerId() == best).singleElement()
                .satisfies(s -> {
                    assertThat(s.currentGrade()).isEqualTo(Grade.ORDINARY);
                    assertThat(s.suggestedGrade()).isEqualTo(Grade.KEY);
                });
        assertThat(engineTasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(best))
                .processDefinitionKey("grade-confirmation").taskCandidateUser("supervisor").count()).isEqualTo(1);
        assertThat(engineTasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(lapsed))
                .processDefinitionKey("win-back").taskAssignee("sales1").count()).isEqualTo(1);

        // Nothing changed: a second run writes no history and starts no second task for these customers.
        InsightRun second = fixtures.runAndWait();
        fixtures.signIn("sales1");
        for (long customer : List.of(best, lapsed, fresh, returning, prospect)) {
            assertThat(insight.history(customer)).noneMatch(change -> change.runId() == second.id());
        }
        assertThat(engineTasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(best))
                .processDefinitionKey("grade-confirmation").count()).isEqualTo(1);
        assertThat(engineTasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(lapsed))
                .processDefinitionKey("win-back").count()).isEqualTo(1);

        // The trend counts customers per class at the end of each run.
        fixtures.signIn("director");
        assertThat(insight.trend(ClassKind.RFM_TIER, 2)).filteredOn(c -> c.runId() == second.id())
                .extracting(ClassCount::value).contains("A", "D");
        assertThat(insight.runs(5)).extracting(InsightRun::id).startsWith(second.id(), run.id());
    }

    @Test
    void the_supervisor_confirms_a_grade_suggestion_and_the_grade_changes() {
        LocalDate today = LocalDate.now();
        long best = fixtures.customer("Confirmed Buyer " + InsightFixtures.unique());
        for (int i = 0; i < 60; i++) {
            fixtures.order(best, today.minusDays(i * 2L), new BigDecimal("900000000.00"), 1);
        }
        fixtures.runAndWait();
        var task = engineTasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(best))
                .processDefinitionKey("grade-confirmation").singleResult();
        engineTasks.complete(task.getId(), java.util.Map.of("confirm", true));

        assertThat(classes.current(best).orElseThrow().grade()).isEqualTo(Grade.KEY);
        fixtures.signIn("sales1");
        assertThat(insight.history(best)).anyMatch(c -> c.kind() == ClassKind.GRADE && "KEY".equals(c.newValue()));
        assertThat(insight.pendingSuggestions()).noneMatch(s -> s.customerId() == best);
    }

    @Test
    void salespeople_may_not_start_runs() {
        fixtures.signIn("sales1");
        assertThat(insight.mayStart()).isFalse();
        assertThatThrownBy(() -> insight.start()).isInstanceOf(AccessDeniedException.class);
    }
}
