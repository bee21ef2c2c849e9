package com.salesflow.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesflow.customer.CustomerDetails;
import com.salesflow.customer.CustomerForm;
import com.salesflow.customer.Customers;
import com.salesflow.customer.Source;
import com.salesflow.opportunity.Opportunities;
import com.salesflow.opportunity.OpportunitySummary;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.support.IntegrationTest;
import com.salesflow.task.Tasks;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every path of {@code lead-qualification} with the real engine, decision tables, users and forms: a new lead
 * qualified into customer, contact and opportunity; a lead matching a customer goes to its owner; a duplicate of an
 * open lead is merged, not started twice; nurture comes back when its timer fires; rejection needs a reason; a late
 * first contact escalates to the supervisor. Each lead has its own phone, e-mail and company.
 */
@IntegrationTest
class LeadQualificationIT {

    @Autowired
    Leads leads;

    @Autowired
    Tasks tasks;

    @Autowired
    Customers customers;

    @Autowired
    Opportunities opportunities;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService engineTasks;

    @Autowired
    ManagementService management;

    @Autowired
    ProcessEngine engine;

    @Autowired
    HistoryService history;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        AbstractAssertions.reset();
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static String unique() {
        return Long.toString(System.nanoTime()).substring(5);
    }

    private LeadForm form(String region) {
        String id = unique();
        LeadForm form = new LeadForm();
        form.setName("Chen Jing " + id);
        form.setCompany("Lead Test Machinery " + id + " Co., Ltd.");
        form.setPhone("139" + String.format("%08d", Long.parseLong(id) % 100_000_000));
        form.setEmail("chen." + id + "@lead-test.example");
        form.setSource(Source.REFERRAL);
        form.setIndustry("Machinery");
        form.setRegion(region);
        form.setCompanySize(CompanySize.LARGE);
        form.setEngagement(Engagement.HIGH);
        form.setNeed("200 gearboxes a month");
        return form;
    }

    private ProcessInstance instance(LeadDetails lead) {
        return runtime.createProcessInstanceQuery().processInstanceId(lead.lead().processInstanceId()).singleResult();
    }

    private Task qualifyTask(LeadDetails lead) {
        return engineTasks.createTaskQuery().processInstanceId(lead.lead().processInstanceId())
                .taskDefinitionKey("qualify").singleResult();
    }

    private void completeAs(String user, Task task, Map<String, Object> values) {
        signIn(user);
        tasks.complete(task.getId(), values);
    }

    @Test
    void a_new_lead_is_scored_routed_and_qualified_into_customer_contact_and_opportunity() {
        signIn("supervisor");
        LeadDetails lead = leads.submit(form("East"));

        assertThat(lead.lead().status()).isEqualTo(LeadStatus.QUALIFYING);
        assertThat(lead.lead().score()).isBetween(70, 100);
        assertThat(lead.lead().rating()).isEqualTo(LeadRating.HOT);
        assertThat(lead.scoreReasons()).isNotEmpty().allSatisfy(reason -> assertThat(reason.reason()).isNotBlank());
        assertThat(lead.scoreReasons().stream().mapToInt(ScoreReason::points).sum())
                .isEqualTo(lead.lead().score());
        assertThat(lead.lead().team()).isEqualTo("east");
        assertThat(lead.lead().owner()).isIn("sales1", "sales2");
        ProcessInstance instance = instance(lead);
        BpmnAwareTests.assertThat(instance).hasPassed("check-duplicates", "score", "route").isWaitingAt("qualify");
        Task qualify = qualifyTask(lead);
        assertThat(qualify.getAssignee()).isEqualTo(lead.lead().owner());
        assertThat(qualify.getDueDate()).isNotNull();

        Map<String, Object> values = new HashMap<>();
        values.put("outcome", "QUALIFIED");
        values.put("budget", "CONFIRMED");
        values.put("traits", List.of("DEMAND", "LOYAL"));
        values.put("opportunityName", "Gearboxes 2027");
        values.put("expectedAmount", 480000);
        values.put("expectedClose", "2027-03-31");
        completeAs(lead.lead().owner(), qualify, values);

        BpmnAwareTests.assertThat(instance).hasPassed("convert", "qualified").isEnded();
        LeadDetails qualified = leads.get(lead.lead().id());
        assertThat(qualified.lead().status()).isEqualTo(LeadStatus.QUALIFIED);
        CustomerDetails customer = customers.get(qualified.lead().customerId());
        assertThat(customer.name()).isEqualTo(lead.lead().company());
        assertThat(customer.owner()).isEqualTo(lead.lead().owner());
        assertThat(customers.contacts(customer.id())).extracting(contact -> contact.name())
                .containsExactly(lead.lead().name());
        OpportunitySummary opportunity = opportunities.find(qualified.lead().opportunityId()).orElseThrow();
        assertThat(opportunity.customerId()).isEqualTo(customer.id());
        assertThat(opportunity.name()).isEqualTo("Gearboxes 2027");
        assertThat(opportunity.amount()).isEqualByComparingTo(new BigDecimal("480000"));
        assertThat(opportunity.owner()).isEqualTo(lead.lead().owner());
    }

    @Test
    void a_lead_of_an_existing_customer_goes_to_its_owner_and_creates_no_second_customer() {
        signIn("sales3");
        LeadForm form = form("East");
        CustomerForm existing = new CustomerForm();
        existing.setName("Existing West Buyer " + unique());
        existing.setPhone(form.getPhone());
        long customerId = customers.create(existing).id();

        signIn("director");
        LeadDetails lead = leads.submit(form);

        assertThat(lead.lead().owner()).isEqualTo("sales3");
        assertThat(lead.lead().customerId()).isEqualTo(customerId);
        assertThat(lead.matchedOn()).isEqualTo("PHONE");
        completeAs("sales3", qualifyTask(lead), Map.of("outcome", "QUALIFIED"));
        LeadDetails qualified = leads.get(lead.lead().id());
        assertThat(qualified.lead().customerId()).isEqualTo(customerId);
        assertThat(opportunities.ofCustomer(customerId)).extracting(OpportunitySummary::leadId)
                .containsExactly(lead.lead().id());
    }

    @Test
    void a_duplicate_of_an_open_lead_is_merged_into_it_and_not_started_twice() {
        signIn("supervisor");
        LeadForm first = form("East");
        LeadDetails open = leads.submit(first);
        LeadForm again = form("West");
        again.setEmail(first.getEmail().toUpperCase());
        again.setNeed("Also asked about spare parts");

        LeadDetails duplicate = leads.submit(again);

        assertThat(duplicate.lead().status()).isEqualTo(LeadStatus.MERGED);
        assertThat(duplicate.lead().duplicateOf()).isEqualTo(open.lead().id());
        // Ended within the submitting call, so there is no running instance to hand to BpmnAwareTests.
        HistoricProcessInstance merged = history.createHistoricProcessInstanceQuery()
                .processInstanceId(duplicate.lead().processInstanceId()).singleResult();
        assertThat(merged.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        assertThat(merged.getEndActivityId()).isEqualTo("merged");
        assertThat(engineTasks.createTaskQuery().processInstanceId(duplicate.lead().processInstanceId()).count())
                .isZero();
        assertThat(leads.get(open.lead().id()).notes()).contains("Also asked about spare parts");
    }

    @Test
    void a_nurtured_lead_comes_back_to_its_owner_when_the_nurture_timer_fires() {
        signIn("supervisor");
        LeadDetails lead = leads.submit(form("East"));
        completeAs(lead.lead().owner(), qualifyTask(lead), Map.of("outcome", "NURTURE"));

        LeadDetails nurtured = leads.get(lead.lead().id());
        assertThat(nurtured.lead().status()).isEqualTo(LeadStatus.NURTURE);
        assertThat(nurtured.nurtureUntil()).isAfter(java.time.LocalDate.now().plusDays(29));
        ProcessInstance instance = instance(lead);
        BpmnAwareTests.assertThat(instance).isWaitingAt("nurture-over");
        Job timer = management.createJobQuery().processInstanceId(instance.getId()).activityId("nurture-over")
                .singleResult();
        management.executeJob(timer.getId());

        BpmnAwareTests.assertThat(instance).hasPassed("reopen").isWaitingAt("qualify");
        LeadSummary reopened = leads.get(lead.lead().id()).lead();
        assertThat(reopened.status()).isEqualTo(LeadStatus.QUALIFYING);
        assertThat(qualifyTask(lead).getAssignee()).isEqualTo(lead.lead().owner());
        // The second round has its own first-contact time, not the first round's long past one.
        assertThat(qualifyTask(lead).getDueDate()).isAfter(new java.util.Date(System.currentTimeMillis() + 23 * 3600_000L));
        assertThat(reopened.sla()).isEqualTo(LeadSla.ON_TIME);
    }

    @Test
    void a_rejection_needs_a_reason_and_nothing_changes_without_one() {
        signIn("supervisor");
        LeadDetails lead = leads.submit(form("West"));
        assertThat(lead.lead().team()).isEqualTo("west");
        ProcessInstance instance = instance(lead);
        Task qualify = qualifyTask(lead);

        assertThatThrownBy(() -> completeAs(lead.lead().owner(), qualify, Map.of("outcome", "REJECTED")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(error -> error.field()).contains("rejectReason"));
        assertThat(qualifyTask(lead)).isNotNull();
        assertThat(leads.get(lead.lead().id()).lead().status()).isEqualTo(LeadStatus.QUALIFYING);

        completeAs(lead.lead().owner(), qualify, Map.of("outcome", "REJECTED", "rejectReason", "NO_BUDGET",
                "outcomeNote", "Next year maybe"));
        BpmnAwareTests.assertThat(instance).hasPassed("reject", "rejected").isEnded();
        LeadDetails rejected = leads.get(lead.lead().id());
        assertThat(rejected.lead().status()).isEqualTo(LeadStatus.REJECTED);
        assertThat(rejected.rejectReason()).isEqualTo(RejectReason.NO_BUDGET);
        assertThat(rejected.outcomeNote()).isEqualTo("Next year maybe");
    }

    @Test
    void a_late_first_contact_escalates_to_the_supervisor_and_the_lead_stays_with_its_owner() {
        signIn("supervisor");
        LeadDetails lead = leads.submit(form("East"));
        ProcessInstance instance = instance(lead);
        Job sla = management.createJobQuery().processInstanceId(instance.getId()).activityId("first-contact-late")
                .singleResult();
        assertThat(sla.getDuedate()).isAfter(new java.util.Date(System.currentTimeMillis() + 23 * 3600_000L));

        management.executeJob(sla.getId());

        BpmnAwareTests.assertThat(instance).hasPassed("escalate").isWaitingAt("qualify", "follow-up-late");
        Task late = engineTasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("follow-up-late").singleResult();
        assertThat(late.getAssignee()).isEqualTo("supervisor");
        assertThat(qualifyTask(lead).getAssignee()).isEqualTo(lead.lead().owner());
        completeAs("supervisor", late, Map.of("escalationAction", "REMINDED"));
        completeAs(lead.lead().owner(), qualifyTask(lead), Map.of("outcome", "REJECTED", "rejectReason", "SPAM"));
        BpmnAwareTests.assertThat(instance).isEnded();
    }

    @Test
    void the_supervisor_reassigns_a_late_lead_from_the_escalation_task_and_the_new_owner_gets_a_new_time() {
        signIn("supervisor");
        LeadDetails lead = leads.submit(form("East"));
        String owner = lead.lead().owner();
        String other = owner.equals("sales1") ? "sales2" : "sales1";
        ProcessInstance instance = instance(lead);
        management.executeJob(management.createJobQuery().processInstanceId(instance.getId())
                .activityId("first-contact-late").singleResult().getId());
        Task late = engineTasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("follow-up-late").singleResult();

        // The form offers the team's salespeople present today, the owner left out.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> offered = (List<Map<String, Object>>) tasks.form(late.getId()).values()
                .get("reassignTo");
        assertThat(offered).extracting(option -> option.get("value")).contains(other).doesNotContain(owner);

        assertThatThrownBy(() -> completeAs("supervisor", late, Map.of("escalationAction", "REASSIGNED")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("newOwner"));
        BpmnAwareTests.assertThat(instance).isWaitingAt("qualify", "follow-up-late");
        assertThat(leads.get(lead.lead().id()).lead().owner()).isEqualTo(owner);

        completeAs("supervisor", late, Map.of("escalationAction", "REASSIGNED", "newOwner", other));

        BpmnAwareTests.assertThat(instance).hasPassed("handle-late-lead").isWaitingAt("qualify");
        Task qualify = qualifyTask(lead);
        assertThat(qualify.getAssignee()).isEqualTo(other);
        assertThat(qualify.getDueDate()).isAfter(new java.util.Date(System.currentTimeMillis() + 23 * 3600_000L));
        signIn("supervisor");
        LeadSummary moved = leads.get(lead.lead().id()).lead();
        assertThat(moved.owner()).isEqualTo(other);
        assertThat(moved.sla()).isEqualTo(LeadSla.ON_TIME);
        assertThat(moved.escalatedAt()).isNotNull();
        completeAs(other, qualify, Map.of("outcome", "REJECTED", "rejectReason", "NO_NEED"));
        BpmnAwareTests.assertThat(instance).isEnded();
    }

    @Test
    void a_qualify_task_reassigned_in_team_tasks_takes_the_lead_with_it() {
        signIn("supervisor");
        LeadDetails lead = leads.submit(form("East"));
        String other = lead.lead().owner().equals("sales1") ? "sales2" : "sales1";

        tasks.reassign(qualifyTask(lead).getId(), other);

        assertThat(leads.get(lead.lead().id()).lead().owner()).isEqualTo(other);
        assertThat(runtime.getVariable(lead.lead().processInstanceId(), "owner")).isEqualTo(other);
        completeAs(other, qualifyTask(lead), Map.of("outcome", "REJECTED", "rejectReason", "NO_NEED"));
    }
}
