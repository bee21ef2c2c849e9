package com.salesflow.opportunity;

/**
 * A move to another stage, as the board or {@code POST /api/opportunities/{id}/stage} asks for it: the version the
 * caller saw, and for LOST the reason (required) and a note.
 */
public record StageChange(OpportunityStage stage, Long version, LossReason lossReason, String lossNote) {
}
