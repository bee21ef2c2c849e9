package com.salesflow.contract;

import java.util.Set;

/**
 * Filters of the receivables views; null or empty means any. {@code text} matches the contract number and the
 * customer's name; {@code buckets} limits the open instalments listed to those aging buckets.
 */
public record ReceivablesFilter(String text, String owner, Long customerId, String currency, Set<AgingBucket> buckets) {

    public static ReceivablesFilter all() {
        return new ReceivablesFilter(null, null, null, null, Set.of());
    }

    public static ReceivablesFilter overdue() {
        return new ReceivablesFilter(null, null, null, null,
                Set.of(AgingBucket.DAYS_1_30, AgingBucket.DAYS_31_60, AgingBucket.DAYS_61_90, AgingBucket.OVER_90));
    }
}
