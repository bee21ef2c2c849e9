package com.salesflow.customer;

/**
 * Published in the merging transaction, before the duplicate is deleted: whatever else points at the duplicate
 * (opportunities, leads) moves to the kept customer in the same transaction, or the merge fails as a whole.
 */
public record CustomersMerged(long keptId, long duplicateId) {
}
