package com.salesflow.quote.internal;

import com.salesflow.opportunity.LossReason;
import com.salesflow.quote.ApprovalLevel;
import com.salesflow.quote.QuoteStatus;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One version of a quote, guarding its life: only a DRAFT is edited, and each step checks the state it starts from
 * (409 {@code quote.state} otherwise). Lines and totals are stored as priced.
 */
@Entity
@Table(name = "sf_quote")
class QuoteRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;

    @Column(name = "version_no")
    private int versionNo;

    @Column(name = "opportunity_id")
    private long opportunityId;

    @Column(name = "customer_id")
    private long customerId;

    @Enumerated(EnumType.STRING)
    private QuoteStatus status;

    @Column(name = "price_list_id")
    private long priceListId;

    private String currency;

    private String language;

    @Column(name = "header_discount_percent")
    private BigDecimal headerDiscountPercent;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "payment_terms_days")
    private int paymentTermsDays;

    private String terms;

    private BigDecimal gross;
    @Column(name = "lines_net")
    private BigDecimal linesNet;
    @Column(name = "header_discount")
    private BigDecimal headerDiscount;
    private BigDecimal net;
    private BigDecimal tax;
    private BigDecimal total;
    private BigDecimal cost;
    private BigDecimal margin;
    @Column(name = "margin_percent")
    private BigDecimal marginPercent;
    @Column(name = "max_line_discount")
    private BigDecimal maxLineDiscount;
    @Column(name = "total_discount_percent")
    private BigDecimal totalDiscountPercent;

    private String owner;

    private boolean latest;

    @Column(name = "approvals_pending")
    private String approvalsPending;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "answered_at")
    private Instant answeredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "reject_reason")
    private LossReason rejectReason;
    @Column(name = "reject_note")
    private String rejectNote;

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

    @OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuoteLineRecord> lines = new ArrayList<>();

    protected QuoteRecord() {
    }

    QuoteRecord(String number, int versionNo, long opportunityId, long customerId, String owner, String by,
            Instant now) {
        this.number = number;
        this.versionNo = versionNo;
        this.opportunityId = opportunityId;
        this.customerId = customerId;
        this.owner = owner;
        this.status = QuoteStatus.DRAFT;
        this.latest = true;
        this.createdAt = now;
        this.createdBy = by;
        touch(by, now);
    }

    /** Header fields and lines of a draft, with the totals they price to. */
    void edit(long priceListId, String currency, String language, BigDecimal headerDiscountPercent,
            LocalDate validUntil, int paymentTermsDays, String terms, List<QuoteLineRecord> newLines,
            QuotePricing.Totals totals, String by, Instant now) {
        requireState(QuoteStatus.DRAFT);
        this.priceListId = priceListId;
        this.currency = currency;
        this.language = language;
        this.headerDiscountPercent = headerDiscountPercent;
        this.validUntil = validUntil;
        this.paymentTermsDays = paymentTermsDays;
        this.terms = terms;
        // Existing rows take the new lines' values in order, so that no insert meets a row with its position.
        for (int i = 0; i < newLines.size(); i++) {
            if (i < lines.size()) {
                lines.get(i).copyFrom(newLines.get(i));
            } else {
                newLines.get(i).attachTo(this);
                lines.add(newLines.get(i));
            }
        }
        while (lines.size() > newLines.size()) {
            lines.remove(lines.size() - 1);
        }
        gross = totals.gross();
        linesNet = totals.linesNet();
        headerDiscount = totals.headerDiscount();
        net = totals.net();
        tax = totals.tax();
        total = totals.total();
        cost = totals.cost();
        margin = totals.margin();
        marginPercent = totals.marginPercent();
        maxLineDiscount = totals.maxLineDiscount();
        totalDiscountPercent = totals.totalDiscountPercent();
        touch(by, now);
    }

    void submitted(String by, Instant now) {
        requireState(QuoteStatus.DRAFT);
        this.status = QuoteStatus.PENDING_APPROVAL;
        this.submittedBy = by;
        this.submittedAt = now;
        touch(by, now);
    }

    void runsIn(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Sent back, and now a newer version was submitted in its place. */
    void resubmittedAs(String by, Instant now) {
        requireState(QuoteStatus.CHANGES_REQUESTED);
        status = QuoteStatus.SUPERSEDED;
        latest = false;
        touch(by, now);
    }

    void awaitApprovals(List<ApprovalLevel> levels, Instant now) {
        requireState(QuoteStatus.PENDING_APPROVAL);
        this.approvalsPending = levels.isEmpty() ? null
                : String.join(",", levels.stream().map(Enum::name).toList());
        this.updatedAt = now;
    }

    List<ApprovalLevel> approvalsPending() {
        return approvalsPending == null || approvalsPending.isBlank() ? List.of()
                : Arrays.stream(approvalsPending.split(",")).map(ApprovalLevel::valueOf).toList();
    }

    /** One level decided in favour; the quote stays pending until the last. */
    void approvedAt(ApprovalLevel level, String by, Instant now) {
        requireState(QuoteStatus.PENDING_APPROVAL);
        List<ApprovalLevel> left = new ArrayList<>(approvalsPending());
        left.remove(level);
        awaitApprovals(left, now);
        touch(by, now);
    }

    void escalated(ApprovalLevel from, Instant now) {
        requireState(QuoteStatus.PENDING_APPROVAL);
        List<ApprovalLevel> left = new ArrayList<>(approvalsPending());
        left.remove(from);
        if (!left.contains(ApprovalLevel.DIRECTOR)) {
            left.add(0, ApprovalLevel.DIRECTOR);
        }
        awaitApprovals(left, now);
    }

    void approved(Instant now) {
        requireState(QuoteStatus.PENDING_APPROVAL);
        approvalsPending = null;
        status = QuoteStatus.APPROVED;
        updatedAt = now;
    }

    void declined(String by, Instant now) {
        requireState(QuoteStatus.PENDING_APPROVAL);
        approvalsPending = null;
        status = QuoteStatus.DECLINED;
        touch(by, now);
    }

    void sentBack(String by, Instant now) {
        requireState(QuoteStatus.PENDING_APPROVAL);
        approvalsPending = null;
        status = QuoteStatus.CHANGES_REQUESTED;
        touch(by, now);
    }

    void withdrawn(String by, Instant now) {
        requireState(QuoteStatus.CHANGES_REQUESTED);
        status = QuoteStatus.WITHDRAWN;
        touch(by, now);
    }

    void sent(String by, Instant now) {
        requireState(QuoteStatus.APPROVED);
        status = QuoteStatus.SENT;
        sentAt = now;
        touch(by, now);
    }

    void accepted(String by, Instant now) {
        requireState(QuoteStatus.SENT);
        status = QuoteStatus.ACCEPTED;
        answeredAt = now;
        touch(by, now);
    }

    void rejected(LossReason reason, String note, String by, Instant now) {
        requireState(QuoteStatus.SENT);
        status = QuoteStatus.REJECTED;
        rejectReason = reason;
        rejectNote = note;
        answeredAt = now;
        touch(by, now);
    }

    void expired(Instant now) {
        requireState(QuoteStatus.SENT, QuoteStatus.APPROVED);
        status = QuoteStatus.EXPIRED;
        updatedAt = now;
    }

    /** A newer version replaces this one; a version still waiting for the customer ends here. */
    void replacedBy(String by, Instant now) {
        latest = false;
        if (status == QuoteStatus.SENT || status == QuoteStatus.APPROVED) {
            status = QuoteStatus.SUPERSEDED;
            touch(by, now);
        }
    }

    /** Number and version as people say it: QT-2026-00001 v2 (as {@code QuoteSummary.label()}). */
    String label() {
        return number + " v" + versionNo;
    }

    void requireState(QuoteStatus... allowed) {
        if (!Set.of(allowed).contains(status)) {
            throw new ConflictException("quote.state", "This quote is " + status.name().toLowerCase()
                    + " and cannot do that now; reload it.", status.name());
        }
    }

    private void touch(String by, Instant now) {
        updatedBy = by;
        updatedAt = now;
    }

    Long getId() { return id; }
    String getNumber() { return number; }
    int getVersionNo() { return versionNo; }
    long getOpportunityId() { return opportunityId; }
    long getCustomerId() { return customerId; }
    QuoteStatus getStatus() { return status; }
    long getPriceListId() { return priceListId; }
    String getCurrency() { return currency; }
    String getLanguage() { return language; }
    BigDecimal getHeaderDiscountPercent() { return headerDiscountPercent; }
    LocalDate getValidUntil() { return validUntil; }
    int getPaymentTermsDays() { return paymentTermsDays; }
    String getTerms() { return terms; }
    BigDecimal getGross() { return gross; }
    BigDecimal getLinesNet() { return linesNet; }
    BigDecimal getHeaderDiscount() { return headerDiscount; }
    BigDecimal getNet() { return net; }
    BigDecimal getTax() { return tax; }
    BigDecimal getTotal() { return total; }
    BigDecimal getCost() { return cost; }
    BigDecimal getMargin() { return margin; }
    BigDecimal getMarginPercent() { return marginPercent; }
    BigDecimal getMaxLineDiscount() { return maxLineDiscount; }
    BigDecimal getTotalDiscountPercent() { return totalDiscountPercent; }
    String getOwner() { return owner; }
    boolean isLatest() { return latest; }
    String getProcessInstanceId() { return processInstanceId; }
    Instant getSubmittedAt() { return submittedAt; }
    String getSubmittedBy() { return submittedBy; }
    Instant getSentAt() { return sentAt; }
    Instant getAnsweredAt() { return answeredAt; }
    LossReason getRejectReason() { return rejectReason; }
    String getRejectNote() { return rejectNote; }
    Instant getCreatedAt() { return createdAt; }
    String getCreatedBy() { return createdBy; }
    Instant getUpdatedAt() { return updatedAt; }
    long getVersion() { return version; }
    List<QuoteLineRecord> getLines() { return lines; }
}
