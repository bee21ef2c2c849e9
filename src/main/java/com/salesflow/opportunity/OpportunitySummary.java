package com.salesflow.opportunity;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An opportunity as lists, the board and other modules see it. {@code amount} is money: a decimal string in JSON, with
 * its {@code currency}. {@code probabilityManual} is false while the probability follows the stage's default.
 * {@code customerName} is null where the caller did not ask for it ({@link Opportunities#find}).
 */
public record OpportunitySummary(long id, long customerId, String name, OpportunityStage stage,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String currency, int probability, LocalDate expectedClose, String owner, Long leadId, Instant createdAt,
        long version, String customerName, boolean probabilityManual, List<String> competitors,
        LossReason lossReason, String lossNote, String description, Instant closedAt, Instant stageChangedAt,
        Instant lastFollowUpAt, LocalDate nextFollowUpAt, Instant updatedAt) {

    /** Still being worked, and its expected close lies before {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return !stage.isClosed() && expectedClose != null && expectedClose.isBefore(today);
    }

    /** The amount weighted by the probability of winning; zero without an amount. */
    @JsonProperty
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public BigDecimal weightedAmount() {
        return amount == null ? BigDecimal.ZERO
                : amount.multiply(BigDecimal.valueOf(probability)).movePointLeft(2).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
