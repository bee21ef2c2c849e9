package com.salesflow.quote.internal;

import com.salesflow.quote.CustomerAnswer;
import com.salesflow.quote.SendForm;
import com.salesflow.shared.ConflictException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The service's side of {@code quote-approval}: starts it on submit, resumes it when a sent-back quote is submitted
 * again, completes "send to customer" and passes on the customer's answer. Variables are few and typed: ids, logins
 * and flags.
 */
@Component
class QuoteProcess {

    static final String PROCESS = "quote-approval";
    static final String QUOTE_ID = "quoteId";
    static final String REVISE_TASK = "revise-quote";
    static final String SEND_TASK = "send-quote";
    static final String ACCEPTED = "quote-accepted";
    static final String REJECTED = "quote-rejected";
    static final String SUPERSEDED = "quote-superseded";

    private final RuntimeService runtime;
    private final TaskService tasks;

    QuoteProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** @return the process instance id */
    String start(long quoteId, String number, String owner, String submitter, String customerGrade) {
        return runtime.startProcessInstanceByKey(PROCESS, number, Variables.createVariables()
                .putValue(QUOTE_ID, quoteId)
                .putValue("owner", owner)
                .putValue("submitter", submitter)
                .putValue("customerGrade", customerGrade)).getId();
    }

    void resubmit(String processInstanceId, long quoteId, String submitter, String customerGrade) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(QUOTE_ID, quoteId);
        variables.put("submitter", submitter);
        variables.put("customerGrade", customerGrade);
        variables.put("revision", "RESUBMITTED");
        tasks.complete(task(processInstanceId, REVISE_TASK).getId(), variables);
    }

    void send(String processInstanceId, String by, SendForm form) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("sendMethod", form.method().name());
        variables.put("sendEmail", form.email());
        variables.put("sendNote", form.note());
        variables.put("sentBy", by);
        tasks.complete(task(processInstanceId, SEND_TASK).getId(), variables);
    }

    /** Accepted when {@code rejection} is null. */
    void answer(String processInstanceId, String by, CustomerAnswer rejection) {
        try {
            var correlation = runtime.createMessageCorrelation(rejection == null ? ACCEPTED : REJECTED)
                    .processInstanceId(processInstanceId)
                    .setVariable("answeredBy", by);
            if (rejection != null) {
                correlation.setVariable("rejectReason", rejection.reason().name())
                        .setVariable("rejectNote", rejection.note());
            }
            correlation.correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("quote.notWaiting", "This quote is not waiting for the customer's answer.");
        }
    }

    /** Ends the process of a version a newer one replaced while it waited to be sent or answered. */
    void supersede(String processInstanceId) {
        if (processInstanceId == null) {
            return;
        }
        if (runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId).eventName(SUPERSEDED)
                .count() > 0) {
            runtime.createMessageCorrelation(SUPERSEDED).processInstanceId(processInstanceId).correlate();
        }
    }

    private Task task(String processInstanceId, String key) {
        Task task = processInstanceId == null ? null : tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(key).singleResult();
        if (task == null) {
            throw new ConflictException("quote.notWaiting", "This quote's process is not at that step; reload it.");
        }
        return task;
    }
}
