package com.salesflow.quote;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One quote version with its lines, totals, approval trail and the other versions of the same quote (newest first).
 * {@code approvalsPending} lists the levels still to decide while PENDING_APPROVAL. {@code rejectReason} and
 * {@code rejectNote} are the customer's answer when REJECTED. {@code headerDiscountPercent} is the discount over the
 * whole quote as entered (its amount is {@code totals().headerDiscount()}).
 */
public record QuoteDetails(QuoteSummary summary, long priceListId, String priceListName, String language,
        Integer paymentTermsDays, String terms, List<QuoteLine> lines, QuoteTotals totals, List<TrailEntry> trail,
        List<QuoteSummary> versions, List<ApprovalLevel> approvalsPending, String submittedBy, Instant sentAt,
        Instant answeredAt, com.salesflow.opportunity.LossReason rejectReason, String rejectNote,
        QuoteActions actions,
        @com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING)
        java.math.BigDecimal headerDiscountPercent) {

    public long id() {
        return summary.id();
    }

    public QuoteStatus status() {
        return summary.status();
    }

    public LocalDate validUntil() {
        return summary.validUntil();
    }
}
