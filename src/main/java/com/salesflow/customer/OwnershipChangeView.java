package com.salesflow.customer;

import java.time.Instant;

/** Who owned the customer from when, who changed it and why; a null owner means the shared pool. */
public record OwnershipChangeView(Instant changedAt, String fromOwner, String toOwner, String changedBy,
        OwnershipChangeReason reason, String comment) {
}
