package com.salesflow.quote;

/** Who approves a quote, in the order they are asked; the values of {@code quote-approval-level}'s output. */
public enum ApprovalLevel {
    SUPERVISOR, DIRECTOR, FINANCE
}
