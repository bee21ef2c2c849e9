package com.salesflow.designer.internal;

import com.salesflow.designer.ModelKind;
import com.salesflow.designer.ModelProblem;
import com.salesflow.task.form.FormSchema;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * The ids the application and running instances know a model by: a new version keeps every id its file defined
 * (the application starts {@code quote-approval} and evaluates {@code quote-approval-level} by id), and a new id may
 * not be one that another file defines (the other file's next deployment would silently replace it).
 */
final class KeyCheck {

    private KeyCheck() {
    }

    /** Only for content that passed {@link ModelValidation}. */
    static List<ModelProblem> check(ModelKind kind, String content, Set<String> keysBefore, Set<String> otherKeys) {
        Set<String> keys = keys(kind, content);
        String first = keys.stream().findFirst().orElse(null);
        List<ModelProblem> problems = new ArrayList<>();
        for (String before : keysBefore) {
            if (!keys.contains(before)) {
                problems.add(new ModelProblem(kind == ModelKind.FORM ? null : first, "model.keyChanged",
                        "The id " + before + " must stay: the application and running instances know the model by "
                                + "it. Save a copy under a new file name to start another model."));
            }
        }
        for (String key : keys) {
            if (otherKeys.contains(key) && !keysBefore.contains(key)) {
                problems.add(new ModelProblem(kind == ModelKind.FORM ? null : key, "model.keyTaken",
                        "Another model file already defines the id " + key + "."));
            }
        }
        return problems;
    }

    static Set<String> keys(ModelKind kind, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Set<String> keys = new LinkedHashSet<>();
        switch (kind) {
            case BPMN -> Bpmn.readModelFromStream(new ByteArrayInputStream(bytes)).getModelElementsByType(Process.class)
                    .stream().filter(Process::isExecutable).forEach(p -> keys.add(p.getId()));
            case DMN -> Dmn.readModelFromStream(new ByteArrayInputStream(bytes)).getModelElementsByType(Decision.class)
                    .forEach(d -> keys.add(d.getId()));
            case FORM -> keys.add(FormSchema.parse(bytes).id());
        }
        return keys;
    }
}
