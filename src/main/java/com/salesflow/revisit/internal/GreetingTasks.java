package com.salesflow.revisit.internal;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * What {@code care-greetings.bpmn} asks about a greeting, as {@code ${greetingTasks.owner(greetingId)}}. The created
 * ids travel as one comma-separated text variable ({@code greetingIds}), since process variables stay simple types.
 */
@Component("greetingTasks")
@com.salesflow.workflow.ProcessBean
public class GreetingTasks {

    private final GreetingService greetings;

    GreetingTasks(GreetingService greetings) {
        this.greetings = greetings;
    }

    public List<Long> ids(Object text) {
        return text == null || text.toString().isBlank() ? List.of()
                : Arrays.stream(text.toString().split(",")).map(Long::valueOf).toList();
    }

    public String owner(Object id) {
        return greetings.greeting(((Number) id).longValue()).getOwner();
    }

    /** Due at the end of the occasion's day. */
    public Date due(Object id) {
        GreetingRecord greeting = greetings.greeting(((Number) id).longValue());
        return Date.from(greeting.getOccasionDate().atTime(18, 0).atZone(java.time.ZoneId.systemDefault())
                .toInstant());
    }

    /** Sets {@code greetingIds} and {@code greetingCount}. */
    @Component("createGreetings")
    static class Create implements JavaDelegate {
        private final GreetingService greetings;

        Create(GreetingService greetings) {
            this.greetings = greetings;
        }

        @Override
        public void execute(DelegateExecution execution) {
            List<Long> created = greetings.createDue(greetings.today());
            execution.setVariable("greetingIds", String.join(",", created.stream().map(String::valueOf).toList()));
            execution.setVariable("greetingCount", created.size());
        }
    }

    /** Gives the task what its form shows, and the customer the task list names. */
    @Component("greetingTaskCreated")
    static class Created implements TaskListener {
        private final GreetingService greetings;

        Created(GreetingService greetings) {
            this.greetings = greetings;
        }

        @Override
        public void notify(DelegateTask task) {
            GreetingRecord greeting = greetings.greeting(((Number) task.getVariable("greetingId")).longValue());
            task.setVariableLocal("greetingText", greeting.getBody());
            task.setVariableLocal("recipientName", greeting.getRecipientName());
            task.setVariableLocal("customerId", greeting.getCustomerId());
        }
    }

    @Component("greetingSent")
    static class Sent implements TaskListener {
        private final GreetingService greetings;

        Sent(GreetingService greetings) {
            this.greetings = greetings;
        }

        @Override
        public void notify(DelegateTask task) {
            greetings.sent(((Number) task.getVariable("greetingId")).longValue());
        }
    }
}
