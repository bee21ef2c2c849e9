package com.salesflow.contract.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "sf_payment")
class PaymentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_id")
    private long contractId;
    @Column(name = "instalment_id")
    private long instalmentId;
    private BigDecimal amount;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    private String reference;
    private String note;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected PaymentRecord() {
    }

    PaymentRecord(long contractId, long instalmentId, BigDecimal amount, LocalDate receivedOn, String reference,
            String note, String recordedBy, Instant recordedAt) {
        this.contractId = contractId;
        this.instalmentId = instalmentId;
        this.amount = amount;
        this.receivedOn = receivedOn;
        this.reference = reference;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    Long getId() { return id; }
    long getContractId() { return contractId; }
    long getInstalmentId() { return instalmentId; }
    BigDecimal getAmount() { return amount; }
    LocalDate getReceivedOn() { return receivedOn; }
    String getReference() { return reference; }
    String getNote() { return note; }
    String getRecordedBy() { return recordedBy; }
    Instant getRecordedAt() { return recordedAt; }
}
