package com.salesflow.customer.internal;

import com.salesflow.customer.OwnershipChangeReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the ownership history (分户管理); also the audit trail of pool claims. Never changed. */
@Entity
@Table(name = "sf_ownership_change")
class OwnershipChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "from_owner")
    private String fromOwner;

    @Column(name = "to_owner")
    private String toOwner;

    @Column(name = "changed_by")
    private String changedBy;

    @Enumerated(EnumType.STRING)
    private OwnershipChangeReason reason;

    private String comment;

    protected OwnershipChange() {
    }

    OwnershipChange(Long customerId, Instant changedAt, String fromOwner, String toOwner, String changedBy,
            OwnershipChangeReason reason, String comment) {
        this.customerId = customerId;
        this.changedAt = changedAt;
        this.fromOwner = fromOwner;
        this.toOwner = toOwner;
        this.changedBy = changedBy;
        this.reason = reason;
        this.comment = comment;
    }

    Long getCustomerId() { return customerId; }
    void moveTo(Long customerId) { this.customerId = customerId; }
    Instant getChangedAt() { return changedAt; }
    String getFromOwner() { return fromOwner; }
    String getToOwner() { return toOwner; }
    String getChangedBy() { return changedBy; }
    OwnershipChangeReason getReason() { return reason; }
    String getComment() { return comment; }
}
