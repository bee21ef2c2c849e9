package com.salesflow.workflow;

import java.util.Collection;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Separation of duties on approval tasks, wherever the call comes from (our task list, {@code /engine-rest},
 * Tasklist); bound to a task's create, assignment and complete events. When a task is created, the
 * {@link #parties parties} to the document get a REVOKE on it, so that the engine's own authorization checks refuse
 * them (403) even where a group grants the task. On assignment the new assignee, on completion the signed-in user
 * (or the assignee when the engine is called without one) must be allowed the step ({@link #refusal}); otherwise
 * the call fails (the engine wraps the listener's authorization error; our task list answers 403) and nothing
 * changes. This also stops engine administrators, whom authorization checks let through. On completion it records
 * {@code decidedBy}.
 */
public abstract class ApprovalTaskGuard implements TaskListener {

    /** Why {@code actor} may not take this approval step, or null when they may. */
    protected abstract String refusal(DelegateTask task, String actor);

    /** Who may never decide this task: the document's owner, and whoever else has a stake in it. */
    protected abstract Collection<String> parties(DelegateTask task);

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            revokeParties(task);
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
        String refusal = refusal(task, actor);
        if (refusal != null) {
            throw new AuthorizationException(actor + ": " + refusal);
        }
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            task.getExecution().setVariable("decidedBy", actor);
        }
    }

    private void revokeParties(DelegateTask task) {
        Collection<String> parties = parties(task);
        AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
        // The engine's business, not the signed-in user's, who may not grant anything.
        Context.getCommandContext().runWithoutAuthorization(() -> {
            for (String user : parties) {
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
