package com.salesflow.opportunity;

import java.time.Instant;

/**
 * Published in the transaction that moved an opportunity to another stage (board, list, API, or a quote through
 * {@link Opportunities#advanceTo}); {@code lossReason} is set for LOST. {@code changedBy} is a login or
 * {@code system}.
 */
public record OpportunityStageChanged(long opportunityId, long customerId, OpportunityStage from, OpportunityStage to,
        LossReason lossReason, String changedBy, Instant changedAt) {
}
