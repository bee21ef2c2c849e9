package com.salesflow.revisit.internal;

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

@Entity
@Table(name = "sf_greeting")
class GreetingRecord {

    static final long THE_CUSTOMER = 0;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "customer_id")
    private long customerId;
    @Column(name = "contact_key")
    private long contactKey;
    @Enumerated(EnumType.STRING)
    private Occasion occasion;
    @Column(name = "occasion_year")
    private int occasionYear;
    @Column(name = "occasion_date")
    private LocalDate occasionDate;
    @Column(name = "recipient_name")
    private String recipientName;
    private String owner;
    private String language;
    private String body;
    private String status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "done_at")
    private Instant doneAt;

    protected GreetingRecord() {
    }

    GreetingRecord(long customerId, Long contactId, Occasion occasion, LocalDate occasionDate, String recipientName,
            String owner, String language, String body, Instant now) {
        this.customerId = customerId;
        this.contactKey = contactId == null ? THE_CUSTOMER : contactId;
        this.occasion = occasion;
        this.occasionYear = occasionDate.getYear();
        this.occasionDate = occasionDate;
        this.recipientName = recipientName;
        this.owner = owner;
        this.language = language;
        this.body = body;
        this.status = "OPEN";
        this.createdAt = now;
    }

    void sent(Instant at) {
        status = "DONE";
        doneAt = at;
    }

    Long getId() { return id; }
    long getCustomerId() { return customerId; }
    long getContactKey() { return contactKey; }
    Occasion getOccasion() { return occasion; }
    int getOccasionYear() { return occasionYear; }
    LocalDate getOccasionDate() { return occasionDate; }
    String getRecipientName() { return recipientName; }
    String getOwner() { return owner; }
    String getLanguage() { return language; }
    String getBody() { return body; }
    String getStatus() { return status; }
}
