package com.salesflow.quote.internal;

import com.salesflow.quote.ApprovalLevel;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The thin beans that {@code quote-approval.bpmn} names, one per step; each reads the typed variables it needs and
 * calls {@link QuoteApprovalSteps}. A step's approval level comes from its input parameter {@code level}.
 */
final class QuoteDelegates {

    private QuoteDelegates() {
    }

    static long quoteId(DelegateExecution execution) {
        return ((Number) execution.getVariable(QuoteProcess.QUOTE_ID)).longValue();
    }

    static ApprovalLevel level(DelegateExecution execution) {
        return ApprovalLevel.valueOf((String) execution.getVariable("level"));
    }

    static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }

    /**
     * Sets {@code needsSupervisor}, {@code needsDirector}, {@code needsFinance}, {@code supervisor}, and for the
     * approvers' form {@code quoteLabel} and {@code quoteFigures}.
     */
    @Component("decideQuoteApprovers")
    static class Decide implements JavaDelegate {

        private final QuoteApprovalSteps steps;

        Decide(QuoteApprovalSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            QuoteApprovalSteps.Approvals approvals = steps.decide(quoteId(execution), text(execution, "submitter"),
                    text(execution, "customerGrade"));
            execution.setVariable("needsSupervisor", approvals.levels().contains(ApprovalLevel.SUPERVISOR));
            execution.setVariable("needsDirector", approvals.levels().contains(ApprovalLevel.DIRECTOR));
            execution.setVariable("needsFinance", approvals.levels().contains(ApprovalLevel.FINANCE));
            execution.setVariable("supervisor", approvals.supervisor());
            execution.setVariable("quoteLabel", approvals.label());
            execution.setVariable("quoteFigures", approvals.figures());
        }
    }

    /**
     * Records the decision of the step's level ({@code decision}, {@code comment}, {@code decidedBy}) as
     * {@code approvalOutcome}.
     */
    @Component("recordQuoteDecision")
    static class RecordDecision implements JavaDelegate {

        private final QuoteApprovalSteps steps;

        RecordDecision(QuoteApprovalSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String outcome = steps.decided(quoteId(execution), level(execution), text(execution, "decision"),
                    text(execution, "comment"), text(execution, "decidedBy"));
            execution.setVariable("approvalOutcome", outcome);
            // The next approver starts with an empty form.
            execution.removeVariable("decision");
            execution.removeVariable("comment");
        }
    }

    @Component("remindQuoteApprover")
    static class Remind implements JavaDelegate {

        private final QuoteApprovalSteps steps;

        Remind(QuoteApprovalSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            ApprovalLevel level = level(execution);
            steps.reminded(quoteId(execution), level);
            // The late task moves up the approver's list.
            var tasks = execution.getProcessEngineServices().getTaskService();
            tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).active().list()
                    .forEach(task -> {
                        task.setPriority(Math.max(task.getPriority(), 80));
                        tasks.saveTask(task);
                    });
        }
    }

    /** Sets {@code needsDirector}: the directors take the supervisor's step. */
    @Component("escalateQuoteApproval")
    static class Escalate implements JavaDelegate {

        private final QuoteApprovalSteps steps;

        Escalate(QuoteApprovalSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            steps.escalated(quoteId(execution));
            execution.setVariable("needsDirector", true);
        }
    }

    /** Sets {@code quoteExpiresAt}, when an unanswered quote expires. */
    @Component("approveQuote")
    static class Approve implements JavaDelegate {

        private final QuoteApprovalSteps steps;

        Approve(QuoteApprovalSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Date expiresAt = steps.approved(quoteId(execution));
            execution.setVariable("quoteExpiresAt", expiresAt);
        }
    }

    @Component("sendQuote")
    static class Send implements JavaDelegate {

        private final QuoteApprovalSteps steps;

        Send(QuoteApprovalSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String by = text(execution, "sentBy");
            if (by == null) {
                by = text(execution, "owner");
            }
            execution.setVariable("quoteExpiresAt", steps.sent(quoteId(execution), text(execution, "sendMethod"),
                    text(execution, "sendEmail"), text(execution, "sendNote"), by));
        }
    }

    /**
     * Accepted: starts {@code contract-approval} with the quote id when that process is deployed; until then the
     * opportunity is won here.
     */
    @Component("quoteAccepted")
    static class Accepted implements JavaDelegate {

        static final String CONTRACT_PROCESS = "contract-approval";

        private final QuoteApprovalSteps steps;

        Accepted(QuoteApprovalSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long quoteId = quoteId(execution);
            long opportunityId = steps.accepted(quoteId, text(execution, "answeredBy"));
            var engine = execution.getProcessEngineServices();
            boolean contracts = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(CONTRACT_PROCESS).latestVersion().count() > 0;
            if (contracts) {
                engine.getRuntimeService().startProcessInstanceByKey(CONTRACT_PROCESS,
                        execution.getProcessBusinessKey(), java.util.Map.of(QuoteProcess.QUOTE_ID, quoteId));
            } else {
                steps.won(opportunityId);
            }
        }
    }

    @Component("quoteRejected")
    static class Rejected implements JavaDelegate {

        private final QuoteApprovalSteps steps;

        Rejected(QuoteApprovalSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            steps.rejected(quoteId(execution), text(execution, "rejectReason"), text(execution, "rejectNote"),
                    text(execution, "answeredBy"));
        }
    }

    @Component("expireQuote")
    static class Expire implements JavaDelegate {

        private final QuoteApprovalSteps steps;

        Expire(QuoteApprovalSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            steps.expired(quoteId(execution));
        }
    }

    @Component("withdrawQuote")
    static class Withdraw implements JavaDelegate {

        private final QuoteApprovalSteps steps;

        Withdraw(QuoteApprovalSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            steps.withdrawn(quoteId(execution), text(execution, "owner"), text(execution, "revisionNote"));
        }
    }
}
