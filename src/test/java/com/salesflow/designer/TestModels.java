package com.salesflow.designer;

/** Small models the designer tests deploy under their own ids, so that the repository's models stay as they are. */
public final class TestModels {

    private TestModels() {
    }

    /** A FIRST table: "HIGH" above the threshold, else "LOW", read from the variable {@code amount}. */
    public static String levelTable(String key, String threshold) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                             xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="%1$s-definitions" name="Level"
                             namespace="http://salesflow.com/dmn">
                  <decision id="%1$s" name="Level" camunda:historyTimeToLive="P30D">
                    <decisionTable id="%1$s-table" hitPolicy="FIRST">
                      <input id="input-amount" label="Amount">
                        <inputExpression id="input-amount-expression" typeRef="double"><text>amount</text></inputExpression>
                      </input>
                      <output id="output-level" label="Level" name="level" typeRef="string"/>
                      <rule id="rule-high">
                        <inputEntry id="rule-high-amount"><text>&gt; %2$s</text></inputEntry>
                        <outputEntry id="rule-high-level"><text>"HIGH"</text></outputEntry>
                      </rule>
                      <rule id="rule-low">
                        <inputEntry id="rule-low-amount"><text></text></inputEntry>
                        <outputEntry id="rule-low-level"><text>"LOW"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(key, threshold);
    }

    public static String twoStepProcess(String key, String secondTask) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="%1$s-definitions"
                                  targetNamespace="http://salesflow.com/bpmn">
                  <bpmn:process id="%1$s" name="Two steps" isExecutable="true" camunda:historyTimeToLive="P30D">
                    <bpmn:startEvent id="start"/>
                    <bpmn:sequenceFlow id="to-first" sourceRef="start" targetRef="first"/>
                    <bpmn:userTask id="first" name="First step" camunda:candidateGroups="sales"/>
                    <bpmn:sequenceFlow id="to-second" sourceRef="first" targetRef="%2$s"/>
                    <bpmn:userTask id="%2$s" name="Step %2$s" camunda:candidateGroups="sales"/>
                    <bpmn:sequenceFlow id="to-end" sourceRef="%2$s" targetRef="end"/>
                    <bpmn:endEvent id="end"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, secondTask);
    }
}
