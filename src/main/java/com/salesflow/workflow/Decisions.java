package com.salesflow.workflow;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;

/**
 * Evaluates the latest deployed version of a decision table, as {@code DecisionService.evaluateDecisionByKey} does
 * (with its history and authorization checks), without asking the database which version is the latest on every
 * evaluation.
 */
public interface Decisions {

    DmnDecisionResult evaluateLatest(String decisionKey, Map<String, Object> variables);
}
