package com.salesflow.quote.internal;

import com.salesflow.quote.ApprovalLevel;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Separation of duties on the approval tasks, wherever the call comes from (our task list, {@code /engine-rest},
 * Tasklist). When a task is created, the quote's owner and submitter get a REVOKE on it, so that the engine's own
 * authorization checks refuse them (403) even where a group grants the task (a director's own quote). On
 * assignment the new assignee, on completion the signed-in user (or the assignee when the engine is called without
 * one) must be allowed the step ({@link QuoteApprovalSteps#refusal}); otherwise the call fails (the engine wraps
 * the listener's authorization error; our task list answers 403) and nothing changes. This also stops engine
 * administrators, whom authorization checks let through. On completion it records {@code decidedBy}.
 */
@Component("quoteApprovalGuard")
class QuoteApprovalGuard implements TaskListener {

    private final QuoteApprovalSteps steps;

    QuoteApprovalGuard(QuoteApprovalSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            revokeOwnQuote(task);
            return;
        }
        String actor;
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Authentication authentication = task.getProcessEngineServices().getIdentityService()
                    .getCurrentAuthentication();
            actor = authentication != null && authentication.getUserId() != null ? authentication.getUserId()
                    : task.getAssignee();
        } else {
            actor = task.getAssignee();
        }
        if (actor == null) {
            if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
                throw new AuthorizationException("Claim the approval before deciding it.");
            }
            return;
        }
        long quoteId = ((Number) task.getVariable(QuoteProcess.QUOTE_ID)).longValue();
        ApprovalLevel level = ApprovalLevel.valueOf((String) task.getVariable("level"));
        String refusal = steps.refusal(quoteId, level, actor);
        if (refusal != null) {
            throw new AuthorizationException(actor + ": " + refusal);
        }
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            task.getExecution().setVariable("decidedBy", actor);
        }
    }

    private void revokeOwnQuote(DelegateTask task) {
        long quoteId = ((Number) task.getVariable(QuoteProcess.QUOTE_ID)).longValue();
        AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
        // The engine's business, not the signed-in user's, who may not grant anything.
        Context.getCommandContext().runWithoutAuthorization(() -> {
            for (String user : steps.parties(quoteId)) {
                Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
                revoke.setUserId(user);
                revoke.setResource(Resources.TASK);
                revoke.setResourceId(task.getId());
                revoke.removePermission(Permissions.ALL);
                authorizations.saveAuthorization(revoke);
            }
            return null;
        });
    }
}
