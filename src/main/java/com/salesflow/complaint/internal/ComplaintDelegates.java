package com.salesflow.complaint.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The thin beans that {@code complaint-handling.bpmn} names, one per step; each reads the typed variables it needs
 * and calls {@link ComplaintSteps}.
 */
final class ComplaintDelegates {

    private ComplaintDelegates() {
    }

    static long complaintId(org.camunda.bpm.engine.delegate.VariableScope scope) {
        return ((Number) scope.getVariable(ComplaintProcess.COMPLAINT_ID)).longValue();
    }

    static String text(org.camunda.bpm.engine.delegate.VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    /** Sets {@code slaDue} (the SLA timer's date) and the forms' labels. */
    @Component("setComplaintSla")
    static class SetSla implements JavaDelegate {
        private final ComplaintSteps steps;

        SetSla(ComplaintSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable(ComplaintProcess.SLA_DUE, steps.setSla(complaintId(execution)));
            execution.setVariables(steps.formVariables(complaintId(execution)));
        }
    }

    /** On the investigation task: whoever takes it (or gets it back after a reopen) is the complaint's assignee. */
    @Component("complaintAssigned")
    static class Assigned implements TaskListener {
        private final ComplaintSteps steps;

        Assigned(ComplaintSteps steps) {
            this.steps = steps;
        }

        @Override
        public void notify(DelegateTask task) {
            if (task.getAssignee() != null) {
                steps.assigned(complaintId(task), task.getAssignee());
                task.getExecution().setVariable(ComplaintProcess.ASSIGNEE, task.getAssignee());
            }
        }
    }

    @Component("resolveComplaint")
    static class Resolve implements JavaDelegate {
        private final ComplaintSteps steps;

        Resolve(ComplaintSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            steps.resolved(complaintId(execution), text(execution, ComplaintProcess.RESOLUTION),
                    text(execution, ComplaintProcess.ROOT_CAUSE), text(execution, ComplaintProcess.ASSIGNEE));
        }
    }

    @Component("closeComplaint")
    static class Close implements JavaDelegate {
        private final ComplaintSteps steps;

        Close(ComplaintSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            steps.confirmed(complaintId(execution), text(execution, ComplaintProcess.FEEDBACK));
        }
    }

    @Component("reopenComplaint")
    static class Reopen implements JavaDelegate {
        private final ComplaintSteps steps;

        Reopen(ComplaintSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            steps.reopened(complaintId(execution), text(execution, ComplaintProcess.FEEDBACK));
        }
    }

    /** Sets {@code newlyEscalated}: false when the complaint was escalated before (reopened past its SLA). */
    @Component("escalateComplaint")
    static class Escalate implements JavaDelegate {
        private final ComplaintSteps steps;

        Escalate(ComplaintSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable("newlyEscalated", steps.escalated(complaintId(execution)));
        }
    }
}
