package com.salesflow.customer;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A customer's credit: rating (null before any survey), limit (null: none granted yet, treated as 0) and payment
 * terms in days (null: the standard 30), with who reviewed it last. {@code version} is the customer's.
 */
public record CreditProfile(long customerId, CreditRating rating,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal creditLimit, Integer paymentTermsDays,
        Instant reviewedAt, String reviewedBy, long version) {
}
