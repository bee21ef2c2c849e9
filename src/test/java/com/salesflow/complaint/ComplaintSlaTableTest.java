package com.salesflow.complaint;

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
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table test of {@code complaint-sla} (issue 10): one case per row, the first matching row decides, and every
 * severity and grade gets an SLA.
 */
class ComplaintSlaTableTest {

    private static final Path FILE = Path.of("processes", "complaint-sla.dmn");

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
            decision = engine.parseDecision("complaint-sla", in);
        }
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("rule-critical", "CRITICAL", "KEY", 4),
                Arguments.of("rule-high-key", "HIGH", "KEY", 12),
                Arguments.of("rule-high", "HIGH", "ORDINARY", 24),
                Arguments.of("rule-normal-key", "NORMAL", "KEY", 48),
                Arguments.of("rule-normal", "NORMAL", "NONE", 72),
                Arguments.of("rule-low", "LOW", "KEY", 120),
                Arguments.of("rule-other", "UNKNOWN", "RISK", 72));
    }

    @ParameterizedTest(name = "{0}: {1}, {2} -> {3} h")
    @MethodSource("rows")
    void each_row_gives_its_hours_to_resolve(String rule, String severity, String grade, int hours) {
        assertThat(hours(severity, grade)).isEqualTo(hours);
        assertThat(matched).first().isEqualTo(rule);
    }

    @Test
    void every_severity_and_grade_gets_an_sla_and_key_customers_never_wait_longer() {
        for (ComplaintSeverity severity : ComplaintSeverity.values()) {
            for (String grade : List.of("KEY", "POTENTIAL", "ORDINARY", "RISK", "NONE")) {
                assertThat(hours(severity.name(), grade)).as(severity + "/" + grade)
                        .isPositive().isLessThanOrEqualTo(hours(severity.name(), "ORDINARY"));
            }
        }
    }

    private static int hours(String severity, String grade) {
        DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("severity", severity).putValue("customerGrade", grade));
        return ((Number) result.getFirstResult().getEntry("slaHours")).intValue();
    }
}
