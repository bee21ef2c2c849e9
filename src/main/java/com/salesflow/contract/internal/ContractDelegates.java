package com.salesflow.contract.internal;

import com.salesflow.contract.ApprovalStep;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The thin beans that {@code contract-approval.bpmn} names, one per step; each reads the typed variables it needs
 * and calls {@link ContractSteps}.
 */
final class ContractDelegates {

    private ContractDelegates() {
    }

    static long contractId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ContractProcess.CONTRACT_ID)).longValue();
    }

    static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }

    /** Sets {@code contractId}, {@code owner} and the forms' label; the business key becomes the contract number. */
    @Component("draftContract")
    static class Draft implements JavaDelegate {
        private final ContractSteps steps;

        Draft(ContractSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long quoteId = ((Number) execution.getVariable("quoteId")).longValue();
            ContractSteps.Drafted drafted = steps.draft(quoteId, execution.getProcessInstanceId());
            execution.setProcessBusinessKey(drafted.number());
            execution.setVariable(ContractProcess.CONTRACT_ID, drafted.contractId());
            execution.setVariable("owner", drafted.owner());
            execution.setVariables(steps.formVariables(drafted.contractId()));
        }
    }

    @Component("submitContract")
    static class Submit implements JavaDelegate {
        private final ContractSteps steps;

        Submit(ContractSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            steps.submitted(contractId(execution), text(execution, "submittedBy"), text(execution, "submitNote"));
            execution.setVariables(steps.formVariables(contractId(execution)));
            execution.removeVariable("submitNote");
        }
    }

    /** Sets {@code creditDecision}, {@code prepaymentPercent} and {@code needsLegal}. */
    @Component("checkContractCredit")
    static class CheckCredit implements JavaDelegate {
        private final ContractSteps steps;

        CheckCredit(ContractSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            ContractSteps.Credit credit = steps.checkCredit(contractId(execution));
            execution.setVariable("creditDecision", credit.decision().name());
            execution.setVariable("needsLegal", credit.needsLegal());
        }
    }

    @Component("requirePrepayment")
    static class RequirePrepayment implements JavaDelegate {
        private final ContractSteps steps;

        RequirePrepayment(ContractSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            steps.requirePrepayment(contractId(execution));
        }
    }

    /** Sets {@code approverLevel} and {@code supervisor}. */
    @Component("decideContractApprover")
    static class DecideApprover implements JavaDelegate {
        private final ContractSteps steps;

        DecideApprover(ContractSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            ContractSteps.Approver approver = steps.decideApprover(contractId(execution));
            execution.setVariable("approverLevel", approver.level().name());
            execution.setVariable("supervisor", approver.supervisor());
        }
    }

    /** Records the decision of the step's {@code level} as {@code approvalOutcome}. */
    @Component("recordContractDecision")
    static class RecordDecision implements JavaDelegate {
        private final ContractSteps steps;

        RecordDecision(ContractSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            ApprovalStep level = ApprovalStep.valueOf(text(execution, "level"));
            boolean finalStep = level == ApprovalStep.SUPERVISOR || level == ApprovalStep.DIRECTOR;
            execution.setVariable("approvalOutcome", steps.decided(contractId(execution), level, finalStep,
                    text(execution, "decision"), text(execution, "comment"), text(execution, "decidedBy")));
            // The next approver starts with an empty form.
            execution.removeVariable("decision");
            execution.removeVariable("comment");
        }
    }

    /** Sets {@code instalmentIds}, the instalments the process collects. */
    @Component("createContractOrder")
    static class CreateOrder implements JavaDelegate {
        private final ContractSteps steps;

        CreateOrder(ContractSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable("instalmentIds", new ArrayList<>(steps.createOrder(contractId(execution))));
        }
    }

    /** Sets, local to the instalment, the follow-up form's {@code instalmentLabel}. */
    @Component("instalmentOverdue")
    static class Overdue implements JavaDelegate {
        private final ContractSteps steps;

        Overdue(ContractSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            ContractSteps.Overdue overdue = steps.overdue(contractId(execution),
                    ((Number) execution.getVariable("instalmentId")).longValue(), false);
            execution.setVariableLocal("instalmentLabel", overdue.instalmentLabel());
        }
    }

    /** Sets, local to the instalment, {@code supervisor} (the owner's) and the form's {@code instalmentLabel}. */
    @Component("escalateOverduePayment")
    static class Escalate implements JavaDelegate {
        private final ContractSteps steps;

        Escalate(ContractSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            ContractSteps.Overdue overdue = steps.overdue(contractId(execution),
                    ((Number) execution.getVariable("instalmentId")).longValue(), true);
            execution.setVariableLocal("instalmentLabel", overdue.instalmentLabel());
            execution.setVariableLocal("supervisor", overdue.supervisor());
        }
    }

    @Component("orderDelivered")
    static class Delivered implements JavaDelegate {
        private final ContractSteps steps;

        Delivered(ContractSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            steps.delivered(contractId(execution));
        }
    }

    @Component("fulfilContract")
    static class Fulfil implements JavaDelegate {
        private final ContractSteps steps;

        Fulfil(ContractSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            steps.fulfilled(contractId(execution));
        }
    }

    @Component("cancelContract")
    static class Cancel implements JavaDelegate {
        private final ContractSteps steps;

        Cancel(ContractSteps steps) {
            this.steps = steps;
        }

        @Override
        public void execute(DelegateExecution execution) {
            steps.cancelled(contractId(execution), text(execution, "cancelReason"), text(execution, "cancelNote"),
                    text(execution, "cancelledBy"));
        }
    }
}
