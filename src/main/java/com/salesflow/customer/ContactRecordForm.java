package com.salesflow.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A contact record to add; {@code happenedAt} defaults to now, {@code contactId} to none. {@code opportunityId}
 * optionally names the customer's opportunity the contact was about: its follow-up times move then, else those of all
 * the customer's open opportunities ({@link ContactRecorded}).
 */
public record ContactRecordForm(ContactChannel channel, Instant happenedAt, Long contactId, String summary,
        String outcome, ObjectionType objectionType, String objectionHandling, LocalDate nextFollowUpAt,
        Long opportunityId) {

    @JsonCreator
    public ContactRecordForm {
    }

    /** A record about the customer as a whole, not one opportunity. */
    public ContactRecordForm(ContactChannel channel, Instant happenedAt, Long contactId, String summary,
            String outcome, ObjectionType objectionType, String objectionHandling, LocalDate nextFollowUpAt) {
        this(channel, happenedAt, contactId, summary, outcome, objectionType, objectionHandling, nextFollowUpAt, null);
    }
}
