package com.salesflow.lead;

import java.time.LocalDate;
import java.util.List;

/**
 * A lead with what its page explains: why it scored what it did, why it went to its team, what matched an existing
 * customer, and the outcome.
 */
public record LeadDetails(LeadSummary lead, String need, String notes, List<ScoreReason> scoreReasons,
        String routingReason, String matchedOn, RejectReason rejectReason, String outcomeNote,
        LocalDate nurtureUntil) {
}
