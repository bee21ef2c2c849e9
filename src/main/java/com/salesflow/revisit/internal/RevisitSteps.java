package com.salesflow.revisit.internal;

import com.salesflow.complaint.ComplaintCategory;
import com.salesflow.complaint.ComplaintChannel;
import com.salesflow.complaint.ComplaintForm;
import com.salesflow.complaint.ComplaintSeverity;
import com.salesflow.complaint.Complaints;
import com.salesflow.customer.Customers;
import com.salesflow.customer.Grade;
import com.salesflow.customer.ObjectionType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the steps of {@code post-sale-revisit} do. "Now" is the engine's clock, which process tests move, so that
 * records and timers agree.
 */
@Service
@Transactional
class RevisitSteps {

    /** Satisfaction at or below this starts complaint handling. */
    static final int LOW_SATISFACTION = 2;

    private final RevisitRepository revisits;
    private final Customers customers;
    private final Complaints complaints;
    private final Clock clock;

    RevisitSteps(RevisitRepository revisits, Customers customers, Complaints complaints, Clock clock) {
        this.revisits = revisits;
        this.customers = customers;
        this.complaints = complaints;
        this.clock = clock;
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    record Planned(long revisitId, Instant dueAt) {
    }

    /**
     * Plans revisit {@code previousSeq + 1} of the series; null when the series is over (after the one revisit of a
     * customer without orders, or when the next one would fall after the series' length).
     */
    Planned planNext(String processInstanceId, long customerId, Long orderId, String orderNumber, Long contractId,
            String owner, String grade, boolean single, Instant seriesStart, RevisitSchedule schedule,
            int previousSeq) {
        int seq = previousSeq + 1;
        Instant due = single ? (seq == 1 ? seriesStart : null) : schedule.dueAt(seriesStart, seq, clock.getZone());
        if (due == null) {
            return null;
        }
        String assignee = customers.ownerOf(customerId).orElse(owner);
        RevisitRecord revisit = revisits.save(new RevisitRecord(customerId, orderId, orderNumber, contractId, seq,
                seriesStart, due, grade == null ? null : Grade.valueOf(grade), assignee, processInstanceId, now()));
        return new Planned(revisit.getId(), due);
    }

    /** @return the customer's name for the task */
    String open(long revisitId) {
        RevisitRecord revisit = revisit(revisitId);
        revisit.open();
        return customers.namesOf(List.of(revisit.getCustomerId())).getOrDefault(revisit.getCustomerId(), "");
    }

    record Outcome(boolean complaint, boolean newNeeds) {
    }

    Outcome record(long revisitId, int satisfaction, String feedback, String newNeeds, ObjectionType objectionType,
            String objectionNote, boolean complaintRaised, String by) {
        if (satisfaction < 1 || satisfaction > 5) {
            throw new IllegalArgumentException("Satisfaction is 1 to 5, not " + satisfaction);
        }
        RevisitRecord revisit = revisit(revisitId);
        revisit.record(satisfaction, blankToNull(feedback), blankToNull(newNeeds), objectionType,
                blankToNull(objectionNote), by, now());
        return new Outcome(complaintRaised || satisfaction <= LOW_SATISFACTION, revisit.getNewNeeds() != null);
    }

    /** Registers the complaint once; a retried step answers the complaint already raised. */
    long raiseComplaint(long revisitId) {
        RevisitRecord revisit = revisit(revisitId);
        if (revisit.getComplaintId() != null) {
            return revisit.getComplaintId();
        }
        int satisfaction = revisit.getSatisfaction() == null ? 3 : revisit.getSatisfaction();
        String description = "Revisit " + revisit.getSeq()
                + (revisit.getOrderNumber() == null ? "" : " after order " + revisit.getOrderNumber())
                + ": satisfaction " + satisfaction + "/5."
                + (revisit.getFeedback() == null ? "" : " " + revisit.getFeedback());
        long complaintId = complaints.register(new ComplaintForm(revisit.getCustomerId(), categoryOf(revisit),
                satisfaction <= 1 ? ComplaintSeverity.HIGH : ComplaintSeverity.NORMAL, ComplaintChannel.REVISIT,
                description, revisit.getContractId(), revisit.getId()));
        revisit.complaintRaised(complaintId);
        return complaintId;
    }

    private static ComplaintCategory categoryOf(RevisitRecord revisit) {
        return revisit.getObjectionType() == ObjectionType.QUALITY ? ComplaintCategory.PRODUCT_QUALITY
                : ComplaintCategory.SERVICE;
    }

    private RevisitRecord revisit(long id) {
        return revisits.findById(id).orElseThrow(() -> new IllegalStateException("No revisit " + id));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
