package com.salesflow.customer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Published in the transaction that saves a contact record (跟进记录), so that what hangs off the customer
 * (opportunities) moves its follow-up times along, or refuses the record as a whole (an {@code opportunityId} of
 * another customer). {@code nextFollowUpAt} and {@code opportunityId} may be null.
 */
public record ContactRecorded(long customerId, long recordId, Long opportunityId, Instant happenedAt,
        LocalDate nextFollowUpAt, String author) {
}
