package com.salesflow.designer.internal;

import com.salesflow.designer.WhatIf;
import com.salesflow.designer.WhatIf.Example;
import com.salesflow.designer.WhatIf.Shift;
import com.salesflow.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;

/**
 * Replays a changed decision table on the inputs the engine's history recorded for past decisions of the same key,
 * and compares the outcome. The inputs are given to the changed table by the names their input expressions read
 * (an input expression {@code maxLineDiscount} gets the value recorded for the input whose expression was
 * {@code maxLineDiscount}), so that added, removed or reordered columns still line up. The changed table runs in a
 * DMN engine of its own with the engine's default FEEL, so that replaying records no history and counts no metrics.
 */
final class DecisionReplay {

    static final int MAX_DECISIONS = 20_000;
    static final int MAX_EXAMPLES = 10;
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String NONE = "—";

    private final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    /**
     * @param pastModels the deployed model of a past decision's definition id (the input expressions it had)
     * @param businessKeys the business key of a process instance id, where the decision was made in one
     */
    WhatIf replay(String key, String content, int days, String requestedOutput, List<HistoricDecisionInstance> past,
            boolean truncated, Function<String, DmnModelInstance> pastModels, Map<String, String> businessKeys) {
        DmnModelInstance changed = read(content);
        Decision element = changed.getModelElementById(key);
        if (element == null || !(element.getExpression() instanceof DecisionTable table)) {
            throw InvalidInputException.of("content", "model.decisionMissing",
                    "The file has no decision table with the id " + key + ".");
        }
        String output = requestedOutput;
        if (output == null || output.isBlank()) {
            output = table.getOutputs().stream().map(Output::getName).findFirst().orElse(null);
        }
        String compared = output;
        if (compared == null || table.getOutputs().stream().noneMatch(o -> compared.equals(o.getName()))) {
            throw InvalidInputException.of("output", "model.outputUnknown",
                    "The decision table has no output named " + requestedOutput + ".");
        }
        List<String> needed = new ArrayList<>();
        for (Input input : table.getInputs()) {
            String expression = input.getInputExpression() == null || input.getInputExpression().getText() == null
                    ? "" : input.getInputExpression().getText().getTextContent().strip();
            if (NAME.matcher(expression).matches()) {
                needed.add(expression);
            }
        }
        DmnDecision decision;
        try {
            decision = engine.parseDecision(key, changed);
        } catch (RuntimeException e) {
            throw InvalidInputException.of("content", "model.dmn", "The decision table cannot be read: "
                    + e.getMessage());
        }

        int replayed = 0;
        int skipped = 0;
        Map<List<String>, Integer> shifts = new LinkedHashMap<>();
        List<Example> examples = new ArrayList<>();
        for (HistoricDecisionInstance instance : past) {
            Map<String, Object> variables = inputsByName(instance, pastModels.apply(instance.getDecisionDefinitionId()));
            if (!variables.keySet().containsAll(needed)) {
                skipped++;
                continue;
            }
            Set<String> after;
            try {
                after = values(engine.evaluateDecision(decision, variables), compared);
            } catch (RuntimeException fails) {
                // The table would fail in production on the same inputs: that is the finding, not a skipped case.
                throw InvalidInputException.of("content", "model.decisionFails", "The changed table fails on the "
                        + "inputs of decision " + instance.getId() + " (" + variables + "): " + fails.getMessage());
            }
            replayed++;
            Set<String> before = pastValues(instance.getOutputs(), compared);
            if (!before.equals(after)) {
                shifts.merge(List.of(label(before), label(after)), 1, Integer::sum);
                if (examples.size() < MAX_EXAMPLES) {
                    examples.add(new Example(instance.getId(), instantOf(instance),
                            businessKeys.get(instance.getProcessInstanceId()), variables, label(before),
                            label(after)));
                }
            }
        }
        List<Shift> shiftList = new ArrayList<>();
        shifts.forEach((pair, count) -> shiftList.add(new Shift(pair.get(0), pair.get(1), count)));
        shiftList.sort(Comparator.comparingInt(Shift::count).reversed());
        int changedCount = shiftList.stream().mapToInt(Shift::count).sum();
        List<String> outputs = table.getOutputs().stream().map(Output::getName).toList();
        return new WhatIf(key, days, compared, outputs, replayed, changedCount, skipped, truncated, shiftList,
                examples);
    }

    private static DmnModelInstance read(String content) {
        Object safe = ModelValidation.safeXml(content.getBytes(StandardCharsets.UTF_8));
        if (safe instanceof com.salesflow.designer.ModelProblem problem) {
            throw InvalidInputException.of("content", problem.code(), problem.message());
        }
        try {
            return Dmn.readModelFromStream(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            throw InvalidInputException.of("content", "model.dmn", "Not a DMN 1.3 decision model: " + e.getMessage());
        }
    }

    /** The recorded inputs by the name their deployed input expression read. */
    private static Map<String, Object> inputsByName(HistoricDecisionInstance instance, DmnModelInstance pastModel) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (HistoricDecisionInputInstance input : instance.getInputs()) {
            String name = null;
            if (pastModel != null && pastModel.getModelElementById(input.getClauseId()) instanceof Input clause
                    && clause.getInputExpression() != null && clause.getInputExpression().getText() != null) {
                name = clause.getInputExpression().getText().getTextContent().strip();
            }
            if (name != null && NAME.matcher(name).matches()) {
                variables.put(name, input.getValue());
            }
        }
        return variables;
    }

    private static Set<String> values(DmnDecisionResult result, String output) {
        Set<String> values = new LinkedHashSet<>();
        result.forEach(row -> {
            Object value = row.get(output);
            if (value != null) {
                values.add(String.valueOf(value));
            }
        });
        return values;
    }

    private static Set<String> pastValues(List<HistoricDecisionOutputInstance> outputs, String output) {
        Set<String> values = new LinkedHashSet<>();
        outputs.stream()
                .filter(o -> output.equals(o.getVariableName()) && o.getValue() != null)
                .sorted(Comparator.comparing(o -> o.getRuleOrder() == null ? 0 : o.getRuleOrder()))
                .forEach(o -> values.add(String.valueOf(o.getValue())));
        return values;
    }

    private static String label(Set<String> values) {
        return values.isEmpty() ? NONE : String.join(", ", values);
    }

    private static Instant instantOf(HistoricDecisionInstance instance) {
        return instance.getEvaluationTime() == null ? null : instance.getEvaluationTime().toInstant();
    }
}
