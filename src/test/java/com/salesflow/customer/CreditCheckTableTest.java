package com.salesflow.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table test of {@code credit-check} (issue 9) with the engine's own FEEL engine: each row fires at its threshold
 * (the entries on {@code amount} compare with the other inputs, {@code creditLimit - openReceivables}) and not on the
 * other side of it, and every combination of inputs gets exactly one decision.
 */
class CreditCheckTableTest {

    private static final Path FILE = Path.of("processes", "credit-check.dmn");

    private static DmnEngine engine;
    private static DmnDecision decision;
    private static final List<String> matched = new ArrayList<>();

    @BeforeAll
    static void parse() throws IOException {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        DmnDecisionTableEvaluationListener listener = (DmnDecisionTableEvaluationEvent event) -> {
            matched.clear();
            event.getMatchingRules().forEach(rule -> matched.add(rule.getId()));
        };
        configuration.customPostDecisionTableEvaluationListeners(List.of(listener));
        engine = configuration.buildEngine();
        try (InputStream in = Files.newInputStream(FILE)) {
            decision = engine.parseDecision("credit-check", in);
        }
    }

    /** Rule, the inputs changed from {@link #approvable()} at its threshold, and just on the other side of it. */
    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("rule-risk-rating", inputs().putValue("creditRating", "D"),
                        inputs().putValue("creditRating", "C")),
                Arguments.of("rule-no-rating", inputs().putValue("creditRating", "NONE"),
                        inputs().putValue("creditRating", "A")),
                // available 100,000 - 40,000 = 60,000; 1.5 times that is 90,000
                Arguments.of("rule-far-over-limit", inputs().putValue("amount", 90_000.01),
                        inputs().putValue("amount", 90_000.0)),
                Arguments.of("rule-over-limit", inputs().putValue("amount", 60_000.01),
                        inputs().putValue("amount", 60_000.0)),
                Arguments.of("rule-c-long-terms", inputs().putValue("creditRating", "C").putValue("paymentTermsDays", 31),
                        inputs().putValue("creditRating", "C").putValue("paymentTermsDays", 30)),
                Arguments.of("rule-very-long-terms", inputs().putValue("paymentTermsDays", 91),
                        inputs().putValue("paymentTermsDays", 90)),
                Arguments.of("rule-approve", inputs(), inputs().putValue("amount", 60_000.01)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void each_row_fires_past_its_threshold_and_not_at_the_other_side(String rule, VariableMap at, VariableMap beside) {
        evaluate(at);
        assertThat(matched).first().isEqualTo(rule);
        evaluate(beside);
        assertThat(matched).first().isNotEqualTo(rule);
    }

    @Test
    void every_row_of_the_table_is_tested_and_has_a_description() throws IOException {
        List<String> tested = rows().map(arguments -> (String) arguments.get()[0]).toList();
        try (InputStream in = Files.newInputStream(FILE)) {
            List<Rule> rules = List.copyOf(Dmn.readModelFromStream(in).getModelElementsByType(Rule.class));
            assertThat(tested).containsExactlyInAnyOrderElementsOf(rules.stream().map(Rule::getId).toList());
            assertThat(rules).allSatisfy(rule -> assertThat(rule.getDescription().getTextContent()).isNotBlank());
        }
    }

    @Test
    void the_decisions_carry_their_prepayment_and_reasons() {
        assertThat(evaluate(inputs().putValue("creditRating", "D")).getSingleResult().getEntryMap())
                .containsEntry("creditDecision", "PREPAYMENT").containsEntry("prepaymentPercent", 50.0)
                .containsEntry("reason", "Risk customer: prepayment").containsEntry("reasonZh", "风险客户：需预付款");
        assertThat(evaluate(inputs().putValue("amount", 100_000.0)).getSingleResult().getEntryMap())
                .containsEntry("creditDecision", "PREPAYMENT").containsEntry("prepaymentPercent", 30.0);
        assertThat(evaluate(inputs().putValue("amount", 70_000.0)).getSingleResult().getEntryMap())
                .containsEntry("creditDecision", "FINANCE_REVIEW").containsEntry("prepaymentPercent", 0.0)
                .containsEntry("reason", "Over the credit limit");
        assertThat(evaluate(inputs()).getSingleResult().getEntryMap())
                .containsEntry("creditDecision", "APPROVE").containsEntry("prepaymentPercent", 0.0);
    }

    @Test
    void a_customer_without_a_limit_or_owing_more_than_it_pays_no_contract_on_credit() {
        assertThat(decisionOf(inputs().putValue("creditLimit", 0.0).putValue("openReceivables", 0.0)
                .putValue("amount", 0.01))).isEqualTo("PREPAYMENT");
        assertThat(decisionOf(inputs().putValue("creditLimit", 0.0).putValue("openReceivables", 0.0)
                .putValue("amount", 0.0))).isEqualTo("APPROVE");
        assertThat(decisionOf(inputs().putValue("creditLimit", 50_000.0).putValue("openReceivables", 80_000.0)
                .putValue("amount", 1.0))).isEqualTo("PREPAYMENT");
    }

    @Test
    void every_combination_of_inputs_gets_exactly_one_decision() {
        List<String> decisions = List.of("APPROVE", "FINANCE_REVIEW", "PREPAYMENT");
        int evaluated = 0;
        for (String rating : new String[] {"A", "B", "C", "D", "NONE"}) {
            for (double limit : new double[] {0, 50_000, 500_000}) {
                for (double receivables : new double[] {0, 30_000, 600_000}) {
                    for (double amount : new double[] {0, 1, 20_000, 50_000, 74_999, 75_000, 1_000_000}) {
                        for (int days : new int[] {0, 30, 31, 90, 91, 365}) {
                            VariableMap in = Variables.createVariables().putValue("creditRating", rating)
                                    .putValue("creditLimit", limit).putValue("openReceivables", receivables)
                                    .putValue("amount", amount).putValue("paymentTermsDays", days);
                            DmnDecisionTableResult result = evaluate(in);
                            assertThat(result).as(in.toString()).hasSize(1);
                            assertThat(decisions).contains((String) result.getSingleResult().get("creditDecision"));
                            assertThat((String) result.getSingleResult().get("reason")).isNotBlank();
                            assertThat((String) result.getSingleResult().get("reasonZh")).isNotBlank();
                            evaluated++;
                        }
                    }
                }
            }
        }
        assertThat(evaluated).isEqualTo(5 * 3 * 3 * 7 * 6);
    }

    /** Rated B, 100,000 limit with 40,000 owed (60,000 available), a 50,000 contract on 30 days: approved. */
    private static VariableMap inputs() {
        return Variables.createVariables().putValue("creditRating", "B").putValue("creditLimit", 100_000.0)
                .putValue("openReceivables", 40_000.0).putValue("amount", 50_000.0).putValue("paymentTermsDays", 30);
    }

    private static DmnDecisionTableResult evaluate(VariableMap inputs) {
        return engine.evaluateDecisionTable(decision, inputs);
    }

    private static String decisionOf(VariableMap inputs) {
        return evaluate(inputs).getSingleResult().getEntry("creditDecision");
    }
}
