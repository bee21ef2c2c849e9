package com.salesflow.quote;

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
 * Table test of {@code quote-approval-level} (issue 7): each row fires at its threshold and not below it, a quote
 * within every limit needs nobody, and the example (25 % discount) needs the supervisor and the director.
 */
class QuoteApprovalLevelTest {

    private static final Path FILE = Path.of("processes", "quote-approval-level.dmn");

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(FILE)) {
            decision = engine.parseDecision("quote-approval-level", in);
        }
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("rule-line-discount-supervisor", "maxLineDiscount", 10.5, 10.0, "SUPERVISOR"),
                Arguments.of("rule-line-discount-director", "maxLineDiscount", 20.5, 20.0, "DIRECTOR"),
                Arguments.of("rule-total-discount-supervisor", "totalDiscount", 10.1, 10.0, "SUPERVISOR"),
                Arguments.of("rule-total-discount-director", "totalDiscount", 20.1, 20.0, "DIRECTOR"),
                Arguments.of("rule-amount-supervisor", "netTotal", 500_000.01, 500_000.0, "SUPERVISOR"),
                Arguments.of("rule-amount-director", "netTotal", 2_000_000.01, 2_000_000.0, "DIRECTOR"),
                Arguments.of("rule-margin-supervisor", "marginPercent", 14.9, 15.0, "SUPERVISOR"),
                Arguments.of("rule-margin-director", "marginPercent", 4.9, 5.0, "DIRECTOR"),
                Arguments.of("rule-risk-customer", "customerGrade", "RISK", "KEY", "SUPERVISOR"),
                Arguments.of("rule-long-payment-terms", "paymentTermsDays", 45, 30, "FINANCE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void each_row_fires_past_its_threshold_only(String rule, String input, Object past, Object at, String approver) {
        assertThat(approvers(withinLimits().putValue(input, past))).contains(approver);
        assertThat(approvers(withinLimits().putValue(input, at))).doesNotContain(approver);
    }

    @Test
    void every_row_of_the_table_is_tested() throws IOException {
        List<String> tested = rows().map(arguments -> (String) arguments.get()[0]).toList();
        try (InputStream in = Files.newInputStream(FILE)) {
            List<String> rules = Dmn.readModelFromStream(in).getModelElementsByType(Rule.class).stream()
                    .map(Rule::getId).toList();
            assertThat(tested).containsExactlyInAnyOrderElementsOf(rules);
        }
    }

    @Test
    void a_quote_within_every_limit_needs_no_approval() {
        assertThat(approvers(withinLimits())).isEmpty();
    }

    @Test
    void a_twenty_five_percent_discount_needs_the_supervisor_and_the_director_each_with_a_reason() {
        VariableMap quote = withinLimits().putValue("maxLineDiscount", 25.0).putValue("totalDiscount", 25.0);
        List<Map<String, Object>> rows = new ArrayList<>();
        engine.evaluateDecisionTable(decision, quote).forEach(row -> rows.add(new HashMap<>(row.getEntryMap())));

        assertThat(rows).extracting(row -> row.get("approver"))
                .containsOnly("SUPERVISOR", "DIRECTOR").contains("SUPERVISOR", "DIRECTOR");
        assertThat(rows).allSatisfy(row -> {
            assertThat((String) row.get("reason")).isNotBlank();
            assertThat((String) row.get("reasonZh")).isNotBlank();
        });
    }

    private static VariableMap withinLimits() {
        return Variables.createVariables().putValue("maxLineDiscount", 5.0).putValue("totalDiscount", 5.0)
                .putValue("netTotal", 80_000.0).putValue("marginPercent", 32.0).putValue("customerGrade", "ORDINARY")
                .putValue("paymentTermsDays", 30);
    }

    private static List<Object> approvers(VariableMap inputs) {
        return engine.evaluateDecisionTable(decision, inputs).collectEntries("approver");
    }
}
