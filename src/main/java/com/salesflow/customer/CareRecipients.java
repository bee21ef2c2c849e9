package com.salesflow.customer;

import java.time.MonthDay;
import java.util.List;

/**
 * Whom care greetings (客户关怀) go to, whoever asks (the nightly greeting job): customers with an owner only, since
 * the owner sends the greeting, and not dropped ones (lost and not won back: no more effort is spent on them).
 */
public interface CareRecipients {

    /** Contacts, and customers that are persons, whose birthday is on {@code day}, by customer id. */
    List<CareRecipient> birthdaysOn(MonthDay day);

    /**
     * One addressee per owned customer, by customer id after {@code afterCustomerId} (keyset paging): a person
     * customer itself, else the company's first contact, else the company; with the customer's grade.
     */
    List<CareRecipient> addressees(long afterCustomerId, int limit);

    /** {@code contactId} is null when the greeting goes to the customer itself. */
    record CareRecipient(long customerId, Long contactId, String name, String company, String owner, Grade grade) {
    }
}
