package com.salesflow.quote.internal;

import com.salesflow.quote.ApprovalLevel;
import com.salesflow.workflow.ApprovalTaskGuard;
import java.util.Collection;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Separation of duties on the quote approval tasks ({@link ApprovalTaskGuard}): the quote's owner and submitter
 * never decide it; who may take a step is {@link QuoteApprovalSteps#refusal}'s to say.
 */
@Component("quoteApprovalGuard")
class QuoteApprovalGuard extends ApprovalTaskGuard {

    private final QuoteApprovalSteps steps;

    QuoteApprovalGuard(QuoteApprovalSteps steps) {
        this.steps = steps;
    }

    @Override
    protected String refusal(DelegateTask task, String actor) {
        return steps.refusal(quoteId(task), ApprovalLevel.valueOf((String) task.getVariable("level")), actor);
    }

    @Override
    protected Collection<String> parties(DelegateTask task) {
        return steps.parties(quoteId(task));
    }

    private static long quoteId(DelegateTask task) {
        return ((Number) task.getVariable(QuoteProcess.QUOTE_ID)).longValue();
    }
}
