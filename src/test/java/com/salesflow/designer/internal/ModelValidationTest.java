package com.salesflow.designer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.designer.ModelProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Server-side checks before a model is deployed (issue 8): every model, table and form of this repository passes;
 * each bad case is refused with its code and the element it concerns.
 */
class ModelValidationTest {

    private static final Set<String> FORMS = formsOfTheRepository();
    private final ModelValidation validation = new ModelValidation(Set.of("scoreLead", "quoteApprovalClock"),
            Set.of("scoreLead", "quoteApprovalClock", "quoteService", "dataSource", "jdbcTemplate"), FORMS);

    private static Set<String> formsOfTheRepository() {
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            return files.map(f -> f.getFileName().toString().replace(".form", "")).collect(
                    java.util.stream.Collectors.toSet());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Path> repositoryModels() throws IOException {
        return Stream.of("processes", "forms").flatMap(folder -> {
            try {
                return Files.list(Path.of(folder)).sorted();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("repositoryModels")
    void every_model_table_and_form_of_the_repository_passes(Path file) throws IOException {
        assertThat(validation.validate(file.getFileName().toString(), Files.readAllBytes(file))).isEmpty();
    }

    private List<ModelProblem> bpmn(String processBody) {
        return bpmn(processBody, "camunda:historyTimeToLive=\"P30D\"");
    }

    private List<ModelProblem> bpmn(String processBody, String processAttributes) {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://x">
                  <bpmn:process id="p" isExecutable="true" %s>
                    <bpmn:startEvent id="start"/>
                    %s
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(processAttributes, processBody);
        return validation.validate("test.bpmn", xml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> codes(List<ModelProblem> problems) {
        return problems.stream().map(p -> p.elementId() + ":" + p.code()).toList();
    }

    @Test
    void a_script_task_and_script_listeners_are_refused() {
        assertThat(codes(bpmn("""
                <bpmn:scriptTask id="run" name="Run" scriptFormat="groovy"><bpmn:script>1+1</bpmn:script></bpmn:scriptTask>
                <bpmn:userTask id="work" camunda:assignee="sales1">
                  <bpmn:extensionElements><camunda:executionListener event="start">
                    <camunda:script scriptFormat="javascript" resource="https://evil.example/x.js"/>
                  </camunda:executionListener></bpmn:extensionElements>
                </bpmn:userTask>"""))).containsExactlyInAnyOrder("run:model.script", "work:model.script");
    }

    @Test
    void a_java_class_is_refused_on_a_task_and_on_a_listener() {
        assertThat(codes(bpmn("""
                <bpmn:serviceTask id="call" camunda:class="com.example.Evil"/>
                <bpmn:userTask id="work" camunda:assignee="sales1">
                  <bpmn:extensionElements>
                    <camunda:taskListener event="create" class="com.example.Evil"/>
                  </bpmn:extensionElements>
                </bpmn:userTask>"""))).containsExactlyInAnyOrder("call:model.javaClass", "work:model.javaClass");
    }

    @Test
    void expressions_may_call_allowed_beans_and_variables_only() {
        assertThat(bpmn("""
                <bpmn:serviceTask id="score" camunda:delegateExpression="${scoreLead}"/>
                <bpmn:userTask id="work" camunda:assignee="${owner}" camunda:dueDate="${quoteApprovalClock.reminderAt()}"/>
                <bpmn:sequenceFlow id="f" sourceRef="start" targetRef="work">
                  <bpmn:conditionExpression>${amount > 100 and grade == 'quoteService'}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>""")).isEmpty();
        assertThat(codes(bpmn("""
                <bpmn:serviceTask id="steal" camunda:expression="${quoteService.list(null, null)}"/>
                <bpmn:sequenceFlow id="f" sourceRef="start" targetRef="steal">
                  <bpmn:conditionExpression>${jdbcTemplate.update('drop table sf_quote') > 0}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:userTask id="work" camunda:assignee="${execution.getProcessEngineServices().getIdentityService()}"/>
                <bpmn:userTask id="work2" camunda:assignee="${owner.getClass().forName('java.lang.Runtime')}"/>""")))
                .containsExactlyInAnyOrder("steal:model.beanNotAllowed", "f:model.beanNotAllowed",
                        "work:model.expressionForbidden", "work2:model.expressionForbidden");
    }

    @Test
    void a_missing_history_time_to_live_is_refused_on_processes_and_decisions() {
        assertThat(codes(bpmn("<bpmn:userTask id=\"work\" camunda:assignee=\"sales1\"/>", "")))
                .containsExactly("p:model.historyTimeToLive");
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="http://x">
                  <decision id="rate" name="Rate"><decisionTable id="t"><input id="i"><inputExpression id="e" typeRef="integer"><text>score</text></inputExpression></input>
                  <output id="o" name="rating" typeRef="string"/></decisionTable></decision>
                </definitions>""";
        assertThat(codes(validation.validate("rate.dmn", dmn.getBytes(StandardCharsets.UTF_8))))
                .containsExactly("rate:model.historyTimeToLive");
    }

    @Test
    void user_tasks_need_someone_and_existing_forms() {
        assertThat(codes(bpmn("""
                <bpmn:userTask id="nobody"/>
                <bpmn:userTask id="typo" camunda:candidateGroups="supervisors" camunda:formRef="aprove-quote"/>""")))
                .containsExactlyInAnyOrder("nobody:model.userTaskNobody", "typo:model.formUnknown");
    }

    @Test
    void external_entities_and_entity_expansion_are_refused_before_any_parser_sees_them() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE d [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="http://x">
                  <bpmn:process id="p" name="&secret;"/></bpmn:definitions>""";
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";")
                    .repeat(10)).append("\">");
        }
        laughs.append("]>\n<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"d\" "
                + "targetNamespace=\"http://x\"><bpmn:process id=\"p\" name=\"&lol9;\"/></bpmn:definitions>");

        assertThat(codes(validation.validate("xxe.bpmn", xxe.getBytes(StandardCharsets.UTF_8))))
                .containsExactly("null:model.doctype");
        assertThat(codes(validation.validate("laughs.bpmn", laughs.toString().getBytes(StandardCharsets.UTF_8))))
                .containsExactly("null:model.doctype");
        assertThat(codes(validation.validate("laughs.dmn", laughs.toString().getBytes(StandardCharsets.UTF_8))))
                .containsExactly("null:model.doctype");
    }

    @Test
    void oversize_empty_malformed_and_foreign_files_are_refused() {
        byte[] big = new byte[ModelValidation.MAX_BYTES + 1];
        assertThat(codes(validation.validate("big.bpmn", big))).containsExactly("null:model.tooLarge");
        assertThat(codes(validation.validate("empty.bpmn", new byte[0]))).containsExactly("null:model.empty");
        assertThat(codes(validation.validate("broken.bpmn", "<bpmn:definitions".getBytes(StandardCharsets.UTF_8))))
                .containsExactly("null:model.xml");
        assertThat(codes(validation.validate("notes.txt", "hello".getBytes(StandardCharsets.UTF_8))))
                .containsExactly("null:model.type");
        assertThat(codes(validation.validate("bad.form", "{\"components\":[{\"type\":\"textfield\",\"key\":\"a.b\"}]}"
                .getBytes(StandardCharsets.UTF_8)))).containsExactly("null:model.form");
    }
}
