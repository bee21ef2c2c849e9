package com.salesflow.complaint.internal;

import com.salesflow.complaint.ComplaintCategory;
import com.salesflow.complaint.ComplaintChannel;
import com.salesflow.complaint.ComplaintSeverity;
import com.salesflow.complaint.ComplaintStatus;
import com.salesflow.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

@Entity
@Table(name = "sf_complaint")
class ComplaintRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    @Column(name = "customer_id")
    private long customerId;
    private String owner;
    @Column(name = "contract_id")
    private Long contractId;
    @Column(name = "revisit_id")
    private Long revisitId;
    @Enumerated(EnumType.STRING)
    private ComplaintCategory category;
    @Enumerated(EnumType.STRING)
    private ComplaintSeverity severity;
    @Enumerated(EnumType.STRING)
    private ComplaintChannel channel;
    private String description;
    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;
    private String assignee;
    @Column(name = "sla_hours")
    private Integer slaHours;
    @Column(name = "sla_due_at")
    private Instant slaDueAt;
    private String resolution;
    @Column(name = "root_cause")
    private String rootCause;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "resolved_by")
    private String resolvedBy;
    @Column(name = "resolve_minutes")
    private Long resolveMinutes;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "reopen_count")
    private int reopenCount;
    private boolean escalated;
    @Column(name = "escalated_at")
    private Instant escalatedAt;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Column(name = "registered_by")
    private String registeredBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected ComplaintRecord() {
    }

    ComplaintRecord(String number, long customerId, String owner, Long contractId, Long revisitId,
            ComplaintCategory category, ComplaintSeverity severity, ComplaintChannel channel, String description,
            String registeredBy, Instant at) {
        this.number = number;
        this.customerId = customerId;
        this.owner = owner;
        this.contractId = contractId;
        this.revisitId = revisitId;
        this.category = category;
        this.severity = severity;
        this.channel = channel;
        this.description = description;
        this.status = ComplaintStatus.REGISTERED;
        this.registeredBy = registeredBy;
        this.registeredAt = at;
        this.updatedAt = at;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void sla(int hours, Instant dueAt) {
        this.slaHours = hours;
        this.slaDueAt = dueAt;
    }

    void assigned(String assignee, Instant at) {
        this.assignee = assignee;
        if (status == ComplaintStatus.REGISTERED) {
            status = ComplaintStatus.INVESTIGATING;
        }
        updatedAt = at;
    }

    void resolved(String resolution, String rootCause, String by, Instant at) {
        requireOpen("be resolved");
        this.resolution = resolution;
        this.rootCause = rootCause;
        this.resolvedBy = by;
        this.resolvedAt = at;
        this.resolveMinutes = Duration.between(registeredAt, at).toMinutes();
        this.status = ComplaintStatus.RESOLVED;
        updatedAt = at;
    }

    void confirmed(Instant at) {
        requireStatus(ComplaintStatus.RESOLVED, "be confirmed");
        this.confirmedAt = at;
        this.status = ComplaintStatus.CLOSED;
        updatedAt = at;
    }

    /** The customer was not satisfied: the time to resolve runs on until the next resolution. */
    void reopened(Instant at) {
        requireStatus(ComplaintStatus.RESOLVED, "be reopened");
        this.status = ComplaintStatus.REOPENED;
        this.resolvedAt = null;
        this.resolveMinutes = null;
        this.reopenCount++;
        updatedAt = at;
    }

    /** @return false when it was escalated before (a reopened complaint past its SLA is not escalated twice) */
    boolean escalate(Instant at) {
        if (escalated) {
            return false;
        }
        escalated = true;
        escalatedAt = at;
        updatedAt = at;
        return true;
    }

    void requireVersion(Long expected) {
        if (expected != null) {
            ConflictException.requireVersion(expected, version, "The complaint was changed meanwhile; reload it.");
        }
    }

    void requireOpen(String what) {
        if (!ComplaintStatus.OPEN.contains(status)) {
            throw new ConflictException("complaint.state", "The complaint is " + status + ": it cannot " + what + ".");
        }
    }

    void requireStatus(ComplaintStatus expected, String what) {
        if (status != expected) {
            throw new ConflictException("complaint.state", "The complaint is " + status + ": it cannot " + what + ".");
        }
    }

    /** Past its SLA: resolved after the due time, or still unresolved at {@code now}. */
    boolean slaBreached(Instant now) {
        if (slaDueAt == null) {
            return false;
        }
        Instant end = resolvedAt != null ? resolvedAt : ComplaintStatus.OPEN.contains(status) ? now : null;
        return end != null && end.isAfter(slaDueAt);
    }

    /** Demo and tests: a complaint told as registered earlier. */
    void movedBack(Duration by) {
        registeredAt = registeredAt.minus(by);
        slaDueAt = slaDueAt == null ? null : slaDueAt.minus(by);
    }

    Long getId() { return id; }
    String getNumber() { return number; }
    long getCustomerId() { return customerId; }
    String getOwner() { return owner; }
    Long getContractId() { return contractId; }
    Long getRevisitId() { return revisitId; }
    ComplaintCategory getCategory() { return category; }
    ComplaintSeverity getSeverity() { return severity; }
    ComplaintChannel getChannel() { return channel; }
    String getDescription() { return description; }
    ComplaintStatus getStatus() { return status; }
    String getAssignee() { return assignee; }
    Integer getSlaHours() { return slaHours; }
    Instant getSlaDueAt() { return slaDueAt; }
    String getResolution() { return resolution; }
    String getRootCause() { return rootCause; }
    Instant getResolvedAt() { return resolvedAt; }
    String getResolvedBy() { return resolvedBy; }
    Long getResolveMinutes() { return resolveMinutes; }
    Instant getConfirmedAt() { return confirmedAt; }
    int getReopenCount() { return reopenCount; }
    boolean isEscalated() { return escalated; }
    Instant getEscalatedAt() { return escalatedAt; }
    String getProcessInstanceId() { return processInstanceId; }
    Instant getRegisteredAt() { return registeredAt; }
    String getRegisteredBy() { return registeredBy; }
    Instant getUpdatedAt() { return updatedAt; }
    long getVersion() { return version; }
}
