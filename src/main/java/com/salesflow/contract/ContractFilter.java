package com.salesflow.contract;

import java.util.Set;

/**
 * Filters of the contract list; null or empty means any. {@code text} matches the contract or quote number and the
 * customer's name.
 */
public record ContractFilter(String text, Set<ContractStatus> statuses, Long customerId, String owner) {

    public static ContractFilter all() {
        return new ContractFilter(null, Set.of(), null, null);
    }
}
