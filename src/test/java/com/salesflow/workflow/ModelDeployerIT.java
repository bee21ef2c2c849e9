package com.salesflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

@IntegrationTest
class ModelDeployerIT {

    @Autowired
    ModelDeployer deployer;

    @Autowired
    RepositoryService repositoryService;

    @TempDir
    Path folder;

    @Test
    void models_and_forms_on_the_classpath_are_deployed_at_start() {
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("test-assigned-task")
                .latestVersion().singleResult()).isNotNull();
        String deploymentId = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey("test-assigned-task").latestVersion().singleResult().getDeploymentId();
        assertThat(repositoryService.getDeploymentResourceNames(deploymentId))
                .contains("processes/test-assigned-task.bpmn", "forms/test-note.form");
    }

    @Test
    void only_changed_files_become_new_versions() throws IOException {
        String suffix = Long.toString(System.nanoTime(), 36);
        String keyA = "deploy-a-" + suffix;
        String keyB = "deploy-b-" + suffix;
        Path processes = Files.createDirectories(folder.resolve("processes"));
        Path a = Files.writeString(processes.resolve(keyA + ".bpmn"), process(keyA, "First"));
        Path b = Files.writeString(processes.resolve(keyB + ".bpmn"), process(keyB, "First"));
        List<Resource> models = List.of(new FileSystemResource(a), new FileSystemResource(b));

        assertThat(deployer.deploy(models)).isPresent();
        assertThat(deployer.deploy(models)).isEmpty();
        Files.writeString(b, process(keyB, "Changed"));
        assertThat(deployer.deploy(models)).isPresent();

        assertThat(latest(keyA).getVersion()).isEqualTo(1);
        assertThat(latest(keyB).getVersion()).isEqualTo(2);
        assertThat(latest(keyB).getName()).isEqualTo("Changed");
    }

    private ProcessDefinition latest(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult();
    }

    private static String process(String key, String name) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d-%1$s" targetNamespace="http://salesflow.com/test">
                  <bpmn:process id="%1$s" name="%2$s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="start"/>
                    <bpmn:sequenceFlow id="flow" sourceRef="start" targetRef="end"/>
                    <bpmn:endEvent id="end"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, name);
    }
}
