package com.salesflow.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An opportunity to open for a customer; {@code amount} and {@code expectedClose} may be unknown yet (null). */
public record NewOpportunity(long customerId, String name, BigDecimal amount, String currency, LocalDate expectedClose,
        String owner, Long leadId) {
}
