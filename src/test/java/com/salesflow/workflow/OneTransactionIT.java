package com.salesflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.support.IntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Engine and JPA share the DataSource and the transaction manager (STACK.md pitfall 3). */
@IntegrationTest
@WithMockUser(username = "admin", roles = Roles.ADMINS)
class OneTransactionIT {

    @Autowired
    TeamKickOff kickOff;

    @Autowired
    UserDirectory directory;

    @Autowired
    RuntimeService runtimeService;

    @Test
    void a_failure_after_saving_an_entity_and_starting_a_process_leaves_neither_behind() {
        String code = "tx-fail-" + Long.toString(System.nanoTime(), 36);

        assertThatThrownBy(() -> kickOff.createTeamAndStartProcess(code, true))
                .isInstanceOf(IllegalStateException.class);

        assertThat(directory.teams()).noneMatch(team -> team.code().equals(code));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
    }

    @Test
    void without_a_failure_the_entity_and_the_process_are_both_committed() {
        String code = "tx-ok-" + Long.toString(System.nanoTime(), 36);

        kickOff.createTeamAndStartProcess(code, false);

        assertThat(directory.teams()).anyMatch(team -> team.code().equals(code));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isEqualTo(1);
    }
}
