package com.salesflow.contract;

/** The outcome of the {@code credit-check} decision table for a contract. */
public enum CreditDecision {
    APPROVE, FINANCE_REVIEW, PREPAYMENT
}
