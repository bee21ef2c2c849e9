package com.salesflow.complaint;

/** How bad it is; the {@code complaint-sla} table gives each its time to resolve. */
public enum ComplaintSeverity {
    CRITICAL, HIGH, NORMAL, LOW
}
