package com.salesflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import com.salesflow.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every path of {@code complaint-handling} with the real engine, table, users and database: registered, taken,
 * resolved and confirmed with the time to resolve; reopened by a dissatisfied customer and resolved again;
 * escalated at the SLA with the clock moved and the timer executed; registered by a process without a user (a
 * low-satisfaction revisit); bad input saving nothing.
 */
@IntegrationTest
class ComplaintHandlingIT {

    @Autowired
    ComplaintFixtures fixtures;
    @Autowired
    Complaints complaints;
    @Autowired
    TaskService engineTasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;

    Instant start;

    @BeforeEach
    void fixClock() {
        start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        ClockUtil.setCurrentTime(Date.from(start));
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_complaint_is_taken_resolved_within_its_sla_and_confirmed_by_the_customer() {
        long customer = fixtures.customer();
        fixtures.signIn("sales1");
        long id = complaints.register(ComplaintFixtures.form(customer, ComplaintSeverity.NORMAL));

        ComplaintDetails complaint = complaints.get(id);
        assertThat(complaint.summary().number()).matches("TS-\\d{4}-\\d{5}");
        assertThat(complaint.summary().status()).isEqualTo(ComplaintStatus.REGISTERED);
        assertThat(complaint.summary().owner()).isEqualTo("sales1");
        assertThat(complaint.registeredBy()).isEqualTo("sales1");
        assertThat(complaint.slaHours()).isEqualTo(72);
        assertThat(complaint.summary().slaDueAt()).isEqualTo(start.plus(Duration.ofHours(72)));
        Task investigation = task(complaint, "investigate-complaint");
        assertThat(investigation.getAssignee()).isNull();
        assertThat(groups(investigation)).contains("service");
        assertThat(complaint.actions().take()).as("sales1 is not in service").isFalse();
        assertThatThrownBy(() -> complaints.take(id)).isInstanceOf(AccessDeniedException.class);

        fixtures.signIn("service");
        complaint = complaints.take(id);
        assertThat(complaint.summary().status()).isEqualTo(ComplaintStatus.INVESTIGATING);
        assertThat(complaint.summary().assignee()).isEqualTo("service");

        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(2))));
        complaint = complaints.resolve(id, new ResolutionForm("Replaced the seal on site", "Faulty seal batch",
                complaint.summary().version()));
        assertThat(complaint.summary().status()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(complaint.summary().resolveMinutes()).isEqualTo(120);
        assertThat(complaint.summary().slaBreached()).isFalse();
        assertThat(complaint.resolvedBy()).isEqualTo("service");
        assertThat(complaint.rootCause()).isEqualTo("Faulty seal batch");
        assertThat(timers(complaint)).as("the resolution ends the SLA timer").isEmpty();
        assertThat(task(complaint, "confirm-complaint").getAssignee()).isEqualTo("service");

        complaint = complaints.confirm(id, new ConfirmationForm(true, "Works fine now", complaint.summary().version()));
        assertThat(complaint.summary().status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(complaint.confirmedAt()).isNotNull();
        assertThat(complaint.trail()).extracting(ComplaintTrailEntry::action).containsExactly(
                ComplaintAction.REGISTERED, ComplaintAction.SLA_SET, ComplaintAction.ASSIGNED,
                ComplaintAction.RESOLVED, ComplaintAction.CONFIRMED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(complaint.summary().number())
                .count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(complaint.summary().number()).singleResult().getEndActivityId())
                .isEqualTo("closed");
        long closedId = id;
        assertThatThrownBy(() -> complaints.confirm(closedId, new ConfirmationForm(true, null, null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_dissatisfied_customer_reopens_the_complaint_and_it_goes_back_to_the_same_person() {
        long id = fixtures.complaint(fixtures.customer(), ComplaintSeverity.HIGH);
        ComplaintDetails complaint = complaints.take(id);
        complaint = complaints.resolve(id, new ResolutionForm("Credit note issued", "Wrong price on invoice", null));

        long version = complaint.summary().version();
        assertThatThrownBy(() -> complaints.confirm(id, new ConfirmationForm(false, " ", version)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::code)
                                .containsExactly("complaint.feedback"));
        assertThatThrownBy(() -> complaints.confirm(id, new ConfirmationForm(true, null, version - 1)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ConflictException.STALE));

        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(3))));
        complaint = complaints.confirm(id, new ConfirmationForm(false, "The credit note is for the wrong amount",
                version));
        assertThat(complaint.summary().status()).isEqualTo(ComplaintStatus.REOPENED);
        assertThat(complaint.summary().reopenCount()).isEqualTo(1);
        assertThat(complaint.summary().resolveMinutes()).as("the time runs on").isNull();
        assertThat(task(complaint, "investigate-complaint").getAssignee()).isEqualTo("service");
        assertThat(complaint.actions().resolve()).isTrue();

        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(5))));
        complaint = complaints.resolve(id, new ResolutionForm("Corrected credit note sent", "Manual credit note",
                complaint.summary().version()));
        assertThat(complaint.summary().resolveMinutes()).isEqualTo(300);
        complaint = complaints.confirm(id, new ConfirmationForm(true, null, complaint.summary().version()));
        assertThat(complaint.summary().status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(complaint.summary().reopenCount()).isEqualTo(1);
        assertThat(complaint.trail()).extracting(ComplaintTrailEntry::action).containsSubsequence(
                ComplaintAction.RESOLVED, ComplaintAction.REOPENED, ComplaintAction.RESOLVED,
                ComplaintAction.CONFIRMED);
    }

    @Test
    void a_complaint_past_its_sla_is_escalated_once_and_the_escalation_ends_with_the_complaint() {
        long id = fixtures.complaint(fixtures.customer(), ComplaintSeverity.CRITICAL);
        ComplaintDetails complaint = complaints.get(id);
        assertThat(complaint.slaHours()).isEqualTo(4);
        assertThat(task(complaint, "investigate-complaint").getDueDate()).isEqualTo(Date.from(start.plus(
                Duration.ofHours(4))));
        assertThat(executable(complaint)).isEmpty();

        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(4)).plusSeconds(60)));
        List<Job> due = executable(complaint);
        assertThat(due).hasSize(1);
        management.executeJob(due.get(0).getId());

        complaint = complaints.get(id);
        assertThat(complaint.summary().escalated()).isTrue();
        assertThat(complaint.summary().slaBreached()).isTrue();
        assertThat(complaint.summary().status()).as("still open").isEqualTo(ComplaintStatus.REGISTERED);
        assertThat(groups(task(complaint, "complaint-escalated"))).contains("supervisors", "directors");
        assertThat(complaints.list(new ComplaintFilter(complaint.summary().number(), null, null, null, null, null,
                true), PageRequest.of(0, 10)).getContent()).extracting(ComplaintSummary::id).containsExactly(id);

        complaint = complaints.resolve(id, new ResolutionForm("Sent a replacement unit", "Transport damage", null));
        assertThat(complaint.summary().slaBreached()).as("resolved late").isTrue();
        complaint = complaints.confirm(id, new ConfirmationForm(false, "Replacement damaged too",
                complaint.summary().version()));
        List<Job> again = executable(complaint);
        assertThat(again).as("the reopened investigation is past its SLA at once").hasSize(1);
        management.executeJob(again.get(0).getId());
        assertThat(engineTasks.createTaskQuery().processInstanceBusinessKey(complaint.summary().number())
                .taskDefinitionKey("complaint-escalated").count()).as("escalated once").isEqualTo(1);
        assertThat(complaints.get(id).trail()).filteredOn(t -> t.action() == ComplaintAction.ESCALATED).hasSize(1);

        complaint = complaints.resolve(id, new ResolutionForm("Refund paid", "Transport damage", null));
        complaint = complaints.confirm(id, new ConfirmationForm(true, null, complaint.summary().version()));
        assertThat(complaint.summary().status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(engineTasks.createTaskQuery().processInstanceBusinessKey(complaint.summary().number()).count())
                .as("closing ends the open escalation").isZero();
    }

    @Test
    void a_process_registers_a_complaint_without_a_signed_in_user() {
        long customer = fixtures.customer();
        SecurityContextHolder.clearContext();
        long id = complaints.register(new ComplaintForm(customer, ComplaintCategory.SERVICE, ComplaintSeverity.HIGH,
                ComplaintChannel.REVISIT, "Satisfaction 1 of 5 in the 30-day revisit", null, 4711L));

        fixtures.signIn("service");
        ComplaintDetails complaint = complaints.get(id);
        assertThat(complaint.registeredBy()).isEqualTo("system");
        assertThat(complaint.revisitId()).isEqualTo(4711L);
        assertThat(complaint.summary().channel()).isEqualTo(ComplaintChannel.REVISIT);
        assertThat(complaint.summary().owner()).isEqualTo("sales1");
        assertThat(task(complaint, "investigate-complaint")).isNotNull();
    }

    @Test
    void a_process_completing_the_tasks_through_the_task_list_records_the_same() {
        long id = fixtures.complaint(fixtures.customer(), ComplaintSeverity.LOW);
        ComplaintDetails complaint = complaints.get(id);
        Task investigation = task(complaint, "investigate-complaint");
        engineTasks.claim(investigation.getId(), "service");
        engineTasks.complete(investigation.getId(), Map.of("resolution", "Explained the tariff",
                "rootCause", "Misunderstanding"));
        complaint = complaints.get(id);
        assertThat(complaint.summary().status()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(complaint.summary().assignee()).isEqualTo("service");
        assertThat(complaint.resolution()).isEqualTo("Explained the tariff");
        engineTasks.complete(task(complaint, "confirm-complaint").getId(), Map.of("outcome", "CONFIRMED"));
        assertThat(complaints.get(id).summary().status()).isEqualTo(ComplaintStatus.CLOSED);
    }

    @Test
    void bad_input_and_customers_outside_the_scope_save_nothing() {
        long customer = fixtures.customer();
        fixtures.signIn("service");
        assertThatThrownBy(() -> complaints.register(new ComplaintForm(customer, null, null, null, "  ", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
                                .containsExactlyInAnyOrder("category", "severity", "channel", "description"));
        assertThatThrownBy(() -> complaints.register(new ComplaintForm(null, ComplaintCategory.OTHER,
                ComplaintSeverity.LOW, ComplaintChannel.API, "x".repeat(4001), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::code)
                                .containsExactlyInAnyOrder("complaint.customer", "complaint.descriptionLength"));
        fixtures.signIn("sales3");
        assertThatThrownBy(() -> complaints.register(ComplaintFixtures.form(customer, ComplaintSeverity.LOW)))
                .as("sales1's customer is outside sales3's scope").isInstanceOf(NotFoundException.class);
        fixtures.signIn("service");
        assertThat(complaints.count(ComplaintFilter.ofCustomer(customer))).isZero();

        long id = complaints.register(ComplaintFixtures.form(customer, ComplaintSeverity.LOW));
        assertThatThrownBy(() -> complaints.resolve(id, new ResolutionForm(null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
                                .containsExactlyInAnyOrder("resolution", "rootCause"));
        assertThat(complaints.get(id).summary().status()).isEqualTo(ComplaintStatus.REGISTERED);
        fixtures.signIn("sales3");
        assertThatThrownBy(() -> complaints.get(id)).isInstanceOf(NotFoundException.class);
        fixtures.signIn("supervisor");
        assertThat(complaints.get(id).summary().owner()).as("sales1 is in supervisor's team").isEqualTo("sales1");
    }

    @Test
    void the_repurchase_report_puts_our_figures_next_to_the_seed() {
        long id = fixtures.complaint(fixtures.customer(), ComplaintSeverity.NORMAL);
        complaints.resolve(id, new ResolutionForm("Fixed", "Wear", null));
        RepurchaseReport report = complaints.repurchaseReport();
        assertThat(report.rows()).extracting(RepurchaseReport.Row::outcome, RepurchaseReport.Row::seedPercent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RepurchaseReport.Outcome.NO_COMPLAINT, 9),
                        org.assertj.core.groups.Tuple.tuple(RepurchaseReport.Outcome.NOT_RESOLVED, 19),
                        org.assertj.core.groups.Tuple.tuple(RepurchaseReport.Outcome.RESOLVED, 54),
                        org.assertj.core.groups.Tuple.tuple(RepurchaseReport.Outcome.RESOLVED_QUICKLY, 82));
        assertThat(report.rows().get(3).cases()).isPositive();
        assertThat(report.resolvedWithinSla()).isPositive();
        assertThat(report.complaints()).isGreaterThanOrEqualTo(report.resolvedWithinSla());
    }

    private Task task(ComplaintDetails complaint, String key) {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(complaint.summary().number())
                .taskDefinitionKey(key).singleResult();
    }

    private List<String> groups(Task task) {
        return engineTasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull).toList();
    }

    private List<Job> timers(ComplaintDetails complaint) {
        String process = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(complaint.summary().number()).singleResult().getId();
        return management.createJobQuery().processInstanceId(process).timers().list();
    }

    private List<Job> executable(ComplaintDetails complaint) {
        String process = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(complaint.summary().number()).singleResult().getId();
        return management.createJobQuery().processInstanceId(process).timers().executable().list();
    }
}
