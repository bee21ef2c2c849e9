package com.salesflow.insight.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * Loads the latest deployed version of the class tables for a run. A run evaluates them with a DMN engine that shares
 * the process engine's FEEL (parsed once, decision 0007) but writes no decision history: a nightly run over 100,000
 * customers would add hundreds of thousands of history rows, while what the run decided is kept in the class history.
 */
@Component
class ClassDecisionTables {

    private final RepositoryService repository;
    private final DmnEngine engine;

    ClassDecisionTables(RepositoryService repository, ProcessEngine processEngine) {
        this.repository = repository;
        DefaultDmnEngineConfiguration configuration = new DefaultDmnEngineConfiguration();
        DefaultDmnEngineConfiguration engineOwn = ((ProcessEngineConfigurationImpl) processEngine
                .getProcessEngineConfiguration()).getDmnEngineConfiguration();
        if (engineOwn != null && engineOwn.getFeelEngineFactory() != null) {
            configuration.setFeelEngineFactory(engineOwn.getFeelEngineFactory());
        }
        this.engine = configuration.buildEngine();
    }

    ClassDecisions load() {
        return new ClassDecisions(engine, latest(ClassDecisions.RFM), latest(ClassDecisions.LIFECYCLE),
                latest(ClassDecisions.GRADE));
    }

    private DmnDecision latest(String key) {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("Decision table " + key + " is not deployed");
        }
        try (InputStream in = repository.getDecisionModel(definition.getId())) {
            return engine.parseDecision(key, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
