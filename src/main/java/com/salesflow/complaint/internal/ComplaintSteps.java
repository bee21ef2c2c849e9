package com.salesflow.complaint.internal;

import com.salesflow.complaint.ComplaintAction;
import com.salesflow.customer.Customers;
import com.salesflow.customer.Grade;
import com.salesflow.identity.CurrentUser;
import com.salesflow.workflow.Decisions;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the steps of {@code complaint-handling} do to the complaint; the delegates only read variables and call here.
 * Whoever completes a task in the UI or over REST is the actor; a step without a signed-in user is {@code system}.
 */
@Component
@Transactional
class ComplaintSteps {

    static final String SYSTEM = "system";
    static final String SLA_TABLE = "complaint-sla";

    private final ComplaintRepository complaints;
    private final ComplaintTrailRepository trail;
    private final Decisions decisions;
    private final Customers customers;
    private final CurrentUser currentUser;

    ComplaintSteps(ComplaintRepository complaints, ComplaintTrailRepository trail, Decisions decisions,
            Customers customers, CurrentUser currentUser) {
        this.complaints = complaints;
        this.trail = trail;
        this.decisions = decisions;
        this.customers = customers;
        this.currentUser = currentUser;
    }

    /**
     * The time to resolve from {@code complaint-sla} by severity and the customer's grade, counted from registration.
     * @return the SLA's due time, for the process's timer
     */
    Date setSla(long complaintId) {
        ComplaintRecord complaint = complaint(complaintId);
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("severity", complaint.getSeverity().name());
        inputs.put("customerGrade", customers.gradeOf(complaint.getCustomerId()).map(Grade::name).orElse("NONE"));
        DmnDecisionResultEntries result = decisions.evaluateLatest(SLA_TABLE, inputs).getSingleResult();
        int hours = ((Number) result.getEntry("slaHours")).intValue();
        Instant due = complaint.getRegisteredAt().plus(Duration.ofHours(hours));
        complaint.sla(hours, due);
        record(complaint, ComplaintAction.SLA_SET, SYSTEM, hours + " h");
        return Date.from(due);
    }

    void assigned(long complaintId, String assignee) {
        ComplaintRecord complaint = complaint(complaintId);
        if (assignee == null || assignee.equals(complaint.getAssignee())) {
            return;
        }
        complaint.assigned(assignee, SlaClock.now());
        record(complaint, ComplaintAction.ASSIGNED, actor(assignee), assignee);
    }

    void resolved(long complaintId, String resolution, String rootCause, String assignee) {
        ComplaintRecord complaint = complaint(complaintId);
        String by = actor(assignee);
        complaint.resolved(resolution, rootCause, by, SlaClock.now());
        record(complaint, ComplaintAction.RESOLVED, by, resolution);
    }

    void confirmed(long complaintId, String feedback) {
        ComplaintRecord complaint = complaint(complaintId);
        complaint.confirmed(SlaClock.now());
        record(complaint, ComplaintAction.CONFIRMED, actor(SYSTEM), feedback);
    }

    void reopened(long complaintId, String feedback) {
        ComplaintRecord complaint = complaint(complaintId);
        complaint.reopened(SlaClock.now());
        record(complaint, ComplaintAction.REOPENED, actor(SYSTEM), feedback);
    }

    /** @return false when it was escalated before: no second escalation task */
    boolean escalated(long complaintId) {
        ComplaintRecord complaint = complaint(complaintId);
        if (!complaint.escalate(SlaClock.now())) {
            return false;
        }
        record(complaint, ComplaintAction.ESCALATED, SYSTEM, "SLA " + complaint.getSlaHours() + " h passed");
        return true;
    }

    /** What the forms show about the complaint. */
    Map<String, Object> formVariables(long complaintId) {
        ComplaintRecord complaint = complaint(complaintId);
        Map<String, Object> values = new HashMap<>();
        values.put("complaintLabel", complaint.getNumber());
        values.put("customerName", customers.namesOf(java.util.List.of(complaint.getCustomerId()))
                .getOrDefault(complaint.getCustomerId(), ""));
        values.put("complaintDescription", complaint.getDescription());
        values.put("severity", complaint.getSeverity().name());
        return values;
    }

    private String actor(String fallback) {
        return currentUser.username().orElse(fallback == null ? SYSTEM : fallback);
    }

    private ComplaintRecord complaint(long id) {
        return complaints.findById(id).orElseThrow(() -> new IllegalStateException("No complaint " + id));
    }

    private void record(ComplaintRecord complaint, ComplaintAction action, String by, String comment) {
        trail.save(new ComplaintTrailRecord(complaint.getId(), action, by, SlaClock.now(), comment));
    }
}
