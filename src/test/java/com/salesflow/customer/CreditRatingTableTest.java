package com.salesflow.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
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
 * Table test of {@code credit-rating} (issue 9): each row fires at its threshold and not just below it, and every one
 * of the 256 possible surveys gets exactly one rating with a limit and terms.
 */
class CreditRatingTableTest {

    private static final Path FILE = Path.of("processes", "credit-rating.dmn");

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
            decision = engine.parseDecision("credit-rating", in);
        }
    }

    /** Rule, the answers (net assets, total assets, prospects, payment record) at its threshold and just beside it. */
    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("rule-payment-record-d", "AAAD", "AAAC"),
                Arguments.of("rule-score-a", "AABA", "ABBB"),   // 14 and 13
                Arguments.of("rule-score-b", "BCCA", "CCCA"),   // 11 and 10
                Arguments.of("rule-score-c", "CCCC", "DCCC"),   // 8 and 7
                Arguments.of("rule-score-d", "DCCC", "CCCC"));  // 7 and 8
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void each_row_fires_at_its_threshold_and_not_beside_it(String rule, String at, String beside) {
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
    void the_ratings_come_with_their_limits_and_terms() {
        assertThat(evaluate("AAAA").getSingleResult().getEntryMap()).containsExactlyInAnyOrderEntriesOf(
                Map.of("rating", "A", "suggestedLimit", 500_000.0, "paymentTermsDays", 60));
        assertThat(evaluate("BBBB").getSingleResult().getEntryMap()).containsExactlyInAnyOrderEntriesOf(
                Map.of("rating", "B", "suggestedLimit", 200_000.0, "paymentTermsDays", 30));
        assertThat(evaluate("CCBC").getSingleResult().getEntryMap()).containsExactlyInAnyOrderEntriesOf(
                Map.of("rating", "C", "suggestedLimit", 50_000.0, "paymentTermsDays", 15));
        assertThat(evaluate("AAAD").getSingleResult().getEntryMap()).containsExactlyInAnyOrderEntriesOf(
                Map.of("rating", "D", "suggestedLimit", 0.0, "paymentTermsDays", 0));
    }

    @Test
    void every_possible_survey_gets_exactly_one_rating() {
        String grades = "ABCD";
        int evaluated = 0;
        for (char net : grades.toCharArray()) {
            for (char total : grades.toCharArray()) {
                for (char prospects : grades.toCharArray()) {
                    for (char payment : grades.toCharArray()) {
                        String answers = "" + net + total + prospects + payment;
                        DmnDecisionTableResult result = evaluate(answers);
                        assertThat(result).as(answers).hasSize(1);
                        assertThat(grades).contains((String) result.getSingleResult().get("rating"));
                        assertThat((Double) result.getSingleResult().get("suggestedLimit")).isNotNegative();
                        assertThat((Integer) result.getSingleResult().get("paymentTermsDays")).isBetween(0, 365);
                        evaluated++;
                    }
                }
            }
        }
        assertThat(evaluated).isEqualTo(256);
    }

    /** The application's inputs: the four answers and their score, A = 4 down to D = 1. */
    private static DmnDecisionTableResult evaluate(String answers) {
        VariableMap inputs = Variables.createVariables().putValue("netAssets", answers.substring(0, 1))
                .putValue("totalAssets", answers.substring(1, 2)).putValue("prospects", answers.substring(2, 3))
                .putValue("paymentRecord", answers.substring(3, 4))
                .putValue("surveyScore", answers.chars().map(grade -> 4 - (grade - 'A')).sum());
        return engine.evaluateDecisionTable(decision, inputs);
    }
}
