package com.salesflow.contract;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A contract with everything its page shows. {@code creditDecision}, {@code prepaymentPercent} and
 * {@code creditReason} are the last credit check's; {@code approverLevel} the final approval step the amount needs;
 * {@code signedCopyName} is null until signed; {@code order} is null until signed; {@code waitingAt} names the
 * process step it waits at (task definition key), null when none.
 */
public record ContractDetails(ContractSummary summary, String language,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal net,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal tax,
        int paymentTermsDays, String terms, Set<DeviationType> deviations, String deviationNote,
        CreditDecision creditDecision,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal prepaymentPercent, String creditReason,
        ApprovalStep approverLevel, Instant submittedAt, Instant approvedAt, LocalDate signedOn, String signedBy,
        String signedCopyName, Long signedCopySize, CancelReason cancelReason, String cancelNote, Instant closedAt,
        List<ContractLine> lines, List<Instalment> instalments, List<Payment> payments, OrderView order,
        List<ContractTrailEntry> trail, String waitingAt, ContractActions actions) {

    public long id() {
        return summary.id();
    }

    public ContractStatus status() {
        return summary.status();
    }

    public long version() {
        return summary.version();
    }
}
