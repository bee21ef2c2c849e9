package com.salesflow.designer.ui;

import com.salesflow.designer.ModelKind;

/** What a new model starts from: the smallest model that deploys (history time to live, someone for the task). */
final class ModelTemplates {

    private ModelTemplates() {
    }

    static String of(ModelKind kind, String id) {
        return switch (kind) {
            case BPMN -> """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                      xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                      xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                      xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="%1$s-definitions"
                      targetNamespace="http://salesflow.com/bpmn">
                      <bpmn:process id="%1$s" name="%1$s" isExecutable="true" camunda:historyTimeToLive="P180D">
                        <bpmn:startEvent id="start"><bpmn:outgoing>to-task</bpmn:outgoing></bpmn:startEvent>
                        <bpmn:sequenceFlow id="to-task" sourceRef="start" targetRef="task"/>
                        <bpmn:userTask id="task" name="Do the work" camunda:candidateGroups="sales">
                          <bpmn:incoming>to-task</bpmn:incoming><bpmn:outgoing>to-end</bpmn:outgoing>
                        </bpmn:userTask>
                        <bpmn:sequenceFlow id="to-end" sourceRef="task" targetRef="end"/>
                        <bpmn:endEvent id="end"><bpmn:incoming>to-end</bpmn:incoming></bpmn:endEvent>
                      </bpmn:process>
                      <bpmndi:BPMNDiagram id="diagram">
                        <bpmndi:BPMNPlane id="plane" bpmnElement="%1$s">
                          <bpmndi:BPMNShape id="start-shape" bpmnElement="start"><dc:Bounds x="152" y="102" width="36" height="36"/></bpmndi:BPMNShape>
                          <bpmndi:BPMNShape id="task-shape" bpmnElement="task"><dc:Bounds x="240" y="80" width="100" height="80"/></bpmndi:BPMNShape>
                          <bpmndi:BPMNShape id="end-shape" bpmnElement="end"><dc:Bounds x="392" y="102" width="36" height="36"/></bpmndi:BPMNShape>
                          <bpmndi:BPMNEdge id="to-task-edge" bpmnElement="to-task"><di:waypoint x="188" y="120"/><di:waypoint x="240" y="120"/></bpmndi:BPMNEdge>
                          <bpmndi:BPMNEdge id="to-end-edge" bpmnElement="to-end"><di:waypoint x="340" y="120"/><di:waypoint x="392" y="120"/></bpmndi:BPMNEdge>
                        </bpmndi:BPMNPlane>
                      </bpmndi:BPMNDiagram>
                    </bpmn:definitions>
                    """.formatted(id);
            case DMN -> """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                      xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="%1$s-definitions" name="%1$s"
                      namespace="http://salesflow.com/dmn">
                      <decision id="%1$s" name="%1$s" camunda:historyTimeToLive="P365D">
                        <decisionTable id="%1$s-table" hitPolicy="FIRST">
                          <input id="input-1" label="Input">
                            <inputExpression id="input-1-expression" typeRef="string"><text>input</text></inputExpression>
                          </input>
                          <output id="output-1" label="Output" name="output" typeRef="string"/>
                        </decisionTable>
                      </decision>
                    </definitions>
                    """.formatted(id);
            case FORM -> """
                    {
                      "id": "%1$s",
                      "type": "default",
                      "schemaVersion": 16,
                      "components": [
                        {"id": "note", "key": "note", "label": "Note", "type": "textarea"}
                      ]
                    }
                    """.formatted(id);
        };
    }
}
