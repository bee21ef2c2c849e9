package com.salesflow.lead;

/** One row of {@code lead-score} that fired for a lead: its points and why, in both languages. */
public record ScoreReason(int points, String reason, String reasonZh) {
}
