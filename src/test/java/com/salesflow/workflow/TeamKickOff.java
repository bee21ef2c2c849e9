package com.salesflow.workflow;

import com.salesflow.identity.TeamForm;
import com.salesflow.identity.TeamSummary;
import com.salesflow.identity.UserDirectory;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Test-only service of the kind every feature has: saves an entity and starts a process in one transaction,
 * and can be told to fail after both.
 */
@Service
class TeamKickOff {

    private final UserDirectory directory;
    private final RuntimeService runtimeService;

    TeamKickOff(UserDirectory directory, RuntimeService runtimeService) {
        this.directory = directory;
        this.runtimeService = runtimeService;
    }

    @Transactional
    public TeamSummary createTeamAndStartProcess(String code, boolean failAtTheEnd) {
        TeamForm form = new TeamForm();
        form.setCode(code);
        form.setName("Team " + code);
        TeamSummary team = directory.createTeam(form);
        runtimeService.startProcessInstanceByKey("test-assigned-task", code,
                Map.of("assignee", "sales1", "candidateGroup", "sales"));
        if (failAtTheEnd) {
            throw new IllegalStateException("Failure after saving and starting");
        }
        return team;
    }
}
