package com.salesflow.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** The whole profile as the customer page shows it. */
public record CustomerDetails(long id, CustomerType type, String name, String phone, String email, String website,
        String industry, String region, String address, LocalDate birthday, Source source, String owner,
        Grade grade, String rfmTier, Lifecycle lifecycle, CreditRating creditRating, BigDecimal creditLimit,
        Integer paymentTermDays, Set<String> tags, ContactChannel preferredChannel, String preferredTime,
        String background, String preferences, String needs, String concerns, Instant lastFollowUpAt,
        LocalDate nextFollowUpAt, Instant createdAt, long version) {
}
