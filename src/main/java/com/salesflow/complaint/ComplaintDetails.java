package com.salesflow.complaint;

import java.time.Instant;
import java.util.List;

/**
 * A complaint with everything its page shows. {@code actions} says what the caller may do now.
 *
 * @param slaHours hours to resolve as the {@code complaint-sla} table gave them at registration
 */
public record ComplaintDetails(ComplaintSummary summary, String description, Long contractId, Long revisitId,
        Integer slaHours, String resolution, String rootCause, String resolvedBy, Instant confirmedAt,
        Instant escalatedAt, String registeredBy, List<ComplaintTrailEntry> trail, Actions actions) {

    /** @param resolve the caller may record the resolution; @param confirm the caller may record the customer's answer */
    public record Actions(boolean take, boolean resolve, boolean confirm) {
    }
}
