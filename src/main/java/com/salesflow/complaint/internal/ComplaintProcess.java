package com.salesflow.complaint.internal;

import com.salesflow.shared.ConflictException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The service's side of {@code complaint-handling}: starts it and completes its tasks for the complaint page. */
@Component
class ComplaintProcess {

    static final String PROCESS = "complaint-handling";
    static final String COMPLAINT_ID = "complaintId";
    /** The task list shows the customer of a task by this variable. */
    static final String CUSTOMER_ID = "customerId";
    static final String ASSIGNEE = "assignee";
    static final String SLA_DUE = "slaDue";
    static final String INVESTIGATE_TASK = "investigate-complaint";
    static final String CONFIRM_TASK = "confirm-complaint";
    static final String RESOLUTION = "resolution";
    static final String ROOT_CAUSE = "rootCause";
    static final String OUTCOME = "outcome";
    static final String FEEDBACK = "customerFeedback";
    static final String CONFIRMED = "CONFIRMED";
    static final String NOT_SATISFIED = "NOT_SATISFIED";

    private final RuntimeService runtime;
    private final TaskService tasks;

    ComplaintProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Works inside a running process's transaction too (a revisit's delegate): the engine nests the command. */
    String start(long complaintId, String number, long customerId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(COMPLAINT_ID, complaintId);
        variables.put(CUSTOMER_ID, customerId);
        variables.put(ASSIGNEE, null);
        return runtime.startProcessInstanceByKey(PROCESS, number, variables).getId();
    }

    void take(String processInstanceId, String user) {
        tasks.claim(task(processInstanceId, INVESTIGATE_TASK).getId(), user);
    }

    /** Hands the investigation to {@code user}, who resolves it now. */
    void reassign(String processInstanceId, String user) {
        tasks.setAssignee(task(processInstanceId, INVESTIGATE_TASK).getId(), user);
    }

    void resolve(String processInstanceId, String resolution, String rootCause) {
        tasks.complete(task(processInstanceId, INVESTIGATE_TASK).getId(),
                Map.of(RESOLUTION, resolution, ROOT_CAUSE, rootCause));
    }

    void confirm(String processInstanceId, boolean satisfied, String feedback) {
        Map<String, Object> values = new HashMap<>();
        values.put(OUTCOME, satisfied ? CONFIRMED : NOT_SATISFIED);
        values.put(FEEDBACK, feedback);
        tasks.complete(task(processInstanceId, CONFIRM_TASK).getId(), values);
    }

    private Task task(String processInstanceId, String key) {
        Task task = processInstanceId == null ? null : tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(key).singleResult();
        if (task == null) {
            throw new ConflictException("complaint.notWaiting",
                    "This complaint's process is not at that step; reload it.");
        }
        return task;
    }
}
