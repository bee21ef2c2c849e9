package com.salesflow.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Table tests of {@code rfm-tier}, {@code customer-lifecycle} and {@code grade-suggestion} (issue 10) with the
 * engine's FEEL: one case per rule row, which must be the first row that matches and give its answer; every row of
 * each table has a case and a description.
 */
class ClassTablesTest {

    private static DmnEngine engine;
    private static final Map<String, DmnDecision> decisions = new HashMap<>();
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
        for (String key : List.of("rfm-tier", "customer-lifecycle", "grade-suggestion")) {
            try (InputStream in = Files.newInputStream(file(key))) {
                decisions.put(key, engine.parseDecision(key, in));
            }
        }
    }

    private static Path file(String key) {
        return Path.of("processes", key + ".dmn");
    }

    private static VariableMap rfm(int r, int f, int m) {
        return Variables.createVariables().putValue("recencyScore", r).putValue("frequencyScore", f)
                .putValue("monetaryScore", m);
    }

    private static VariableMap lifecycle(int orders, int sinceFirst, int sinceLast) {
        return Variables.createVariables().putValue("orders", orders).putValue("daysSinceFirstOrder", sinceFirst)
                .putValue("daysSinceLastOrder", sinceLast);
    }

    private static VariableMap grade(int value, int potential, String credit) {
        return Variables.createVariables().putValue("valueScore", value).putValue("potentialScore", potential)
                .putValue("creditRating", credit);
    }

    /** Table, rule, inputs at the rule's edge, expected answer. */
    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("rfm-tier", "rule-a", rfm(4, 4, 4), "A"),
                Arguments.of("rfm-tier", "rule-b", rfm(5, 5, 3), "B"),
                Arguments.of("rfm-tier", "rule-c", rfm(3, 1, 5), "C"),
                Arguments.of("rfm-tier", "rule-d", rfm(2, 5, 5), "D"),
                Arguments.of("customer-lifecycle", "rule-prospect", lifecycle(0, 0, 0), "PROSPECT"),
                Arguments.of("customer-lifecycle", "rule-lost", lifecycle(12, 900, 181), "LOST"),
                Arguments.of("customer-lifecycle", "rule-new-single", lifecycle(1, 180, 180), "NEW"),
                Arguments.of("customer-lifecycle", "rule-new-recent", lifecycle(4, 90, 2), "NEW"),
                Arguments.of("customer-lifecycle", "rule-returning", lifecycle(2, 91, 180), "RETURNING"),
                Arguments.of("grade-suggestion", "rule-risk", grade(5, 5, "D"), "RISK"),
                Arguments.of("grade-suggestion", "rule-key", grade(4, 4, "NONE"), "KEY"),
                Arguments.of("grade-suggestion", "rule-potential", grade(3, 4, "A"), "POTENTIAL"),
                Arguments.of("grade-suggestion", "rule-ordinary", grade(5, 3, "C"), "ORDINARY"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rows")
    void each_row_is_the_first_match_at_its_edge_and_gives_its_answer(String table, String rule, VariableMap in,
            String expected) {
        Object answer = engine.evaluateDecisionTable(decisions.get(table), in).getSingleEntry();
        assertThat(matched).first().isEqualTo(rule);
        assertThat(answer).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rfm-tier", "customer-lifecycle", "grade-suggestion"})
    void every_row_of_the_table_is_tested_and_has_a_description(String table) throws IOException {
        List<String> tested = rows().filter(arguments -> arguments.get()[0].equals(table))
                .map(arguments -> (String) arguments.get()[1]).toList();
        try (InputStream in = Files.newInputStream(file(table))) {
            List<Rule> rules = List.copyOf(Dmn.readModelFromStream(in).getModelElementsByType(Rule.class));
            assertThat(tested).containsExactlyInAnyOrderElementsOf(rules.stream().map(Rule::getId).toList());
            assertThat(rules).allSatisfy(r -> assertThat(r.getDescription().getTextContent()).isNotBlank());
        }
    }

    @org.junit.jupiter.api.Test
    void every_combination_of_scores_gets_a_tier() {
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    assertThat(engine.evaluateDecisionTable(decisions.get("rfm-tier"), rfm(r, f, m)))
                            .hasSize(1);
                }
            }
        }
    }
}
