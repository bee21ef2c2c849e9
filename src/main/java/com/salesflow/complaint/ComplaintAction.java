package com.salesflow.complaint;

/** What happened to a complaint, as its trail tells it. */
public enum ComplaintAction {
    REGISTERED, SLA_SET, ASSIGNED, RESOLVED, CONFIRMED, REOPENED, ESCALATED
}
