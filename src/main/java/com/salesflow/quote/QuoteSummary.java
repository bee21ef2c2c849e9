package com.salesflow.quote;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of the quote list: one version. {@code number} is shared by the versions of one opportunity's quote
 * (QT-2026-00001), {@code versionNo} counts them from 1. {@code latest} is false when a newer version exists.
 */
public record QuoteSummary(long id, String number, int versionNo, long opportunityId, String opportunityName,
        long customerId, String customerName, QuoteStatus status, String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal net,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal maxLineDiscount,
        LocalDate validUntil, String owner, Instant createdAt, Instant submittedAt, Instant updatedAt,
        boolean latest, long version) {

    /** Number and version as people say it: QT-2026-00001 v2. */
    public String label() {
        return number + " v" + versionNo;
    }
}
