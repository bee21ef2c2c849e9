package com.salesflow.customer;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Customers as the signed-in user may see them: a salesperson their own and the pool, a supervisor their teams',
 * directors, finance, legal, service and admins all. A customer outside that scope does not exist for the caller
 * ({@link com.salesflow.shared.NotFoundException}).
 */
public interface Customers {

    Page<CustomerSummary> search(CustomerFilter filter, Pageable pageable);

    long count(CustomerFilter filter);

    /** The shared pool (公海): customers without an owner, which salespeople may claim. */
    Page<CustomerSummary> pool(CustomerFilter filter, Pageable pageable);

    long countPool(CustomerFilter filter);

    CustomerDetails get(long id);

    CustomerDetails create(CustomerForm form);

    CustomerDetails update(long id, CustomerForm form);

    List<ContactView> contacts(long customerId);

    ContactView addContact(long customerId, ContactForm form);

    /** Newest first. */
    List<ContactRecordView> timeline(long customerId);

    /** Also moves the customer's last and next follow-up, in the same transaction. */
    ContactRecordView addContactRecord(long customerId, ContactRecordForm form);

    /** Oldest first. */
    List<OwnershipChangeView> ownershipHistory(long customerId);

    /** The owner (or their supervisor) gives the customer back to the pool. */
    CustomerDetails release(long customerId, String comment);

    /** A supervisor moves a customer of their team to another member; directors and admins to anyone in sales. */
    CustomerDetails reassign(long customerId, String newOwner, String comment);

    /** A salesperson takes a customer from the pool, within the claim limits. */
    CustomerDetails claim(long customerId);
}
