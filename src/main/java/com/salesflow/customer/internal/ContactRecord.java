package com.salesflow.customer.internal;

import com.salesflow.customer.ContactChannel;
import com.salesflow.customer.ObjectionType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One call, visit, e-mail or meeting with a customer (联系记录); records are never edited, only added. */
@Entity
@Table(name = "sf_contact_record")
class ContactRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "contact_id")
    private Long contactId;

    @Enumerated(EnumType.STRING)
    private ContactChannel channel;

    @Column(name = "happened_at")
    private Instant happenedAt;

    private String author;
    private String summary;
    private String outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "objection_type")
    private ObjectionType objectionType;

    @Column(name = "objection_handling")
    private String objectionHandling;

    @Column(name = "next_follow_up_at")
    private LocalDate nextFollowUpAt;

    @Column(name = "opportunity_id")
    private Long opportunityId;

    protected ContactRecord() {
    }

    ContactRecord(Long customerId, Long contactId, ContactChannel channel, Instant happenedAt, String author,
            String summary, String outcome, ObjectionType objectionType, String objectionHandling,
            LocalDate nextFollowUpAt) {
        this.customerId = customerId;
        this.contactId = contactId;
        this.channel = channel;
        this.happenedAt = happenedAt;
        this.author = author;
        this.summary = summary;
        this.outcome = outcome;
        this.objectionType = objectionType;
        this.objectionHandling = objectionHandling;
        this.nextFollowUpAt = nextFollowUpAt;
    }

    ContactRecord(Long customerId, Long contactId, ContactChannel channel, Instant happenedAt, String author,
            String summary, String outcome, ObjectionType objectionType, String objectionHandling,
            LocalDate nextFollowUpAt, Long opportunityId) {
        this(customerId, contactId, channel, happenedAt, author, summary, outcome, objectionType, objectionHandling,
                nextFollowUpAt);
        this.opportunityId = opportunityId;
    }

    Long getId() { return id; }
    Long getCustomerId() { return customerId; }
    void moveTo(Long customerId) { this.customerId = customerId; }
    Long getContactId() { return contactId; }
    ContactChannel getChannel() { return channel; }
    Instant getHappenedAt() { return happenedAt; }
    String getAuthor() { return author; }
    String getSummary() { return summary; }
    String getOutcome() { return outcome; }
    ObjectionType getObjectionType() { return objectionType; }
    String getObjectionHandling() { return objectionHandling; }
    LocalDate getNextFollowUpAt() { return nextFollowUpAt; }
    Long getOpportunityId() { return opportunityId; }
}
