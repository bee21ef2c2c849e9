package com.salesflow.customer;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of the customer's timeline; {@code opportunityId} when it was about one opportunity. */
public record ContactRecordView(long id, ContactChannel channel, Instant happenedAt, String author, Long contactId,
        String summary, String outcome, ObjectionType objectionType, String objectionHandling,
        LocalDate nextFollowUpAt, Long opportunityId) {
}
