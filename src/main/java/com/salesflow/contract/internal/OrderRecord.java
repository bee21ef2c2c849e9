package com.salesflow.contract.internal;

import com.salesflow.contract.OrderStatus;
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
@Table(name = "sf_order")
class OrderRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    @Column(name = "contract_id")
    private long contractId;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Version
    private long version;

    protected OrderRecord() {
    }

    OrderRecord(String number, long contractId, Instant at) {
        this.number = number;
        this.contractId = contractId;
        this.status = OrderStatus.OPEN;
        this.createdAt = at;
    }

    void delivered(Instant at) {
        status = OrderStatus.DELIVERED;
        deliveredAt = at;
    }

    void cancelled() {
        if (status == OrderStatus.OPEN) {
            status = OrderStatus.CANCELLED;
        }
    }

    Long getId() { return id; }
    String getNumber() { return number; }
    long getContractId() { return contractId; }
    OrderStatus getStatus() { return status; }
    Instant getCreatedAt() { return createdAt; }
    Instant getDeliveredAt() { return deliveredAt; }
}
