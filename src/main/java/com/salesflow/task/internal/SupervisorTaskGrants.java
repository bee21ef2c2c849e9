package com.salesflow.task.internal;

import com.salesflow.identity.UserDirectory;
import java.util.ArrayList;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The engine's side of "a supervisor reassigns their team's tasks": whenever a user task gets an assignee, the
 * supervisors of the assignee's teams may read it and give it to someone else, also through {@code /engine-rest}
 * (the engine itself grants only assignees and candidates). Added to every user task of every model when it is
 * parsed, so that designers need not remember it.
 */
@Component
class SupervisorTaskGrants extends AbstractProcessEnginePlugin implements TaskListener {

    private final UserDirectory directory;

    SupervisorTaskGrants(@Lazy UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    userTask.getTaskDefinition().addTaskListener(EVENTNAME_ASSIGNMENT, SupervisorTaskGrants.this);
                }
            }
        });
    }

    @Override
    public void notify(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null) {
            return;
        }
        AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
        // Granting is the engine's business here, not the signed-in user's: they may lack the right to grant.
        Context.getCommandContext().runWithoutAuthorization(() -> {
            for (String supervisor : directory.supervisorsOf(assignee)) {
                if (authorizations.createAuthorizationQuery().userIdIn(supervisor).resourceType(Resources.TASK)
                        .resourceId(task.getId()).count() == 0) {
                    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                    grant.setUserId(supervisor);
                    grant.setResource(Resources.TASK);
                    grant.setResourceId(task.getId());
                    grant.addPermission(Permissions.READ);
                    grant.addPermission(TaskPermissions.TASK_ASSIGN);
                    authorizations.saveAuthorization(grant);
                }
            }
            return null;
        });
    }
}
