package com.salesflow.contract.internal;

import com.salesflow.contract.InstalmentStatus;
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
@Table(name = "sf_instalment")
class InstalmentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_id")
    private long contractId;
    private int seq;
    @Column(name = "due_date")
    private LocalDate dueDate;
    private BigDecimal amount;
    private BigDecimal paid;
    @Enumerated(EnumType.STRING)
    private InstalmentStatus status;
    private boolean prepayment;
    @Column(name = "customer_id")
    private long customerId;
    private String owner;
    private String currency;
    @Column(name = "paid_at")
    private Instant paidAt;
    @Version
    private long version;

    protected InstalmentRecord() {
    }

    InstalmentRecord(long contractId, int seq, LocalDate dueDate, BigDecimal amount, boolean prepayment,
            long customerId, String owner, String currency) {
        this.contractId = contractId;
        this.seq = seq;
        this.dueDate = dueDate;
        this.amount = amount;
        this.paid = BigDecimal.ZERO;
        this.status = InstalmentStatus.PLANNED;
        this.prepayment = prepayment;
        this.customerId = customerId;
        this.owner = owner;
        this.currency = currency;
    }

    BigDecimal open() {
        return status == InstalmentStatus.OPEN ? amount.subtract(paid) : BigDecimal.ZERO;
    }

    /** @return true when this payment settled it */
    boolean pay(BigDecimal payment, Instant at) {
        paid = paid.add(payment);
        if (paid.compareTo(amount) >= 0) {
            status = InstalmentStatus.PAID;
            paidAt = at;
            return true;
        }
        return false;
    }

    /** The contract is signed: a receivable from now on. */
    void activate() {
        if (status == InstalmentStatus.PLANNED) {
            status = InstalmentStatus.OPEN;
        }
    }

    void cancel() {
        if (status == InstalmentStatus.OPEN || status == InstalmentStatus.PLANNED) {
            status = InstalmentStatus.CANCELLED;
        }
    }

    Long getId() { return id; }
    long getContractId() { return contractId; }
    int getSeq() { return seq; }
    LocalDate getDueDate() { return dueDate; }
    BigDecimal getAmount() { return amount; }
    BigDecimal getPaid() { return paid; }
    InstalmentStatus getStatus() { return status; }
    boolean isPrepayment() { return prepayment; }
    String getOwner() { return owner; }
}
