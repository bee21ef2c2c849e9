package com.salesflow.contract;

import java.time.Instant;
import java.util.Map;

/**
 * Who bought when, for figures across customers (repurchase after a complaint); no data scope: callers report
 * aggregates only.
 */
public interface ContractSignings {

    /** Every customer with a signed contract (cancelled after signing included: it was bought). */
    Map<Long, CustomerSignings> byCustomer();

    /** @param contracts how many contracts the customer signed; @param lastSignedAt when the newest was signed */
    record CustomerSignings(long contracts, Instant firstSignedAt, Instant lastSignedAt) {
    }
}
