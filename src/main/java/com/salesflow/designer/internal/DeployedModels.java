package com.salesflow.designer.internal;

import com.salesflow.designer.Deployed;
import com.salesflow.designer.ModelKind;
import com.salesflow.task.form.FormSchema;
import com.salesflow.task.form.FormSchemaException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.springframework.stereotype.Component;

/**
 * The model files the engine has deployed, each with its versions, read from the engine's repository. A file is
 * named by its resource name without folders; its versions are those of its main definition (the one whose key is
 * the file's name, else the first), and for forms the deployments that hold the file.
 */
@Component
class DeployedModels {

    static final String DESIGNER_DEPLOYMENT = "salesflow-designer";
    private static final int IDS_PER_QUERY = 500;

    /** Newest first; {@code definitionId} is null for forms. */
    record FileVersion(int version, String definitionId, String deploymentId, String resourceName,
            Instant deployedAt) {
    }

    /** A deployed file: its main key, every key its latest version defines, its versions newest first. */
    record DeployedFile(String fileName, ModelKind kind, String key, String name, Set<String> keys,
            List<FileVersion> versions) {

        FileVersion latest() {
            return versions.get(0);
        }
    }

    record PastDecisions(List<HistoricDecisionInstance> decisions, boolean truncated,
            Map<String, String> businessKeys) {
    }

    private record FormScan(long deployments, String newest, Map<String, Instant> deployedAt,
            Map<String, List<FileVersion>> forms, Map<String, String> formIds) {
    }

    private final RepositoryService repository;
    private final ManagementService management;
    private final HistoryService history;
    private final Map<String, DmnModelInstance> decisionModels = new ConcurrentHashMap<>();
    private volatile FormScan formScan;

    DeployedModels(RepositoryService repository, ManagementService management, HistoryService history) {
        this.repository = repository;
        this.management = management;
        this.history = history;
    }

    /** Every deployed file by name, in name order. */
    Map<String, DeployedFile> files() {
        FormScan scan = scan();
        Map<String, DeployedFile> files = new TreeMap<>();
        group(repository.createProcessDefinitionQuery().list(), ModelKind.BPMN, scan, files);
        group(repository.createDecisionDefinitionQuery().list(), ModelKind.DMN, scan, files);
        scan.forms().forEach((fileName, versions) -> {
            String id = scan.formIds().get(fileName);
            files.put(fileName, new DeployedFile(fileName, ModelKind.FORM, id, id,
                    id == null ? Set.of() : Set.of(id), versions));
        });
        return files;
    }

    Optional<DeployedFile> file(String fileName) {
        return Optional.ofNullable(files().get(fileName));
    }

    private static void group(List<? extends ResourceDefinition> definitions, ModelKind kind, FormScan scan,
            Map<String, DeployedFile> files) {
        Map<String, List<ResourceDefinition>> byFile = new HashMap<>();
        for (ResourceDefinition definition : definitions) {
            if (ModelKind.of(definition.getResourceName()).orElse(null) == kind) {
                byFile.computeIfAbsent(fileName(definition.getResourceName()), f -> new ArrayList<>()).add(definition);
            }
        }
        byFile.forEach((fileName, all) -> {
            String stem = fileName.substring(0, fileName.lastIndexOf('.'));
            ResourceDefinition newest = all.stream().max(Comparator.comparing(ResourceDefinition::getVersion)
                    .thenComparing(d -> d.getKey().equals(stem))).orElseThrow();
            String main = all.stream().anyMatch(d -> d.getKey().equals(stem)) ? stem
                    : all.stream().filter(d -> d.getDeploymentId().equals(newest.getDeploymentId()))
                            .map(ResourceDefinition::getKey).sorted().findFirst().orElseThrow();
            List<FileVersion> versions = all.stream().filter(d -> d.getKey().equals(main))
                    .sorted(Comparator.comparing(ResourceDefinition::getVersion).reversed())
                    .map(d -> new FileVersion(d.getVersion(), d.getId(), d.getDeploymentId(), d.getResourceName(),
                            scan.deployedAt().getOrDefault(d.getDeploymentId(), Instant.EPOCH)))
                    .toList();
            String latestDeployment = versions.get(0).deploymentId();
            Set<String> keys = new LinkedHashSet<>();
            String name = null;
            for (ResourceDefinition definition : all) {
                if (definition.getDeploymentId().equals(latestDeployment)) {
                    keys.add(definition.getKey());
                    if (definition.getKey().equals(main)) {
                        name = definition.getName();
                    }
                }
            }
            files.put(fileName, new DeployedFile(fileName, kind, main, name, keys, versions));
        });
    }

    /** Deployment times and the deployed forms, read again only when a deployment was made or removed. */
    private FormScan scan() {
        long count = repository.createDeploymentQuery().count();
        Deployment newest = count == 0 ? null
                : repository.createDeploymentQuery().orderByDeploymentTime().desc().listPage(0, 1).get(0);
        String newestId = newest == null ? null : newest.getId();
        FormScan known = formScan;
        if (known != null && known.deployments() == count && java.util.Objects.equals(known.newest(), newestId)) {
            return known;
        }
        Map<String, Instant> deployedAt = new HashMap<>();
        Map<String, List<FileVersion>> forms = new TreeMap<>();
        Map<String, String> formIds = new HashMap<>();
        List<Deployment> deployments = repository.createDeploymentQuery().orderByDeploymentTime().asc().list();
        for (Deployment deployment : deployments) {
            deployedAt.put(deployment.getId(), deployment.getDeploymentTime().toInstant());
            for (String resource : repository.getDeploymentResourceNames(deployment.getId())) {
                if (ModelKind.of(resource).orElse(null) == ModelKind.FORM) {
                    List<FileVersion> versions = forms.computeIfAbsent(fileName(resource), f -> new ArrayList<>());
                    versions.add(0, new FileVersion(versions.size() + 1, null, deployment.getId(), resource,
                            deployment.getDeploymentTime().toInstant()));
                }
            }
        }
        forms.forEach((fileName, versions) -> {
            try {
                formIds.put(fileName, FormSchema.parse(content(versions.get(0)).getBytes(StandardCharsets.UTF_8))
                        .id());
            } catch (FormSchemaException unreadable) {
                // A form the engine accepted but we cannot read keeps no id: it cannot be referenced by id either.
            }
        });
        FormScan scan = new FormScan(count, newestId, deployedAt, forms, formIds);
        formScan = scan;
        return scan;
    }

    Set<String> formIds() {
        return new HashSet<>(scan().formIds().values());
    }

    /** The keys (process, decision, form ids) that files other than this one define. */
    static Set<String> keysOfOtherFiles(Map<String, DeployedFile> files, String fileName) {
        Set<String> keys = new HashSet<>();
        files.forEach((name, file) -> {
            if (!name.equals(fileName)) {
                keys.addAll(file.keys());
            }
        });
        return keys;
    }

    String content(FileVersion version) {
        try (InputStream in = repository.getResourceAsStream(version.deploymentId(), version.resourceName())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + version.resourceName(), e);
        }
    }

    /** Running process instances per process key, over all versions. */
    Map<String, Long> runningByKey() {
        Map<String, Long> running = new HashMap<>();
        for (ProcessDefinitionStatistics statistics : management.createProcessDefinitionStatisticsQuery().list()) {
            running.merge(statistics.getKey(), (long) statistics.getInstances(), Long::sum);
        }
        return running;
    }

    /** Running process instances per definition id of one key. */
    Map<String, Long> runningByDefinition(String key) {
        Map<String, Long> running = new HashMap<>();
        for (ProcessDefinitionStatistics statistics : management.createProcessDefinitionStatisticsQuery().list()) {
            if (key.equals(statistics.getKey())) {
                running.put(statistics.getId(), (long) statistics.getInstances());
            }
        }
        return running;
    }

    /** Deploys one file as a new version of {@code before} (empty for a new file), in the caller's transaction. */
    Deployed deploy(ModelKind kind, String fileName, String content, Optional<DeployedFile> before) {
        String resourceName = before.map(f -> f.latest().resourceName()).orElse(kind.folder() + fileName);
        DeploymentWithDefinitions deployment = repository.createDeployment()
                .name(DESIGNER_DEPLOYMENT)
                .source("designer")
                .addString(resourceName, content)
                .deployWithResult();
        String stem = fileName.substring(0, fileName.lastIndexOf('.'));
        String mainKey = before.map(DeployedFile::key).orElse(stem);
        List<ResourceDefinition> made = switch (kind) {
            case BPMN -> definitions(deployment.getDeployedProcessDefinitions());
            case DMN -> definitions(deployment.getDeployedDecisionDefinitions());
            case FORM -> List.of();
        };
        if (made == null || made.isEmpty()) {
            int version = before.map(f -> f.latest().version()).orElse(0) + 1;
            return new Deployed(fileName, before.map(DeployedFile::key).orElse(stem), version, null,
                    deployment.getId());
        }
        ResourceDefinition main = made.stream().filter(d -> d.getKey().equals(mainKey)).findFirst()
                .orElse(made.get(0));
        return new Deployed(fileName, main.getKey(), main.getVersion(), main.getId(), deployment.getId());
    }

    private static List<ResourceDefinition> definitions(List<? extends ResourceDefinition> made) {
        return made == null ? List.of() : List.copyOf(made);
    }

    boolean isDecision(String key) {
        return key != null && repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).count() > 0;
    }

    /** The model of a decision definition as deployed; definitions never change, so they are kept. */
    DmnModelInstance decisionModel(String definitionId) {
        if (definitionId == null) {
            return null;
        }
        return decisionModels.computeIfAbsent(definitionId, repository::getDmnModelInstance);
    }

    /** The newest decisions of a key since the instant, with their inputs and outputs, at most {@code max}. */
    PastDecisions pastDecisions(String key, Instant since, int max) {
        List<HistoricDecisionInstance> decisions = new ArrayList<>(history.createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(key)
                .evaluatedAfter(Date.from(since))
                .includeInputs()
                .includeOutputs()
                .orderByEvaluationTime().desc()
                .listPage(0, max + 1));
        boolean truncated = decisions.size() > max;
        if (truncated) {
            decisions = decisions.subList(0, max);
        }
        List<String> processInstanceIds = decisions.stream().map(HistoricDecisionInstance::getProcessInstanceId)
                .filter(java.util.Objects::nonNull).distinct().toList();
        Map<String, String> businessKeys = new HashMap<>();
        for (int from = 0; from < processInstanceIds.size(); from += IDS_PER_QUERY) {
            Set<String> ids = new HashSet<>(processInstanceIds.subList(from,
                    Math.min(from + IDS_PER_QUERY, processInstanceIds.size())));
            for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                    .processInstanceIds(ids).list()) {
                if (instance.getBusinessKey() != null) {
                    businessKeys.put(instance.getId(), instance.getBusinessKey());
                }
            }
        }
        return new PastDecisions(decisions, truncated, businessKeys);
    }

    static String fileName(String resourceName) {
        return resourceName.substring(resourceName.lastIndexOf('/') + 1);
    }
}
