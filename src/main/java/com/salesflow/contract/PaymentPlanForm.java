package com.salesflow.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The payment plan as the owner or finance sets it before signing: instalments in order, whose amounts must add up
 * to the contract total exactly (to the cent). {@code prepayment} marks an instalment due before delivery.
 */
public record PaymentPlanForm(List<Item> instalments, long version) {

    public record Item(LocalDate dueDate, BigDecimal amount, boolean prepayment) {
    }
}
