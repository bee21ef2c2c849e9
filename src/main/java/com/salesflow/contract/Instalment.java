package com.salesflow.contract;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One instalment of the payment plan; {@code overdueDays} is 0 until the due date has passed unpaid. */
public record Instalment(long id, int seq, LocalDate dueDate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paid,
        InstalmentStatus status, boolean prepayment, long overdueDays) {

    public BigDecimal open() {
        return status == InstalmentStatus.OPEN ? amount.subtract(paid) : BigDecimal.ZERO;
    }
}
