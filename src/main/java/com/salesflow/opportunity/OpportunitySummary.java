package com.salesflow.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record OpportunitySummary(long id, long customerId, String name, OpportunityStage stage, BigDecimal amount,
        String currency, int probability, LocalDate expectedClose, String owner, Long leadId, Instant createdAt,
        long version) {
}
