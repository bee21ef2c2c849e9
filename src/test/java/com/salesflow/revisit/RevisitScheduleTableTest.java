package com.salesflow.revisit;

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
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table test of {@code revisit-schedule}: each grade gets its own row (and a customer without a grade the last one),
 * and every row is a series the revisit process can read (ISO periods, the first revisit within the series).
 */
class RevisitScheduleTableTest {

    private static final Path FILE = Path.of("processes", "revisit-schedule.dmn");

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
            decision = engine.parseDecision("revisit-schedule", in);
        }
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("KEY", "rule-key", "P3D,P30D", "P90D", "P1Y"),
                Arguments.of("POTENTIAL", "rule-potential", "P7D,P30D", "P60D", "P1Y"),
                Arguments.of("ORDINARY", "rule-ordinary", "P7D", "P180D", "P1Y"),
                Arguments.of("RISK", "rule-risk", "P7D", "P60D", "P6M"),
                Arguments.of(null, "rule-other", "P7D", "P180D", "P1Y"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("rows")
    void each_grade_gets_its_row(String grade, String rule, String offsets, String repeatEvery, String length) {
        DmnDecisionTableResult result = engine.evaluateDecisionTable(decision,
                Variables.createVariables().putValue("grade", grade));

        assertThat(matched.get(0)).isEqualTo(rule);
        Map<String, Object> row = result.getFirstResult().getEntryMap();
        assertThat(row).containsEntry("offsets", offsets).containsEntry("repeatEvery", repeatEvery)
                .containsEntry("seriesLength", length);
        List<java.time.Period> first = Stream.of(offsets.split(",")).map(java.time.Period::parse).toList();
        assertThat(first.get(0).getDays()).isPositive();
        assertThat(java.time.Period.parse(repeatEvery).isNegative()).isFalse();
        assertThat(java.time.Period.parse(length).toTotalMonths()).isPositive();
    }

    @Test
    void every_row_of_the_table_is_tested() throws IOException {
        try (InputStream in = Files.newInputStream(FILE)) {
            List<String> rules = Dmn.readModelFromStream(in).getModelElementsByType(Rule.class).stream()
                    .map(Rule::getId).toList();
            assertThat(rules).containsExactlyInAnyOrderElementsOf(rows().map(a -> (String) a.get()[1]).toList());
        }
    }
}
