package com.salesflow.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesflow.customer.Source;
import com.salesflow.shared.NotFoundException;
import com.salesflow.support.IntegrationTest;
import com.salesflow.task.Tasks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the lead page shows of the process: the named steps in the order they ran, with who did the task, and the
 * open task of the signed-in user; both in the lead's scope (404 outside it, like the lead itself).
 */
@IntegrationTest
class LeadHistoryIT {

    @Autowired
    Leads leads;

    @Autowired
    Tasks tasks;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_history_lists_the_named_steps_in_order_and_only_the_owner_gets_the_open_task() {
        signIn("supervisor");
        LeadSummary lead = leads.submit(form()).lead();
        String owner = lead.owner();
        assertThat(owner).isIn("sales1", "sales2");

        signIn(owner);
        List<LeadStep> steps = leads.history(lead.id());
        assertThat(steps).extracting(LeadStep::name)
                .containsExactly("Lead arrived", "Check duplicates", "Score lead", "Route to an owner", "Qualify lead");
        assertThat(steps.subList(0, 4)).allSatisfy(step -> {
            assertThat(step.started()).isNotNull();
            assertThat(step.ended()).isNotNull();
            assertThat(step.assignee()).isNull();
        });
        LeadStep qualify = steps.get(4);
        assertThat(qualify.assignee()).isEqualTo(owner);
        assertThat(qualify.ended()).isNull();
        String taskId = leads.openTaskId(lead.id()).orElseThrow();
        assertThat(tasks.get(taskId).task().name()).isEqualTo("Qualify lead");

        // The supervisor sees the lead and its history, but the task is not theirs.
        signIn("supervisor");
        assertThat(leads.history(lead.id())).hasSize(5);
        assertThat(leads.openTaskId(lead.id())).isEmpty();

        // Another team's salesperson does not learn that the lead exists.
        signIn("sales3");
        assertThatThrownBy(() -> leads.history(lead.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> leads.openTaskId(lead.id())).isInstanceOf(NotFoundException.class);

        signIn(owner);
        tasks.complete(taskId, Map.of("outcome", "REJECTED", "rejectReason", "SPAM"));
        assertThat(leads.openTaskId(lead.id())).isEmpty();
        assertThat(leads.history(lead.id())).extracting(LeadStep::name)
                .endsWith("Qualify lead", "Reject with a reason", "Rejected");
        assertThat(leads.history(lead.id())).allSatisfy(step -> assertThat(step.ended()).isNotNull());
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** East, so that the east team (sales1, sales2) gets it; its own company and phone, so that nothing matches. */
    private static LeadForm form() {
        String id = Long.toString(System.nanoTime());
        LeadForm form = new LeadForm();
        form.setName("Li Na " + id);
        form.setCompany("Lead History Pumps " + id);
        form.setPhone("136" + id.substring(id.length() - 8));
        form.setSource(Source.WEB_FORM);
        form.setIndustry("Chemicals");
        form.setRegion("East");
        return form;
    }
}
