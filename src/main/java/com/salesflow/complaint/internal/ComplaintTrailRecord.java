package com.salesflow.complaint.internal;

import com.salesflow.complaint.ComplaintAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "sf_complaint_trail")
class ComplaintTrailRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "complaint_id")
    private long complaintId;
    @Enumerated(EnumType.STRING)
    private ComplaintAction action;
    private String actor;
    private Instant at;
    private String comment;

    protected ComplaintTrailRecord() {
    }

    ComplaintTrailRecord(long complaintId, ComplaintAction action, String actor, Instant at, String comment) {
        this.complaintId = complaintId;
        this.action = action;
        this.actor = actor;
        this.at = at;
        this.comment = comment == null || comment.length() <= 2000 ? comment : comment.substring(0, 2000);
    }

    Long getId() { return id; }
    long getComplaintId() { return complaintId; }
    ComplaintAction getAction() { return action; }
    String getActor() { return actor; }
    Instant getAt() { return at; }
    String getComment() { return comment; }
}
