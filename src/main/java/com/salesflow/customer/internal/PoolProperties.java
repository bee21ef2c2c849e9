package com.salesflow.customer.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits that keep claiming from the shared pool fair: claims per person per day, customers a person may own in
 * all, and days before a previous owner may claim the same customer again.
 */
@ConfigurationProperties("salesflow.pool")
record PoolProperties(int claimsPerDay, int maxOwned, int reclaimBlockDays) {

    PoolProperties {
        claimsPerDay = claimsPerDay <= 0 ? 5 : claimsPerDay;
        maxOwned = maxOwned <= 0 ? 300 : maxOwned;
        reclaimBlockDays = reclaimBlockDays < 0 ? 0 : reclaimBlockDays;
    }
}
