package com.salesflow.revisit.internal;

import com.salesflow.customer.Grade;
import com.salesflow.customer.ObjectionType;
import com.salesflow.revisit.RevisitStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "sf_revisit")
class RevisitRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "customer_id")
    private long customerId;
    @Column(name = "order_id")
    private Long orderId;
    @Column(name = "order_number")
    private String orderNumber;
    @Column(name = "contract_id")
    private Long contractId;
    private int seq;
    @Column(name = "series_start")
    private Instant seriesStart;
    @Column(name = "due_at")
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    private RevisitStatus status;
    @Enumerated(EnumType.STRING)
    private Grade grade;
    private String assignee;
    private Integer satisfaction;
    private String feedback;
    @Column(name = "new_needs")
    private String newNeeds;
    @Enumerated(EnumType.STRING)
    @Column(name = "objection_type")
    private ObjectionType objectionType;
    @Column(name = "objection_note")
    private String objectionNote;
    @Column(name = "complaint_id")
    private Long complaintId;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "completed_by")
    private String completedBy;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected RevisitRecord() {
    }

    RevisitRecord(long customerId, Long orderId, String orderNumber, Long contractId, int seq, Instant seriesStart,
            Instant dueAt, Grade grade, String assignee, String processInstanceId, Instant now) {
        this.customerId = customerId;
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.contractId = contractId;
        this.seq = seq;
        this.seriesStart = seriesStart;
        this.dueAt = dueAt;
        this.grade = grade;
        this.assignee = assignee;
        this.processInstanceId = processInstanceId;
        this.status = RevisitStatus.PLANNED;
        this.createdAt = now;
    }

    void open() {
        if (status != RevisitStatus.PLANNED) {
            throw new IllegalStateException("Revisit " + id + " is " + status + ", not PLANNED");
        }
        status = RevisitStatus.OPEN;
    }

    void record(int satisfaction, String feedback, String newNeeds, ObjectionType objectionType,
            String objectionNote, String by, Instant at) {
        if (status != RevisitStatus.OPEN) {
            throw new IllegalStateException("Revisit " + id + " is " + status + ", not OPEN");
        }
        this.satisfaction = satisfaction;
        this.feedback = feedback;
        this.newNeeds = newNeeds;
        this.objectionType = objectionType;
        this.objectionNote = objectionNote;
        this.completedBy = by;
        this.completedAt = at;
        this.status = RevisitStatus.DONE;
    }

    void complaintRaised(long complaintId) {
        this.complaintId = complaintId;
    }

    Long getId() { return id; }
    long getCustomerId() { return customerId; }
    Long getOrderId() { return orderId; }
    String getOrderNumber() { return orderNumber; }
    Long getContractId() { return contractId; }
    int getSeq() { return seq; }
    Instant getSeriesStart() { return seriesStart; }
    Instant getDueAt() { return dueAt; }
    RevisitStatus getStatus() { return status; }
    Grade getGrade() { return grade; }
    String getAssignee() { return assignee; }
    Integer getSatisfaction() { return satisfaction; }
    String getFeedback() { return feedback; }
    String getNewNeeds() { return newNeeds; }
    ObjectionType getObjectionType() { return objectionType; }
    String getObjectionNote() { return objectionNote; }
    Long getComplaintId() { return complaintId; }
    String getProcessInstanceId() { return processInstanceId; }
    String getCompletedBy() { return completedBy; }
    Instant getCompletedAt() { return completedAt; }
}
