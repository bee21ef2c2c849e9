package com.salesflow.workflow.internal;

import com.salesflow.workflow.Decisions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * {@link Decisions} with the id of each key's latest version remembered. Evaluating by key makes the engine query
 * the latest version first (a third of a decision's time in the intake benchmark's profile); by id it finds the
 * definition in its deployment cache. A remembered id is used only while it is still the latest as far as this
 * engine can know: no deployment has happened since (every deployment passes the post-deployer below), the
 * engine's deployment cache still holds the definition (a deleted deployment leaves it), and it is younger than
 * {@code salesflow.decisions.latest-recheck} (default 5 s), for deployments made by another node of a cluster.
 */
@Service
class LatestDecisions implements Decisions {

    private record Latest(String definitionId, long deployments, long resolvedAt) {
    }

    private final DecisionService decisions;
    private final RepositoryService repository;
    private final DeploymentWatch deployments;
    private final long recheckNanos;
    private final Map<String, Latest> latest = new ConcurrentHashMap<>();

    LatestDecisions(DecisionService decisions, RepositoryService repository, DeploymentWatch deployments,
            @Value("${salesflow.decisions.latest-recheck:5s}") Duration recheck) {
        this.decisions = decisions;
        this.repository = repository;
        this.deployments = deployments;
        this.recheckNanos = recheck.toNanos();
    }

    @Override
    public DmnDecisionResult evaluateLatest(String decisionKey, Map<String, Object> variables) {
        String definitionId = latestId(decisionKey);
        if (definitionId == null) {
            // Not deployed (or more than one tenant has it): the engine says so in its own words.
            return decisions.evaluateDecisionByKey(decisionKey).variables(variables).evaluate();
        }
        return decisions.evaluateDecisionById(definitionId).variables(variables).evaluate();
    }

    private String latestId(String key) {
        long now = System.nanoTime();
        long deploymentCount = deployments.count();
        Latest known = latest.get(key);
        if (known != null && known.deployments() == deploymentCount && now - known.resolvedAt() < recheckNanos
                && deployments.isCached(known.definitionId())) {
            return known.definitionId();
        }
        DecisionDefinition definition;
        try {
            definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion()
                    .singleResult();
        } catch (RuntimeException moreThanOne) {
            return null;
        }
        if (definition == null) {
            latest.remove(key);
            return null;
        }
        latest.put(key, new Latest(definition.getId(), deploymentCount, now));
        return definition.getId();
    }

    /** Counts the deployments this engine makes and sees whether a definition is still in its deployment cache. */
    @org.springframework.stereotype.Component
    static class DeploymentWatch extends AbstractProcessEnginePlugin {

        private final AtomicLong count = new AtomicLong();
        private volatile ProcessEngineConfigurationImpl engine;

        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            java.util.List<Deployer> postDeployers = configuration.getCustomPostDeployers() == null
                    ? new java.util.ArrayList<>() : new java.util.ArrayList<>(configuration.getCustomPostDeployers());
            postDeployers.add(deployment -> count.incrementAndGet());
            configuration.setCustomPostDeployers(postDeployers);
            engine = configuration;
        }

        long count() {
            return count.get();
        }

        boolean isCached(String definitionId) {
            ProcessEngineConfigurationImpl configuration = engine;
            return configuration != null && configuration.getDeploymentCache() != null
                    && configuration.getDeploymentCache().getDecisionDefinitionCache().get(definitionId) != null;
        }
    }
}
