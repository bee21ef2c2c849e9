package com.salesflow.revisit.internal;

import static com.salesflow.revisit.internal.RevisitProcess.*;

import com.salesflow.customer.ObjectionType;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The thin beans that {@code post-sale-revisit.bpmn} names; each reads the typed variables it needs and calls
 * {@link RevisitSteps}.
 */
final class RevisitDelegates {

    /** The revisit form's fields: recorded on the revisit, then removed so the next revisit's form starts empty. */
    static final List<String> FORM_FIELDS = List.of("satisfaction", "feedback", "newNeeds", "objectionType",
            "objectionNote", "complaint");

    private RevisitDelegates() {
    }

    static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Sets {@code revisitId}, {@code revisitDue} and {@code seriesDone}. */
    @Component("planRevisit")
    static class Plan implements JavaDelegate {
        private final RevisitSteps steps;

        Plan(RevisitSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Integer previous = (Integer) execution.getVariable("revisitSeq");
            int previousSeq = previous == null ? 0 : previous;
            RevisitSchedule schedule = RevisitSchedule.parse(text(execution.getVariable(OFFSETS)),
                    text(execution.getVariable(REPEAT_EVERY)), text(execution.getVariable(SERIES_LENGTH)));
            RevisitSteps.Planned planned = steps.planNext(execution.getProcessInstanceId(),
                    id(execution.getVariable(CUSTOMER_ID)), id(execution.getVariable(ORDER_ID)),
                    text(execution.getVariable(ORDER_NUMBER)), id(execution.getVariable(CONTRACT_ID)),
                    text(execution.getVariable(OWNER)), text(execution.getVariable(GRADE)),
                    Boolean.TRUE.equals(execution.getVariable(SINGLE)),
                    ((Date) execution.getVariable(SERIES_START)).toInstant(), schedule, previousSeq);
            execution.setVariable(SERIES_DONE, planned == null);
            if (planned != null) {
                execution.setVariable("revisitSeq", previousSeq + 1);
                execution.setVariable(REVISIT_ID, planned.revisitId());
                execution.setVariable(REVISIT_DUE, Date.from(planned.dueAt()));
            }
        }
    }

    /** The revisit is due: it opens and the task gets the customer's name. */
    @Component("openRevisit")
    static class Open implements JavaDelegate {
        private final RevisitSteps steps;

        Open(RevisitSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable(CUSTOMER_NAME, steps.open(id(execution.getVariable(REVISIT_ID))));
        }
    }

    /** On completing the revisit task: records the answers; sets {@code revisitComplaint} and {@code revisitNewNeeds}. */
    @Component("recordRevisit")
    static class Record implements TaskListener {
        private final RevisitSteps steps;

        Record(RevisitSteps steps) {
            this.steps = steps;
        }

        @Override
        public void notify(DelegateTask task) {
            Object satisfaction = task.getVariable("satisfaction");
            if (!(satisfaction instanceof Number number)) {
                throw new IllegalArgumentException("Satisfaction (1–5) is required");
            }
            String objection = text(task.getVariable("objectionType"));
            String newNeeds = text(task.getVariable("newNeeds"));
            RevisitSteps.Outcome outcome = steps.record(id(task.getVariable(REVISIT_ID)), number.intValue(),
                    text(task.getVariable("feedback")), newNeeds,
                    objection == null || objection.isBlank() ? null : ObjectionType.valueOf(objection),
                    text(task.getVariable("objectionNote")), Boolean.TRUE.equals(task.getVariable("complaint")),
                    task.getAssignee());
            DelegateExecution execution = task.getExecution();
            execution.removeVariables(FORM_FIELDS);
            execution.setVariable(COMPLAINT, outcome.complaint());
            execution.setVariable(NEW_NEEDS, outcome.newNeeds());
            if (outcome.newNeeds()) {
                execution.setVariable("followUpNeeds", newNeeds.strip());
            }
        }
    }

    @Component("raiseRevisitComplaint")
    static class RaiseComplaint implements JavaDelegate {
        private final RevisitSteps steps;

        RaiseComplaint(RevisitSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable("complaintId", steps.raiseComplaint(id(execution.getVariable(REVISIT_ID))));
        }
    }
}
