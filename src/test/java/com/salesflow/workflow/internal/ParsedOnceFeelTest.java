package com.salesflow.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The FEEL engine that parses each entry once gives the same answers as the engine's own, over the decision tables
 * in {@code processes/}, and keeps only what parsed.
 */
class ParsedOnceFeelTest {

    private static final Path PROCESSES = Path.of("processes");

    private static DefaultDmnEngineConfiguration ours;
    private static DmnEngine oursEngine;
    private static DmnEngine plainEngine;

    @BeforeAll
    static void engines() {
        ours = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        ours.setFeelEngineFactory(new ParsedOnceFeel.Factory(ours));
        oursEngine = ours.buildEngine();
        plainEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    }

    @Test
    void every_table_answers_as_with_the_engines_own_feel_over_varied_inputs() throws IOException {
        Map<String, List<Object>> values = Map.of(
                "industry", Arrays.asList("Machinery", "Chemicals", "Food", "Software", "Mining", null),
                "companySize", Arrays.asList("MICRO", "SMALL", "MEDIUM", "LARGE", "ENTERPRISE", null),
                "region", Arrays.asList("East", "North", "West", "South", "Central", "Overseas", null),
                "source", Arrays.asList("REFERRAL", "WEB_FORM", "EVENT", "PHONE", "INTERNET", "IMPORT", "SMS", null),
                "engagement", Arrays.asList("LOW", "MEDIUM", "HIGH", "UNKNOWN", null),
                "score", Arrays.asList(0, 15, 39, 40, 69, 70, 100),
                "daysInPool", Arrays.asList(0, 10, 25, 29, 30, 60),
                "grade", Arrays.asList("KEY", "POTENTIAL", "ORDINARY", "RISK", null));
        Random random = new Random(6);
        int compared = 0;
        try (var files = Files.list(PROCESSES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".dmn")).sorted().toList()) {
                List<DmnDecision> oursDecisions = parse(oursEngine, file);
                List<DmnDecision> plainDecisions = parse(plainEngine, file);
                for (int d = 0; d < oursDecisions.size(); d++) {
                    for (int round = 0; round < 200; round++) {
                        VariableMap inputs = Variables.createVariables();
                        values.forEach((name, choices) -> inputs.putValue(name,
                                choices.get(random.nextInt(choices.size()))));
                        assertThat(outcome(oursEngine, oursDecisions.get(d), inputs))
                                .as("%s with %s", oursDecisions.get(d).getKey(), inputs)
                                .isEqualTo(outcome(plainEngine, plainDecisions.get(d), inputs));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(800);
        int parsed = feel().parsedTexts();
        assertThat(parsed).as("entries kept after the first pass").isPositive();

        // A second pass over the same tables parses nothing new.
        every_table_once();
        assertThat(feel().parsedTexts()).isEqualTo(parsed);
    }

    @Test
    void a_text_that_does_not_parse_fails_as_before_every_time_and_is_not_kept() {
        VariableContext context = Variables.createVariables().putValue("amount", 3).asVariableContext();
        ParsedOnceFeel.Engine feel = feel();
        int before = feel.parsedTexts();
        String plainMessage = message(() -> new StandaloneFeel().evaluateSimpleUnaryTests("> > 3", "amount", context));

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> feel.evaluateSimpleUnaryTests("> > 3", "amount", context))
                    .isInstanceOf(FeelException.class).hasMessage(plainMessage);
        }
        assertThat(feel.parsedTexts()).isEqualTo(before);

        assertThat(feel.evaluateSimpleUnaryTests("> 2", "amount", context)).isTrue();
        assertThat(feel.evaluateSimpleUnaryTests("> 2", "amount",
                Variables.createVariables().putValue("amount", 1).asVariableContext())).isFalse();
        assertThat((Object) feel.evaluateSimpleExpression("amount * 2", context)).isEqualTo(6L);
        assertThat(feel.parsedTexts()).isEqualTo(before + 2);
    }

    @Test
    void evaluations_share_one_set_of_built_in_functions_and_still_fail_in_the_engines_words() {
        assertThat(ParsedOnceFeel.ParsingOnce.sharesBuiltIns()).as("the FEEL engine's private eval was found").isTrue();
        ParsedOnceFeel.Engine feel = feel();
        StandaloneFeel plain = new StandaloneFeel();
        VariableContext context = Variables.createVariables().putValue("name", "Lin").putValue("amount", 7)
                .asVariableContext();
        for (String expression : List.of("string length(name) + amount", "upper case(name)",
                "date(\"2026-11-24\") + duration(\"P7D\")", "if amount > 5 then \"big\" else \"small\"",
                "count([1, 2, amount])", "sum([amount, 3]) / 2")) {
            assertThat((Object) feel.evaluateSimpleExpression(expression, context)).as(expression)
                    .isEqualTo(plain.evaluateSimpleExpression(expression, context));
        }
        assertThat(feel.evaluateSimpleUnaryTests("[5..10]", "amount", context)).isTrue();
        assertThat(feel.evaluateSimpleUnaryTests("\"Wang\",\"Li\"", "name", context)).isFalse();

        String unknown = "no such function(amount)";
        String plainMessage = message(() -> plain.evaluateSimpleExpression(unknown, context));
        assertThatThrownBy(() -> feel.evaluateSimpleExpression(unknown, context))
                .isInstanceOf(FeelException.class).hasMessage(plainMessage);
    }

    @Test
    void the_process_engine_plugin_puts_it_into_the_engines_decision_configuration() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        new ParsedOnceFeel().preInit(configuration);

        assertThat(configuration.getDmnEngineConfiguration().getFeelEngineFactory())
                .isInstanceOf(ParsedOnceFeel.Factory.class);
        assertThat(configuration.getDmnEngineConfiguration().buildEngine()).isNotNull();
        assertThat(configuration.getDmnEngineConfiguration().getFeelEngine()).isInstanceOf(ParsedOnceFeel.Engine.class);
    }

    private static void every_table_once() throws IOException {
        VariableMap inputs = Variables.createVariables().putValue("industry", "Food").putValue("companySize", "SMALL")
                .putValue("region", "Overseas").putValue("source", "REFERRAL").putValue("engagement", "LOW")
                .putValue("score", 50).putValue("daysInPool", 3).putValue("grade", "KEY");
        try (var files = Files.list(PROCESSES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".dmn")).toList()) {
                for (DmnDecision decision : parse(oursEngine, file)) {
                    outcome(oursEngine, decision, inputs);
                }
            }
        }
    }

    private static ParsedOnceFeel.Engine feel() {
        return (ParsedOnceFeel.Engine) ours.getFeelEngine();
    }

    private static List<DmnDecision> parse(DmnEngine engine, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return engine.parseDecisions(in).stream().filter(DmnDecision::isDecisionTable).toList();
        }
    }

    /** The result rows, or the failure's message: both engines must fail alike where they fail. */
    private static Object outcome(DmnEngine engine, DmnDecision decision, VariableMap inputs) {
        try {
            List<Map<String, Object>> rows = new ArrayList<>();
            engine.evaluateDecisionTable(decision, inputs).forEach(row -> rows.add(row.getEntryMap()));
            return rows;
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static String message(Runnable evaluation) {
        try {
            evaluation.run();
        } catch (FeelException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a FEEL failure");
    }

    /** The engine's own Scala FEEL engine, for the failure message to compare with. */
    private static final class StandaloneFeel extends org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine {
        StandaloneFeel() {
            super(List.of());
        }
    }
}
