package com.salesflow.insight;

import java.time.Instant;

/** A customer's class changed from {@code oldValue} to {@code newValue} (null: none), in a run or by a confirmation. */
public record ClassChange(long id, long customerId, Long runId, ClassKind kind, String oldValue, String newValue,
        Instant changedAt) {
}
