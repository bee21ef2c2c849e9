package com.salesflow.workflow.internal;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.salesflow.identity.Roles;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Grants in the engine what our roles mean, so that Camunda REST and the webapps allow what our services allow:
 * every role opens Tasklist and sees tasks assigned or offered to it (the engine grants those per task); designers
 * open Cockpit and read definitions, instances and history; admins are engine administrators. Idempotent.
 */
@Component
@Order(20)
class EngineAuthorizations implements ApplicationRunner {

    static final String MY_TASKS_FILTER = "My tasks";
    static final String GROUP_TASKS_FILTER = "My group tasks";

    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    EngineAuthorizations(AuthorizationService authorizations, FilterService filters, TaskService tasks) {
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String role : Roles.ALL) {
            grant(role, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(role, Resources.FILTER, ANY, Permissions.READ);
            grant(role, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        }
        // Engine administrators pass every check in the engine, but the webapps ask for application grants.
        grant(Roles.ADMINS, Resources.APPLICATION, ANY, Permissions.ALL);
        String designers = Roles.DESIGNERS;
        grant(designers, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(designers, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY, Permissions.READ_TASK);
        grant(designers, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(designers, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        grant(designers, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(designers, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(designers, Resources.TASK, ANY, Permissions.READ);
        createTasklistFilters();
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        List<Authorization> existing = authorizations.createAuthorizationQuery()
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).list();
        Authorization authorization = existing.stream().filter(a -> a.getAuthorizationType() == AUTH_TYPE_GRANT)
                .findFirst().orElseGet(() -> {
                    Authorization created = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                    created.setGroupId(group);
                    created.setResource(resource);
                    created.setResourceId(resourceId);
                    return created;
                });
        boolean missing = false;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                missing = true;
            }
        }
        if (missing) {
            authorizations.saveAuthorization(authorization);
        }
    }

    /** The two lists every Tasklist user expects; shared filters are readable by every role (granted above). */
    private void createTasklistFilters() {
        if (filters.createFilterQuery().filterName(MY_TASKS_FILTER).count() == 0) {
            Filter mine = filters.newTaskFilter(MY_TASKS_FILTER)
                    .setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"))
                    .setProperties(Map.of("priority", -10, "description", "Tasks assigned to me"));
            filters.saveFilter(mine);
        }
        if (filters.createFilterQuery().filterName(GROUP_TASKS_FILTER).count() == 0) {
            Filter offered = filters.newTaskFilter(GROUP_TASKS_FILTER)
                    .setQuery(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                            .taskUnassigned())
                    .setProperties(Map.of("priority", -5, "description", "Unclaimed tasks offered to my groups"));
            filters.saveFilter(offered);
        }
    }
}
