package com.salesflow.contract.internal;

import com.salesflow.contract.ApprovalStep;
import com.salesflow.workflow.ApprovalTaskGuard;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Separation of duties on the contract approval tasks ({@link ApprovalTaskGuard}), as on quotes: the owner never
 * decides their contract; who may take a step is {@link ContractSteps#refusal}'s to say.
 */
@Component("contractApprovalGuard")
class ContractApprovalGuard extends ApprovalTaskGuard {

    private final ContractSteps steps;

    ContractApprovalGuard(ContractSteps steps) {
        this.steps = steps;
    }

    @Override
    protected String refusal(DelegateTask task, String actor) {
        return steps.refusal(contractId(task), ApprovalStep.valueOf((String) task.getVariable("level")), actor);
    }

    @Override
    protected Collection<String> parties(DelegateTask task) {
        return List.of(steps.owner(contractId(task)));
    }

    private static long contractId(DelegateTask task) {
        return ((Number) task.getVariable(ContractProcess.CONTRACT_ID)).longValue();
    }
}
