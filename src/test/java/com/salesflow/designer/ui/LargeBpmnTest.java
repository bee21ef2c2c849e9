package com.salesflow.designer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.designer.internal.ModelValidation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

class LargeBpmnTest {

    @Test
    void a_generated_model_has_the_asked_number_of_elements_each_drawn_and_passes_validation() {
        String xml = LargeBpmn.generate(200);
        BpmnModelInstance model = Bpmn.readModelFromStream(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Bpmn.validateModel(model);

        int shapes = model.getModelElementsByType(BpmnShape.class).size();
        int edges = model.getModelElementsByType(BpmnEdge.class).size();
        assertThat(shapes + edges).isEqualTo(200);
        assertThat(model.getModelElementsByType(FlowNode.class).size()
                + model.getModelElementsByType(SequenceFlow.class).size()).isEqualTo(199);
        assertThat(model.getModelElementsByType(UserTask.class))
                .isNotEmpty()
                .allSatisfy(task -> assertThat(task.getCamundaCandidateGroups()).isEqualTo("sales"));
        assertThat(new ModelValidation(Set.of(), Set.of(), Set.of())
                .validate("large.bpmn", xml.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
