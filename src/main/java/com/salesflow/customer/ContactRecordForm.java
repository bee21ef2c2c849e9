package com.salesflow.customer;

import java.time.Instant;
import java.time.LocalDate;

/** A contact record to add; {@code happenedAt} defaults to now, {@code contactId} to none. */
public record ContactRecordForm(ContactChannel channel, Instant happenedAt, Long contactId, String summary,
        String outcome, ObjectionType objectionType, String objectionHandling, LocalDate nextFollowUpAt) {
}
