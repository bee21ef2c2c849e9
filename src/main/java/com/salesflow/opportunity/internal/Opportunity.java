package com.salesflow.opportunity.internal;

import com.salesflow.opportunity.OpportunityStage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "sf_opportunity")
class Opportunity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id")
    private long customerId;

    private String name;

    @Enumerated(EnumType.STRING)
    private OpportunityStage stage;

    private BigDecimal amount;

    private String currency;

    private int probability;

    @Column(name = "expected_close")
    private LocalDate expectedClose;

    private String owner;

    @Column(name = "lead_id")
    private Long leadId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Version
    private long version;

    protected Opportunity() {
    }

    Opportunity(long customerId, String name, BigDecimal amount, String currency, LocalDate expectedClose,
            String owner, Long leadId, String createdBy, Instant now) {
        this.customerId = customerId;
        this.name = name;
        this.amount = amount;
        this.currency = currency;
        this.expectedClose = expectedClose;
        this.owner = owner;
        this.leadId = leadId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.stage = OpportunityStage.QUALIFICATION;
        this.probability = stage.defaultProbability();
    }

    Long getId() { return id; }
    long getCustomerId() { return customerId; }
    String getName() { return name; }
    OpportunityStage getStage() { return stage; }
    BigDecimal getAmount() { return amount; }
    String getCurrency() { return currency; }
    int getProbability() { return probability; }
    LocalDate getExpectedClose() { return expectedClose; }
    String getOwner() { return owner; }
    Long getLeadId() { return leadId; }
    Instant getCreatedAt() { return createdAt; }
    long getVersion() { return version; }
}
