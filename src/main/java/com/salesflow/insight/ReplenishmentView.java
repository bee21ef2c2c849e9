package com.salesflow.insight;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A predicted repeat purchase with its follow-up task: next date = last purchase + mean interval. */
public record ReplenishmentView(long id, long customerId, String customerName, long productId, String productName,
        String owner, int purchaseDays, LocalDate lastPurchase, BigDecimal meanIntervalDays, LocalDate nextDate,
        String status) {
}
