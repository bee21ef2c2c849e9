package com.salesflow.designer.internal;

import com.salesflow.designer.MigrationPreview;
import com.salesflow.designer.MigrationPreview.ActivityMapping;
import com.salesflow.designer.MigrationStatus;
import com.salesflow.designer.internal.DeployedModels.DeployedFile;
import com.salesflow.designer.internal.DeployedModels.FileVersion;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * Moves the running instances of an older process version to the latest one with the engine's migration: activities
 * map by equal ids, and the engine runs the plan as a batch (one job per instance), so that a large migration shows
 * progress and an instance that cannot move fails alone, with the engine's reason, and stays where it was.
 */
@Component
class Migrations {

    private static final int MAX_FAILURES_SHOWN = 20;

    private final RuntimeService runtime;
    private final ManagementService management;
    private final HistoryService history;
    private final RepositoryService repository;

    Migrations(RuntimeService runtime, ManagementService management, HistoryService history,
            RepositoryService repository) {
        this.runtime = runtime;
        this.management = management;
        this.history = history;
        this.repository = repository;
    }

    MigrationPreview preview(DeployedFile file, FileVersion source) {
        FileVersion target = file.latest();
        if (source.version() == target.version()) {
            throw InvalidInputException.of("version", "model.migrateLatest",
                    "Version " + source.version() + " is the latest: choose an older version to migrate from.");
        }
        MigrationPlan plan = plan(source.definitionId(), target.definitionId());
        BpmnModelInstance model = repository.getBpmnModelInstance(source.definitionId());
        Map<String, Long> waiting = new LinkedHashMap<>();
        for (ActivityStatistics statistics : management.createActivityStatisticsQuery(source.definitionId()).list()) {
            waiting.put(statistics.getId(), (long) statistics.getInstances());
        }
        List<ActivityMapping> mappings = new ArrayList<>();
        Set<String> mapped = new HashSet<>();
        for (MigrationInstruction instruction : plan.getInstructions()) {
            String from = instruction.getSourceActivityId();
            mapped.add(from);
            mappings.add(new ActivityMapping(from, nameOf(model, from), instruction.getTargetActivityId(),
                    waiting.getOrDefault(from, 0L)));
        }
        List<ActivityMapping> unmapped = new ArrayList<>();
        waiting.forEach((activity, count) -> {
            if (!mapped.contains(activity) && count > 0) {
                unmapped.add(new ActivityMapping(activity, nameOf(model, activity), null, count));
            }
        });
        long instances = runtime.createProcessInstanceQuery().processDefinitionId(source.definitionId()).count();
        return new MigrationPreview(file.key(), source.version(), source.definitionId(), target.version(),
                target.definitionId(), instances, mappings, unmapped);
    }

    MigrationStatus start(MigrationPreview preview) {
        MigrationPlan plan = plan(preview.sourceDefinitionId(), preview.targetDefinitionId());
        Batch batch = runtime.newMigration(plan)
                .processInstanceQuery(runtime.createProcessInstanceQuery()
                        .processDefinitionId(preview.sourceDefinitionId()))
                .executeAsync();
        return new MigrationStatus(batch.getId(), batch.getTotalJobs(), 0, 0, false, List.of());
    }

    MigrationStatus status(String batchId) {
        Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
        if (batch == null) {
            HistoricBatch done = history.createHistoricBatchQuery().batchId(batchId).singleResult();
            if (done == null) {
                throw new NotFoundException("No migration " + batchId);
            }
            return new MigrationStatus(batchId, done.getTotalJobs(), done.getTotalJobs(), 0, true, List.of());
        }
        BatchStatistics statistics = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
        List<String> failures = new ArrayList<>();
        for (Job job : management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).withException()
                .listPage(0, MAX_FAILURES_SHOWN)) {
            failures.add(job.getExceptionMessage());
        }
        int failed = statistics.getFailedJobs();
        boolean allCreated = statistics.getJobsCreated() >= statistics.getTotalJobs();
        boolean finished = allCreated && statistics.getRemainingJobs() == failed;
        return new MigrationStatus(batchId, statistics.getTotalJobs(), statistics.getCompletedJobs(), failed,
                finished, failures);
    }

    private MigrationPlan plan(String sourceDefinitionId, String targetDefinitionId) {
        try {
            return runtime.createMigrationPlan(sourceDefinitionId, targetDefinitionId)
                    .mapEqualActivities().updateEventTriggers().build();
        } catch (MigrationPlanValidationException e) {
            throw InvalidInputException.of("version", "model.migrationPlan", e.getMessage());
        }
    }

    private static String nameOf(BpmnModelInstance model, String activityId) {
        ModelElementInstance element = model.getModelElementById(activityId);
        String name = element == null ? null : element.getAttributeValue("name");
        return name == null ? activityId : name;
    }
}
