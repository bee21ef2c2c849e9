package com.salesflow.complaint;

/**
 * A complaint as it is registered. {@code contractId} and {@code revisitId} say where it comes from, when known.
 * Bad input is a 400 with field errors and nothing saved; a customer outside the caller's scope is a 404.
 */
public record ComplaintForm(Long customerId, ComplaintCategory category, ComplaintSeverity severity,
        ComplaintChannel channel, String description, Long contractId, Long revisitId) {
}
