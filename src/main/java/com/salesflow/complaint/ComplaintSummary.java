package com.salesflow.complaint;

import java.time.Instant;

/**
 * A complaint as lists show it. {@code owner} is the customer's owner when it was registered (whose data scope it
 * belongs to); {@code slaBreached} is true when it was resolved late or is still open after {@code slaDueAt}.
 */
public record ComplaintSummary(long id, String number, long customerId, String customerName, String owner,
        ComplaintCategory category, ComplaintSeverity severity, ComplaintChannel channel, ComplaintStatus status,
        String assignee, Instant registeredAt, Instant slaDueAt, boolean slaBreached, boolean escalated,
        int reopenCount, Instant resolvedAt, Long resolveMinutes, long version) {
}
