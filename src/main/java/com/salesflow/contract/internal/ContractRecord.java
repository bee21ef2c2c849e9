package com.salesflow.contract.internal;

import com.salesflow.contract.ApprovalStep;
import com.salesflow.contract.CancelReason;
import com.salesflow.contract.ContractStatus;
import com.salesflow.contract.CreditDecision;
import com.salesflow.contract.DeviationType;
import com.salesflow.shared.ConflictException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A contract, guarding its life: each step checks the state it starts from (409 {@code contract.state} otherwise).
 * Lines and totals are stored as priced.
 */
@Entity
@Table(name = "sf_contract")
class ContractRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    @Column(name = "version_no")
    private int versionNo;
    @Column(name = "quote_id")
    private long quoteId;
    @Column(name = "quote_number")
    private String quoteNumber;
    @Column(name = "opportunity_id")
    private long opportunityId;
    @Column(name = "customer_id")
    private long customerId;
    private String owner;
    @Enumerated(EnumType.STRING)
    private ContractStatus status;
    private String currency;
    private String language;
    @Column(name = "header_discount_percent")
    private BigDecimal headerDiscountPercent;
    private BigDecimal net;
    private BigDecimal tax;
    private BigDecimal total;
    @Column(name = "payment_terms_days")
    private int paymentTermsDays;
    private String terms;
    private String deviations;
    @Column(name = "deviation_note")
    private String deviationNote;
    @Enumerated(EnumType.STRING)
    @Column(name = "credit_decision")
    private CreditDecision creditDecision;
    @Column(name = "prepayment_percent")
    private BigDecimal prepaymentPercent;
    @Column(name = "credit_reason")
    private String creditReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "approver_level")
    private ApprovalStep approverLevel;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "signed_on")
    private LocalDate signedOn;
    @Column(name = "signed_at")
    private Instant signedAt;
    @Column(name = "signed_by")
    private String signedBy;
    @Column(name = "signed_copy_name")
    private String signedCopyName;
    @Column(name = "signed_copy_type")
    private String signedCopyType;
    @Column(name = "signed_copy_size")
    private Long signedCopySize;
    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_reason")
    private CancelReason cancelReason;
    @Column(name = "cancel_note")
    private String cancelNote;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Version
    private long version;

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ContractLineRecord> lines = new ArrayList<>();

    protected ContractRecord() {
    }

    ContractRecord(String number, long quoteId, String quoteNumber, long opportunityId, long customerId, String owner,
            String currency, String language, BigDecimal headerDiscountPercent, int paymentTermsDays, String terms,
            String by, Instant at) {
        this.number = number;
        this.versionNo = 1;
        this.quoteId = quoteId;
        this.quoteNumber = quoteNumber;
        this.opportunityId = opportunityId;
        this.customerId = customerId;
        this.owner = owner;
        this.status = ContractStatus.DRAFT;
        this.currency = currency;
        this.language = language;
        this.headerDiscountPercent = headerDiscountPercent;
        this.paymentTermsDays = paymentTermsDays;
        this.terms = terms;
        this.net = BigDecimal.ZERO;
        this.tax = BigDecimal.ZERO;
        this.total = BigDecimal.ZERO;
        this.createdAt = at;
        this.createdBy = by;
        touched(by, at);
    }

    void requireStatus(Set<ContractStatus> allowed, String what) {
        if (!allowed.contains(status)) {
            throw new ConflictException("contract.state", "The contract is " + status + ": it cannot " + what + ".");
        }
    }

    void requireVersion(long read) {
        if (read != version) {
            throw new ConflictException("contract.stale",
                    "Someone changed this contract since you opened it; reload it.");
        }
    }

    /** Demo data only: a contract told as drafted and approved before, and signed on, earlier days. */
    void movedBack(Duration beforeSigning, Duration signing) {
        createdAt = createdAt.minus(beforeSigning);
        submittedAt = submittedAt == null ? null : submittedAt.minus(beforeSigning);
        approvedAt = approvedAt == null ? null : approvedAt.minus(beforeSigning);
        signedAt = signedAt == null ? null : signedAt.minus(signing);
    }

    void touched(String by, Instant at) {
        this.updatedAt = at;
        this.updatedBy = by;
    }

    void addLine(ContractLineRecord line) {
        line.attachTo(this);
        lines.add(line);
    }

    void retotal() {
        net = lines.stream().map(ContractLineRecord::getNet).reduce(BigDecimal.ZERO, BigDecimal::add);
        tax = lines.stream().map(ContractLineRecord::getTax).reduce(BigDecimal.ZERO, BigDecimal::add);
        total = net.add(tax);
    }

    void editTerms(int paymentTermsDays, String terms, Set<DeviationType> deviations, String deviationNote) {
        this.paymentTermsDays = paymentTermsDays;
        this.terms = terms;
        this.deviations = deviations == null || deviations.isEmpty() ? null
                : deviations.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.deviationNote = deviationNote;
    }

    /** A submitted contract changed: the next version, approved again. */
    void amended() {
        versionNo++;
        status = ContractStatus.DRAFT;
        creditDecision = null;
        prepaymentPercent = null;
        creditReason = null;
        approverLevel = null;
        approvedAt = null;
    }

    void submitted(Instant at) {
        requireStatus(Set.of(ContractStatus.DRAFT, ContractStatus.SENT_BACK), "be submitted");
        status = ContractStatus.IN_APPROVAL;
        submittedAt = at;
    }

    void creditChecked(CreditDecision decision, BigDecimal prepaymentPercent, String reason) {
        this.creditDecision = decision;
        this.prepaymentPercent = prepaymentPercent;
        this.creditReason = reason;
    }

    void approverLevel(ApprovalStep level) {
        this.approverLevel = level;
    }

    void sentBack() {
        requireStatus(Set.of(ContractStatus.IN_APPROVAL), "be sent back");
        status = ContractStatus.SENT_BACK;
    }

    void approved(Instant at) {
        requireStatus(Set.of(ContractStatus.IN_APPROVAL), "be approved");
        status = ContractStatus.APPROVED;
        approvedAt = at;
    }

    void rejected(Instant at) {
        requireStatus(Set.of(ContractStatus.IN_APPROVAL), "be rejected");
        status = ContractStatus.REJECTED;
        closedAt = at;
    }

    void signed(LocalDate on, String by, Instant at, String fileName, String contentType, long size) {
        requireStatus(Set.of(ContractStatus.APPROVED), "be signed");
        status = ContractStatus.SIGNED;
        signedOn = on;
        signedBy = by;
        signedAt = at;
        signedCopyName = fileName;
        signedCopyType = contentType;
        signedCopySize = size;
    }

    void fulfilled(Instant at) {
        requireStatus(Set.of(ContractStatus.SIGNED), "be fulfilled");
        status = ContractStatus.FULFILLED;
        closedAt = at;
    }

    void cancelled(CancelReason reason, String note, Instant at) {
        if (status.isClosed()) {
            throw new ConflictException("contract.state", "The contract is " + status + ": it cannot be cancelled.");
        }
        status = ContractStatus.CANCELLED;
        cancelReason = reason;
        cancelNote = note;
        closedAt = at;
    }

    void processStarted(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    Set<DeviationType> deviationSet() {
        if (deviations == null || deviations.isBlank()) {
            return Set.of();
        }
        EnumSet<DeviationType> set = EnumSet.noneOf(DeviationType.class);
        Arrays.stream(deviations.split(",")).map(String::strip).map(DeviationType::valueOf).forEach(set::add);
        return set;
    }

    boolean fullyDelivered() {
        return lines.stream().allMatch(l -> l.getDelivered().compareTo(l.getQuantity()) >= 0);
    }

    Long getId() { return id; }
    String getNumber() { return number; }
    int getVersionNo() { return versionNo; }
    long getQuoteId() { return quoteId; }
    String getQuoteNumber() { return quoteNumber; }
    long getOpportunityId() { return opportunityId; }
    long getCustomerId() { return customerId; }
    String getOwner() { return owner; }
    ContractStatus getStatus() { return status; }
    String getCurrency() { return currency; }
    String getLanguage() { return language; }
    BigDecimal getHeaderDiscountPercent() { return headerDiscountPercent; }
    BigDecimal getNet() { return net; }
    BigDecimal getTax() { return tax; }
    BigDecimal getTotal() { return total; }
    int getPaymentTermsDays() { return paymentTermsDays; }
    String getTerms() { return terms; }
    String getDeviationNote() { return deviationNote; }
    CreditDecision getCreditDecision() { return creditDecision; }
    BigDecimal getPrepaymentPercent() { return prepaymentPercent; }
    String getCreditReason() { return creditReason; }
    ApprovalStep getApproverLevel() { return approverLevel; }
    String getProcessInstanceId() { return processInstanceId; }
    Instant getSubmittedAt() { return submittedAt; }
    Instant getApprovedAt() { return approvedAt; }
    LocalDate getSignedOn() { return signedOn; }
    String getSignedBy() { return signedBy; }
    String getSignedCopyName() { return signedCopyName; }
    String getSignedCopyType() { return signedCopyType; }
    Long getSignedCopySize() { return signedCopySize; }
    CancelReason getCancelReason() { return cancelReason; }
    String getCancelNote() { return cancelNote; }
    Instant getClosedAt() { return closedAt; }
    Instant getCreatedAt() { return createdAt; }
    Instant getUpdatedAt() { return updatedAt; }
    long getVersion() { return version; }
    List<ContractLineRecord> getLines() { return lines; }
}
