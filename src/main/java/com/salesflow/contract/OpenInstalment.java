package com.salesflow.contract;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An instalment not yet paid in full, as the receivables list shows it. */
public record OpenInstalment(long instalmentId, long contractId, String contractNumber, long customerId,
        String customerName, String owner, int seq, LocalDate dueDate, String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal open, long overdueDays, AgingBucket bucket) {
}
