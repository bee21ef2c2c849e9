package com.salesflow.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A row of the customer list and the pool. {@code owner} is a login, null while the customer is in the pool. */
public record CustomerSummary(long id, CustomerType type, String name, String phone, String email, String industry,
        String region, Source source, String owner, Grade grade, String rfmTier, Lifecycle lifecycle,
        CreditRating creditRating, Set<String> tags, Instant lastFollowUpAt, LocalDate nextFollowUpAt, long version) {
}
