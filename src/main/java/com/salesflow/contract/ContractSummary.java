package com.salesflow.contract;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of the contract list. {@code outstanding} is the total less the payments received; {@code delivered} is
 * whether the order is complete.
 */
public record ContractSummary(long id, String number, int versionNo, long quoteId, String quoteNumber,
        long opportunityId, long customerId, String customerName, ContractStatus status, String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal outstanding,
        String owner, LocalDate signedOn, Instant createdAt, Instant updatedAt, long version) {

    /** Number and version as people say it: HT-2026-00001 v2. */
    public String label() {
        return number + " v" + versionNo;
    }
}
