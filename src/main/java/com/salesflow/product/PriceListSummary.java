package com.salesflow.product;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A price list (价格表): its currency, validity ({@code validTo} null: open-ended; both days included), whether it is
 * active, its {@code status} today and how many products it prices.
 */
public record PriceListSummary(long id, String name, String currency, LocalDate validFrom, LocalDate validTo,
        boolean active, PriceListStatus status, int itemCount, Instant updatedAt, String updatedBy, long version) {
}
