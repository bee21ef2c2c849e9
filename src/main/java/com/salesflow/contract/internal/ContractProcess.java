package com.salesflow.contract.internal;

import com.salesflow.shared.ConflictException;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The service's side of {@code contract-approval}: completes the owner's steps and passes on what happened outside
 * the process (an amendment, a cancellation, a full delivery, a settled instalment) as messages.
 */
@Component
class ContractProcess {

    static final String PROCESS = "contract-approval";
    static final String CONTRACT_ID = "contractId";
    static final String PREPARE_TASK = "prepare-contract";
    static final String SIGN_TASK = "sign-contract";
    static final String AMENDED = "contract-amended";
    static final String CANCELLED = "contract-cancelled";
    static final String DELIVERED = "order-delivered";
    static final String PAID = "instalment-paid";

    private final RuntimeService runtime;
    private final TaskService tasks;

    ContractProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    void submit(String processInstanceId, String by, String note) {
        tasks.complete(task(processInstanceId, PREPARE_TASK).getId(),
                Map.of("submittedBy", by, "submitNote", note == null ? "" : note));
    }

    void signed(String processInstanceId) {
        tasks.complete(task(processInstanceId, SIGN_TASK).getId());
    }

    /** Pulls a contract in approval or waiting for signing back to its owner; nothing when it waits there already. */
    void amended(String processInstanceId) {
        if (waitsFor(processInstanceId, AMENDED)) {
            runtime.createMessageCorrelation(AMENDED).processInstanceId(processInstanceId).correlate();
        }
    }

    /** @return false when no process runs for the contract (the caller then closes it alone) */
    boolean cancel(String processInstanceId, String by, String reason, String note) {
        if (!waitsFor(processInstanceId, CANCELLED)) {
            return false;
        }
        runtime.createMessageCorrelation(CANCELLED).processInstanceId(processInstanceId)
                .setVariable("cancelledBy", by).setVariable("cancelReason", reason)
                .setVariable("cancelNote", note).correlate();
        return true;
    }

    void delivered(String processInstanceId) {
        if (waitsFor(processInstanceId, DELIVERED)) {
            runtime.createMessageCorrelation(DELIVERED).processInstanceId(processInstanceId).correlate();
        }
    }

    void paid(String processInstanceId, long instalmentId) {
        if (processInstanceId == null) {
            return;
        }
        boolean waiting = runtime.createExecutionQuery().processInstanceId(processInstanceId)
                .messageEventSubscriptionName(PAID).variableValueEquals("instalmentId", instalmentId).count() > 0;
        if (waiting) {
            runtime.createMessageCorrelation(PAID).processInstanceId(processInstanceId)
                    .localVariableEquals("instalmentId", instalmentId).correlate();
        }
    }

    /** The task key the contract's process waits at for a person, or null. */
    String waitingAt(String processInstanceId) {
        if (processInstanceId == null) {
            return null;
        }
        return tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .map(Task::getTaskDefinitionKey).sorted().findFirst().orElse(null);
    }

    private boolean waitsFor(String processInstanceId, String message) {
        return processInstanceId != null && runtime.createEventSubscriptionQuery()
                .processInstanceId(processInstanceId).eventName(message).count() > 0;
    }

    private Task task(String processInstanceId, String key) {
        Task task = processInstanceId == null ? null : tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(key).singleResult();
        if (task == null) {
            throw new ConflictException("contract.notWaiting",
                    "This contract's process is not at that step; reload it.");
        }
        return task;
    }
}
